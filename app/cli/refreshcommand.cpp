#include "app/cli/refreshcommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "app/cli/textcolumns.h"
#include "core/base/numbertext.h"
#include "core/evaluation/profileevaluator.h"
#include "core/evaluation/refreshprofilevalues.h"
#include "core/evaluation/resultjson.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace carbonlabel {

namespace {

constexpr int kMaxHorizon = 50;

class RefreshCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefreshCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        CommandPreamble preamble(
                io,
                tr("Refresh cycles: the emissions of replacing the device every k "
                   "years over a horizon, the best cycle, the footprint per year of keeping one "
                   "device n years, and when replacing an old device now pays back."),
                CommandPreamble::TextOrJson);
        preamble.setFile(QStringLiteral("PROFILE"),
                         tr("The profile of the new device (.clprofile.json)."));
        const QCommandLineOption horizon(QStringLiteral("horizon"),
                                         tr("Years to look ahead, 1 to 50 (default 12)."), tr("H"),
                                         QStringLiteral("12"));
        const QCommandLineOption cycles(
                QStringLiteral("cycles"),
                tr("Cycle lengths to compare, a..b years with 1 <= a <= b <= H (default 2..8, "
                   "cut to the horizon)."),
                tr("a..b"));
        const QCommandLineOption embodiedRate(
                QStringLiteral("embodied-rate"),
                tr("Yearly change of a new device's embodied emissions, e.g. -0.03 for -3 % a "
                   "year (default 0)."),
                tr("r"), QStringLiteral("0"));
        const QCommandLineOption energyRate(
                QStringLiteral("energy-rate"),
                tr("Yearly change of a new device's annual energy (default 0)."), tr("r"),
                QStringLiteral("0"));
        const QCommandLineOption gridRate(
                QStringLiteral("grid-rate"),
                tr("Yearly change of the grid's emission factor (default 0)."), tr("r"),
                QStringLiteral("0"));
        const QCommandLineOption oldAnnual(
                QStringLiteral("old-annual-kwh"),
                tr("Annual energy of the device in use today: adds when replacing it now with "
                   "the profile's device pays back (without it the payback is null)."),
                tr("X"));
        QCommandLineParser &parser = preamble.parser();
        parser.addOptions({horizon, cycles, embodiedRate, energyRate, gridRate, oldAnnual});
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;

        lca::RefreshCycleInputs in;
        if (!preamble.wholeNumber(
                    horizon, 1, kMaxHorizon,
                    tr("--horizon: expected a whole number of years from 1 to 50, found \"%1\""),
                    &in.horizonYears))
            return ExitBadInput;
        in.minCycleYears = std::min(2, in.horizonYears);
        in.maxCycleYears = std::min(8, in.horizonYears);
        if (parser.isSet(cycles)) {
            const QString text = parser.value(cycles).trimmed();
            static const QRegularExpression pattern(
                    QStringLiteral("^(\\d{1,4})(?:\\.\\.(\\d{1,4}))?$"));
            const QRegularExpressionMatch m = pattern.match(text);
            const int a = m.hasMatch() ? m.captured(1).toInt() : 0;
            const int b = m.hasMatch() ? (m.hasCaptured(2) ? m.captured(2).toInt() : a) : 0;
            if (!m.hasMatch() || a < 1 || a > b || b > in.horizonYears) {
                return preamble.fail(
                        tr("--cycles: expected a..b with 1 <= a <= b <= %1 (the horizon), found "
                           "\"%2\"")
                                .arg(in.horizonYears)
                                .arg(text));
            }
            in.minCycleYears = a;
            in.maxCycleYears = b;
        }
        const struct
        {
            const QCommandLineOption &option;
            double *value;
        } rates[] = {{embodiedRate, &in.embodiedRate},
                     {energyRate, &in.energyRate},
                     {gridRate, &in.gridRate}};
        for (const auto &rate : rates) {
            // %1 is the option's name, %2 the text found.
            if (!preamble.number(
                        rate.option, [](double v) { return v > -1.0; },
                        tr("--%1: expected a yearly rate greater than -1 (e.g. -0.03 for -3 % a "
                           "year), found \"%2\"")
                                .arg(rate.option.names().constFirst()),
                        rate.value))
                return ExitBadInput;
        }
        std::optional<double> oldKwh;
        if (parser.isSet(oldAnnual)
            && !preamble.number(
                    oldAnnual, [](double v) { return v >= 0.0; },
                    tr("--old-annual-kwh: expected kWh a year, a number >= 0, found \"%1\""),
                    &oldKwh.emplace()))
            return ExitBadInput;

