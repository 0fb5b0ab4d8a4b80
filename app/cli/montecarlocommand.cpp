#include "app/cli/montecarlocommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "app/cli/textcolumns.h"
#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/evaluation/resultjson.h"
#include "lca/montecarlo.h"

#include <cmath>
#include <new>
#include <optional>

namespace carbonlabel {

namespace {

class MonteCarloCommand
{
    Q_DECLARE_TR_FUNCTIONS(MonteCarloCommand)

    // Beyond these a run is a typing slip, not a wish: memory and threads would run out.
    static constexpr int kMaxSamples = 10'000'000;
    static constexpr int kMaxThreads = 1024;

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        CommandPreamble preamble(
                io,
                tr("Monte Carlo uncertainty of a profile's footprint: every number with a "
                   "distribution and every factor with an uncertainty is sampled. Mean, median, "
                   "P5 and P95 of the total and of each stage, and which inputs matter most."),
                CommandPreamble::TextOrJson);
        const QCommandLineOption samplesOption(
                QStringLiteral("samples"),
                tr("Number of samples, 1 to 10,000,000 (default 10,000)."), tr("N"),
                QStringLiteral("10000"));
        const QCommandLineOption seedOption(
                QStringLiteral("seed"),
                tr("Seed of the random generator, 0 to 18446744073709551615 (default 42). The same "
                   "seed gives the same result on every machine."),
                tr("S"), QStringLiteral("42"));
        const QCommandLineOption threadsOption(
                QStringLiteral("threads"),
                tr("Worker threads, 1 to 1024 (default: all cores). The result does not depend on "
                   "it."),
                tr("N"));
        const QCommandLineOption noFactorOption(
                QStringLiteral("no-factor-uncertainty"),
                tr("Keep every factor at its value; vary only the numbers the profile gives as "
                   "distributions."));
        QCommandLineParser &parser = preamble.parser();
        parser.addOptions({samplesOption, seedOption, threadsOption, noFactorOption});
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;

        lca::MonteCarloOptions options;
        options.factorUncertainty = !parser.isSet(noFactorOption);
        if (!preamble.wholeNumber(
                    samplesOption, 1, kMaxSamples,
                    tr("--samples: expected a whole number from 1 to 10000000, found \"%1\""),
                    &options.samples))
            return ExitBadInput;
        const QString seedText = parser.value(seedOption).trimmed();
        bool ok = false; // toULongLong would wrap a negative number around
        if (!seedText.startsWith(QLatin1Char('-')))
            options.seed = seedText.toULongLong(&ok);
        if (!ok) {
            return preamble.fail(
                    tr("--seed: expected a whole number from 0 to 18446744073709551615, found "
                       "\"%1\"")
                            .arg(seedText));
        }
        if (parser.isSet(threadsOption)
            && !preamble.wholeNumber(
                    threadsOption, 1, kMaxThreads,
                    tr("--threads: expected a whole number from 1 to 1024, found \"%1\""),
                    &options.threads))
            return ExitBadInput;

        const auto loaded = preamble.evaluate();
        if (!loaded)
            return ExitBadInput;
        const Evaluation &e = *loaded;

        lca::MonteCarloResult mc;
        try {
            mc = lca::MonteCarlo::run(e.built.inventory, options);
        } catch (const std::bad_alloc &) {
            // Every sample's stage totals are kept: 48 bytes a sample, 480 MB at 10 million.
            return preamble.fail(tr("not enough memory for %1 samples; try fewer with --samples")
                                         .arg(options.samples),
                                 ExitUnexpected);
        }
        if (preamble.json())
            CommandSupport::printJson(io, toJson(e, mc));
        else
            printTable(io.out, e, mc);
        return ExitOk;
    }

private:
    static Json percentilesJson(const lca::Percentiles &p, double deterministic)
    {
        return Json{{"mean", p.mean},
                    {"median", p.median},
                    {"p5", p.p5},
                    {"p95", p.p95},
                    {"deterministic", deterministic}};
    }

    static Json toJson(const Evaluation &e, const lca::MonteCarloResult &mc)
    {
        Json json = ResultJson::toJson(e);
        json["samples"] = mc.samples;
        json["seed"] = mc.seed;
        json["factor_uncertainty"] = mc.factorUncertainty;
        json["total"] = percentilesJson(mc.total, e.result.total());
        Json stages = Json::object();
        for (lca::Stage s : lca::kAllStages) {
            stages[std::string(lca::stageKey(s))]
                    = percentilesJson(mc.stages[static_cast<std::size_t>(s)], e.result.stage(s));
        }
        json["stages"] = std::move(stages);
        Json sensitivity = Json::array();
        for (const lca::SensitivityEntry &s : mc.sensitivity)
            sensitivity.push_back(
                    Json{{"path", s.path}, {"share", s.share}, {"spearman", s.spearman}});
        json["sensitivity"] = std::move(sensitivity);
        return json;
    }

    static void row(QTextStream &out, const QString &name, const QStringList &cells)
    {
        out << TextColumns::row(QStringList{name} + cells, {-28, 13, 13, 13, 13, 13});
    }

    static QStringList cells(const lca::Percentiles &p, double deterministic)
    {
        return {TextColumns::quantity(deterministic), TextColumns::quantity(p.mean),
                TextColumns::quantity(p.median), TextColumns::quantity(p.p5),
                TextColumns::quantity(p.p95)};
    }

    static void printTable(QTextStream &out, const Evaluation &e, const lca::MonteCarloResult &mc)
    {
        CommandSupport::printProduct(out, *e.profile);
        out << tr("Monte Carlo: %1 samples, seed %2; kg CO2e").arg(mc.samples).arg(mc.seed)
            << "\n\n";
        row(out, tr("Stage"), {tr("Deterministic"), tr("Mean"), tr("Median"), tr("P5"), tr("P95")});
        for (lca::Stage s : lca::kAllStages) {
            row(out, StageNames::translated(s),
                cells(mc.stages[static_cast<std::size_t>(s)], e.result.stage(s)));
        }
        row(out, tr("Total"), cells(mc.total, e.result.total()));

        out << '\n';
        if (mc.sensitivity.empty()) {
            out << tr("No number in this profile carries a distribution and no factor has an "
                      "uncertainty, so every sample equals the deterministic result.")
                << '\n';
            return;
        }
        out << tr("Sensitivity (squared Spearman rank correlation with the total, normalised to "
                  "100 %):")
            << '\n';
        for (const lca::SensitivityEntry &s : mc.sensitivity) {
            out << TextColumns::row({QString::fromStdString(s.path),
                                     CommandSupport::percent(s.share),
                                     tr("rho %1").arg(QString::number(s.spearman, 'f', 3))},
                                    {-40, 9, 12});
        }
    }
};

} // namespace

int runMonteCarloCommand(const QStringList &arguments, CommandIo &io)
{
    return MonteCarloCommand::run(arguments, io);
}

} // namespace carbonlabel
