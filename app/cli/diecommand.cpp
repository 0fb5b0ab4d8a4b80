#include "app/cli/diecommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "app/cli/textcolumns.h"
#include "core/base/numbertext.h"
#include "lca/logicdiemodel.h"
#include "lca/units.h"

#include <nlohmann/json.hpp>

#include <QLocale>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>

namespace carbonlabel {

namespace {

// The process nodes ACT's logic model has figures for (its Table 1), as the factor ids spell
// them: mfg_fab_energy_<node>_act, mfg_fab_gas_<node>_gpa95_act, ..._gpa99_act.
const char *const kNodes[] = {"28nm", "20nm", "14nm", "10nm", "8nm", "7nm", "5nm", "3nm"};

const char *const kDefaultGrid = "grid_tw_ember_2024"; // ACT's default fab location: Taiwan
const char *const kMaterialsFactor = "mfg_fab_materials_act";
const char *const kYieldFactor = "param_fab_yield_act";
const char *const kPackageFactor = "ec_ic_package_act";

class DieCommand
{
    Q_DECLARE_TR_FUNCTIONS(DieCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        CommandPreamble preamble(
                io,
                tr("Embodied carbon of a logic die from its area, process node and the grid of "
                   "the fab that makes it, by ACT's per-area model: (fab grid x fab electricity "
                   "per cm2 + process gases + materials) / yield, plus the packages."),
                CommandPreamble::TextOrJson);
        preamble.setNoFile();
        const QCommandLineOption area(QStringLiteral("area"),
                                      tr("Die area in mm2, more than 0 and at most 100,000."),
                                      tr("MM2"));
        const QCommandLineOption node(
                QStringLiteral("node"),
                tr("Process node: 28nm, 20nm, 14nm, 10nm, 8nm, 7nm, 5nm or 3nm."), tr("NODE"));
        const QCommandLineOption grid(
                QStringLiteral("fab-grid"),
                tr("Grid factor of the fab's electricity (default %1, Taiwan, as ACT assumes).")
                        .arg(QLatin1String(kDefaultGrid)),
                tr("ID"), QLatin1String(kDefaultGrid));
        const QCommandLineOption abatement(
                QStringLiteral("abatement"),
                tr("Share of process gases abated, 95, 97 or 99 % (default 97, the mean of the "
                   "95 and 99 % figures, as ACT does)."),
                tr("PERCENT"), QStringLiteral("97"));
        const QCommandLineOption yield(
                QStringLiteral("yield"),
                tr("Fab yield, more than 0 and at most 1 (default: the factor %1).")
                        .arg(QLatin1String(kYieldFactor)),
                tr("Y"));
        const QCommandLineOption packages(
                QStringLiteral("packages"),
                tr("Packaged ICs the die goes into, 0 to 1000 (default 1)."), tr("N"),
                QStringLiteral("1"));
        const QCommandLineOption saveAs(
                QStringLiteral("save-as"),
                tr("Also keep the result as factor ID of the user layer, in kg CO2e a piece, for "
                   "a profile's materials line."),
                tr("ID"));
        preamble.parser().addOptions({area, node, grid, abatement, yield, packages, saveAs});
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;
        QCommandLineParser &parser = preamble.parser();

        double areaMm2 = 0.0;
        if (!parser.isSet(area))
            return preamble.fail(tr("--area is required: the die area in mm2"));
        if (!preamble.number(
                    area, [](double v) { return v > 0.0 && v <= 100000.0; },
                    tr("--area: expected mm2, more than 0 and at most 100000, found \"%1\""),
                    &areaMm2))
            return ExitBadInput;
        QString nodeName = parser.value(node).trimmed().toLower();
        if (!nodeName.isEmpty() && !nodeName.endsWith(QLatin1String("nm")))
            nodeName += QLatin1String("nm");
        if (std::find_if(std::begin(kNodes), std::end(kNodes),
                         [&](const char *n) { return nodeName == QLatin1String(n); })
            == std::end(kNodes))
            return preamble.fail(tr("--node: expected one of 28nm, 20nm, 14nm, 10nm, 8nm, 7nm, "
                                    "5nm, 3nm, found \"%1\"")
                                         .arg(parser.value(node)));
        int abated = 0;
        if (!preamble.wholeNumber(abatement, 95, 99,
                                  tr("--abatement: expected 95, 97 or 99, found \"%1\""), &abated)
            || (abated != 95 && abated != 97 && abated != 99))
            return abated == 0 ? ExitBadInput
                               : preamble.fail(tr("--abatement: expected 95, 97 or 99, found "
                                                  "\"%1\"")
                                                       .arg(abated));
        int packageCount = 0;
        if (!preamble.wholeNumber(packages, 0, 1000,
                                  tr("--packages: expected a whole number from 0 to 1000, found "
                                     "\"%1\""),
                                  &packageCount))
            return ExitBadInput;

        // Opened here rather than through the preamble: --save-as writes to the user layer.
        const std::unique_ptr<FactorDatabase> database
                = CommandSupport::openDatabase(preamble.parser(), io);
        if (!database)
            return ExitBadInput;
        const FactorDatabase *db = database.get();
        QStringList used;
        // The factor `id` in `unit`, or nothing after saying which is missing or in which unit.
        const auto value
                = [&](const QString &id, const QStringList &units) -> std::optional<double> {
            const std::optional<Factor> f = db->factor(id);
            if (!f) {
                preamble.fail(tr("factor %1 is not in the database").arg(id));
                return std::nullopt;
            }
            if (!units.contains(f->unit)) {
                preamble.fail(tr("factor %1 is in %2; this model needs %3")
                                      .arg(id, f->unit, units.join(QLatin1String(" or "))));
                return std::nullopt;
            }
            used << id;
            return f->value;
        };
        const QString gridId = parser.value(grid).trimmed();
        const std::optional<Factor> gridFactor = db->factor(gridId);
        const auto gridUnit = gridFactor ? lca::parseEmissionUnit(gridFactor->unit.toStdString())
                                         : std::nullopt;
        if (!gridFactor)
            return preamble.fail(tr("--fab-grid: factor %1 is not in the database").arg(gridId));
        if (!gridUnit || gridUnit->denominator.dimension != lca::Dimension::Energy)
            return preamble.fail(tr("--fab-grid: factor %1 is in %2, not per unit of "
                                    "electricity")
                                         .arg(gridId, gridFactor->unit));
        used << gridId;

        lca::LogicDieInputs in;
        in.areaCm2 = areaMm2 / 100.0;
        // kg per kWh (the energy base unit), whatever energy unit the grid factor is per.
        in.gridKgPerKwh = gridUnit->kgPerBaseUnit(gridFactor->value);
        const QString energyId = QStringLiteral("mfg_fab_energy_%1_act").arg(nodeName);
        const auto gas = [&](int level) {
            return value(QStringLiteral("mfg_fab_gas_%1_gpa%2_act").arg(nodeName).arg(level),
                         {QStringLiteral("kgCO2e/cm2")});
        };
        const std::optional<double> energy = value(energyId, {QStringLiteral("kWh/cm2")});
        if (!energy)
            return ExitBadInput;
        in.fabKwhPerCm2 = *energy;
        if (abated == 97) {
            const std::optional<double> g95 = gas(95);
            const std::optional<double> g99 = g95 ? gas(99) : std::nullopt;
            if (!g99)
                return ExitBadInput;
            in.gasesKgPerCm2 = (*g95 + *g99) / 2.0;
        } else {
            const std::optional<double> g = gas(abated);
            if (!g)
                return ExitBadInput;
            in.gasesKgPerCm2 = *g;
        }
        const std::optional<double> materials
                = value(QLatin1String(kMaterialsFactor), {QStringLiteral("kgCO2e/cm2")});
        const std::optional<double> perPackage = materials
                ? value(QLatin1String(kPackageFactor), {QStringLiteral("kgCO2e/unit")})
                : std::nullopt;
        if (!perPackage)
            return ExitBadInput;
        in.materialsKgPerCm2 = *materials;
        in.kgPerPackage = *perPackage;
        in.packages = packageCount;
        if (parser.isSet(yield)) {
            if (!preamble.number(
                        yield, [](double v) { return v > 0.0 && v <= 1.0; },
                        tr("--yield: expected more than 0 and at most 1, found \"%1\""),
                        &in.fabYield))
                return ExitBadInput;
        } else {
            const std::optional<double> y
                    = value(QLatin1String(kYieldFactor), {QStringLiteral("dimensionless")});
            if (!y)
                return ExitBadInput;
            in.fabYield = *y;
        }
        const lca::LogicDieResult r = lca::logicDieCarbon(in);
        if (parser.isSet(saveAs)) {
            Factor f;
            f.id = parser.value(saveAs).trimmed();
            f.category = QStringLiteral("electronic_component");
            f.nameEn
                    = QStringLiteral("Logic die, %1 mm2 at %2, fab grid %3 (ACT model)")
                              .arg(NumberText::rounded(areaMm2, 4, QLocale::c()), nodeName, gridId);
            f.nameZh
                    = QStringLiteral("逻辑芯片裸片，%1 mm2，%2，晶圆厂电网 %3（ACT模型）")
                              .arg(NumberText::rounded(areaMm2, 4, QLocale::c()), nodeName, gridId);
            f.value = r.totalKg;
            f.unit = QStringLiteral("kgCO2e/unit");
            f.region = gridFactor->region;
            f.source = QStringLiteral("ACT per-area logic model (Gupta et al., ISCA 2022), "
                                      "computed by carbonlabel-cli die");
            f.sourceDetail = used.join(QLatin1String(", "));
            f.notes = QStringLiteral("%1 %% gas abatement, yield %2, %3 package(s); die %4 kg, "
                                     "packages %5 kg.")
                              .arg(abated)
                              .arg(in.fabYield)
                              .arg(packageCount)
                              .arg(r.dieKg)
                              .arg(r.packagingKg);
            QString error;
            if (!database->addUserFactor(f, &error))
                return preamble.fail(tr("--save-as: %1").arg(error));
        }
        if (preamble.json())
            CommandSupport::printJson(io, toJson(areaMm2, nodeName, gridId, abated, in, r, used));
        else
            print(io.out, areaMm2, nodeName, gridId, abated, in, r, used);
        return ExitOk;
    }

private:
    static Json toJson(double areaMm2, const QString &node, const QString &grid, int abated,
                       const lca::LogicDieInputs &in, const lca::LogicDieResult &r,
                       const QStringList &used)
    {
        Json j;
        j["model"] = "act_logic";
        j["area_mm2"] = areaMm2;
        j["node"] = node.toStdString();
        j["fab_grid"] = grid.toStdString();
        j["grid_kg_co2e_per_kwh"] = in.gridKgPerKwh;
        j["abatement_percent"] = abated;
        j["yield"] = in.fabYield;
        j["kg_co2e_per_cm2"] = {{"energy", r.energyKgPerCm2},
                                {"gases", r.gasesKgPerCm2},
                                {"materials", r.materialsKgPerCm2},
                                {"total", r.kgPerCm2}};
        j["die_kg_co2e"] = r.dieKg;
        j["packages"] = in.packages;
        j["packaging_kg_co2e"] = r.packagingKg;
        j["total_kg_co2e"] = r.totalKg;
        auto &factors = j["factors"] = Json::array();
        for (const QString &id : used)
            factors.push_back(id.toStdString());
        return j;
    }