        const auto loaded = preamble.evaluate();
        if (!loaded)
            return ExitBadInput;
        const Evaluation &e = *loaded;
        const RefreshProfileValues values = RefreshProfileValues::from(e);
        if (oldKwh)
            in.replaceNow = lca::ReplaceNowInputs{*oldKwh, 0.0, 0.0};
        values.applyTo(in);
        const auto result = lca::RefreshCycleAnalysis::run(in);
        if (!result) {
            // The options are checked above; what is left is the profile's numbers.
            io.err << preamble.file() << QStringLiteral(": ")
                   << tr("cannot analyse refresh cycles: %1")
                              .arg(QString::fromStdString(
                                      lca::RefreshCycleAnalysis::validate(in).value_or(
                                              std::string())))
                   << '\n';
            return ExitBadInput;
        }
        if (preamble.json()) {
            CommandSupport::printJson(io, toJson(e, values, in, *result));
        } else if (!values.hasDevice()) {
            // Every cycle ties at 0 kg: say what is missing rather than name a best cycle.
            CommandSupport::printProduct(io.out, *e.profile);
            io.out << RefreshProfileValues::noDeviceText() << '\n';
        } else {
            printTables(io.out, e, values, in, *result);
        }
        return ExitOk;
    }

private:
    static Json toJson(const Evaluation &e, const RefreshProfileValues &values,
                       const lca::RefreshCycleInputs &in, const lca::RefreshCycleResult &r)
    {
        Json strategies = Json::array();
        for (const lca::RefreshStrategy &s : r.strategies) {
            strategies.push_back(Json{{"cycle_years", s.cycleYears},
                                      {"cumulative_kg_co2e", s.cumulativeKg},
                                      {"annualised_kg_co2e", s.annualisedKg},
                                      {"purchase_years", s.purchaseYears},
                                      {"embodied_kg_co2e", s.embodiedKg},
                                      {"use_kg_co2e", s.useKg}});
        }
        Json keep = Json::array();
        for (const lca::KeepYearsEntry &k : r.keepYears) {
            keep.push_back(Json{{"years", k.years},
                                {"annualised_kg_co2e", k.annualisedKg},
                                {"embodied_kg_co2e", k.embodiedKg},
                                {"use_kg_co2e", k.useKg}});
        }
        Json json{{"format", "carbonlabel-refresh"},
                  {"version", 1},
                  {"product", ResultJson::productJson(*e.profile)},
                  {"horizon_years", in.horizonYears},
                  {"cycles", Json{{"min", in.minCycleYears}, {"max", in.maxCycleYears}}},
                  {"rates",
                   Json{{"embodied", in.embodiedRate},
                        {"energy", in.energyRate},
                        {"grid", in.gridRate}}},
                  {"embodied_kg_co2e", in.embodiedKg},
                  {"annual_energy_kwh", in.annualEnergyKwh},
                  {"grid_kg_co2e_per_kwh", in.gridKgPerKwh},
                  {"grid_factor", values.gridFactorId.toStdString()},
                  {"strategies", std::move(strategies)},
                  {"has_device", values.hasDevice()},
                  {"best_cycle_years", values.hasDevice() ? Json(r.bestCycleYears) : Json()},
                  {"keep_years", std::move(keep)},
                  {"replace_now_payback_years", nullptr},
                  {"replace_now", nullptr}};
        if (r.replaceNow && in.replaceNow) {
            if (r.replaceNow->paybackYears)
                json["replace_now_payback_years"] = *r.replaceNow->paybackYears;
            json["replace_now"]
                    = Json{{"old_annual_energy_kwh", in.replaceNow->oldAnnualEnergyKwh},
                           {"new_annual_energy_kwh", in.replaceNow->newAnnualEnergyKwh},
                           {"new_embodied_kg_co2e", in.replaceNow->newEmbodiedKg},
                           {"payback_years", json["replace_now_payback_years"]},
                           {"limit_years", lca::RefreshCycleAnalysis::kPaybackLimitYears},
                           {"cumulative_savings_kg_co2e", r.replaceNow->cumulativeSavingsKg}};
        }
        return json;
    }

    static QString kg(double v) { return TextColumns::quantity(v); }
    static QString percent(double rate)
    {
        return (rate > 0.0 ? QStringLiteral("+") : QString())
                + QString::number(100.0 * rate, 'g', 4) + QStringLiteral(" %");
    }

    static void printTables(QTextStream &out, const Evaluation &e,
                            const RefreshProfileValues &values, const lca::RefreshCycleInputs &in,
                            const lca::RefreshCycleResult &r)
    {
        CommandSupport::printProduct(out, *e.profile);
        out << tr("Refresh cycles over a horizon of H = %1 years; kg CO2e.").arg(in.horizonYears)
            << '\n';
        out << tr("  New device: embodied %1 kg CO2e (%2 a year), %3 kWh a year (%4 a year)")
                        .arg(kg(in.embodiedKg), percent(in.embodiedRate), kg(in.annualEnergyKwh),
                             percent(in.energyRate))
            << '\n';
        out << tr("  Grid: %1 kg CO2e/kWh (%2 a year)%3")
                        .arg(kg(in.gridKgPerKwh), percent(in.gridRate),
                             values.gridFactorId.isEmpty()
                                     ? tr(", no use phase in the profile")
                                     : QStringLiteral(", ") + values.gridFactorId)
            << "\n\n";

        const QList<int> widths{-13, 8, 11, 11, 11, 10};
        out << TextColumns::row({tr("Cycle (years)"), tr("Devices"), tr("Embodied"),
                                 tr("Use", "column: emissions from using the devices"), tr("Total"),
                                 tr("Per year")},
                                widths);
        for (const lca::RefreshStrategy &s : r.strategies) {
            QString line = TextColumns::row(
                    {QString::number(s.cycleYears), QString::number(s.purchaseYears.size()),
                     kg(s.embodiedKg), kg(s.useKg), kg(s.cumulativeKg.back()), kg(s.annualisedKg)},
                    widths);
            if (s.cycleYears == r.bestCycleYears)
                line.insert(line.size() - 1, QStringLiteral("  *"));
            out << line;
        }
        out << tr("  * best cycle: replace every %1 years").arg(r.bestCycleYears) << '\n';
        out << tr("  The last device's embodied emissions count for the share of its years inside "
                  "the horizon.")
            << "\n\n";

        out << tr("Cumulative emissions at the end of each year:") << '\n';
        QList<int> yearWidths{-6};
        QStringList header{tr("Year", "column: the nth year of service")};
        for (const lca::RefreshStrategy &s : r.strategies) {
            header << tr("k=%1").arg(s.cycleYears);
            yearWidths << 10;
        }
        out << TextColumns::row(header, yearWidths);
        for (int y = 0; y < in.horizonYears; ++y) {
            QStringList cells{QString::number(y + 1)};
            for (const lca::RefreshStrategy &s : r.strategies)
                cells << kg(s.cumulativeKg[static_cast<std::size_t>(y)]);
            out << TextColumns::row(cells, yearWidths);
        }
        out << '\n';

        out << tr("Keep one device n years: its footprint per year of service") << '\n'
            << TextColumns::row({tr("Years (n)"), tr("Per year")}, {-13, 10});
        for (const lca::KeepYearsEntry &k : r.keepYears)
            out << TextColumns::row({QString::number(k.years), kg(k.annualisedKg)}, {-13, 10});
        out << '\n';

        if (!in.replaceNow || !r.replaceNow) {
            out << tr("Replace now: give --old-annual-kwh to compare with the device in use.")
                << '\n';
            return;
        }
        const double saving = in.replaceNow->oldAnnualEnergyKwh - in.replaceNow->newAnnualEnergyKwh;
        out << tr("Replace now: the old device uses %1 kWh a year, the new one %2 kWh (saves %3 "
                  "kWh a year) and costs %4 kg CO2e to make.")
                        .arg(NumberText::brief(in.replaceNow->oldAnnualEnergyKwh,
                                               QLocale::c()), // as given
                             kg(in.replaceNow->newAnnualEnergyKwh), kg(saving),
                             kg(in.replaceNow->newEmbodiedKg))
            << '\n';
        if (r.replaceNow->paybackYears) {
            out << tr("  Pays back in year %1.").arg(*r.replaceNow->paybackYears) << '\n';
        } else {
            out << tr("  Never pays back within %1 years.")
                            .arg(lca::RefreshCycleAnalysis::kPaybackLimitYears)
                << '\n';
        }
    }
};

} // namespace

int runRefreshCommand(const QStringList &arguments, CommandIo &io)
{
    return RefreshCommand::run(arguments, io);
}

} // namespace carbonlabel