    static void print(QTextStream &out, double areaMm2, const QString &node, const QString &grid,
                      int abated, const lca::LogicDieInputs &in, const lca::LogicDieResult &r,
                      const QStringList &used)
    {
        // Inputs as given, results to four significant digits.
        const auto input = [](double v) { return NumberText::display(v); };
        const auto n = [](double v) { return NumberText::kg(v); };
        out << tr("Logic die, %1 mm2 at %2, made on %3 (%4 kg CO2e/kWh), %5 % of process gases "
                  "abated, yield %6 (ACT)")
                        .arg(input(areaMm2), node, grid, input(in.gridKgPerKwh))
                        .arg(abated)
                        .arg(input(in.fabYield))
            << "\n\n";
        const QList<int> widths{-34, 16}; // 16: the Chinese unit heading is 16 columns
        const auto row = [&](const QString &what, double kg) {
            out << TextColumns::row({what, n(kg)}, widths);
        };
        out << TextColumns::row({tr("Per cm2 of die"), tr("kg CO2e")}, widths);
        row(tr("Fab electricity"), r.energyKgPerCm2);
        row(tr("Process gases"), r.gasesKgPerCm2);
        row(tr("Materials"), r.materialsKgPerCm2);
        row(tr("Together"), r.kgPerCm2);
        out << '\n';
        row(tr("Die (%1 cm2)").arg(input(in.areaCm2)), r.dieKg);
        row(tr("Packages (%1)").arg(in.packages), r.packagingKg);
        row(tr("Total"), r.totalKg);
        out << '\n' << tr("Factors: %1").arg(used.join(QLatin1String(", "))) << '\n';
    }
};

} // namespace

int runDieCommand(const QStringList &arguments, CommandIo &io)
{
    return DieCommand::run(arguments, io);
}

} // namespace carbonlabel
