#include "app/cli/montecarlocommand.h"

#include "app/cli/commandsupport.h"
#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/evaluation/resultjson.h"
#include "lca/montecarlo.h"

#include <cmath>
#include <new>
#include <optional>

namespace carbonlabel {

namespace {

constexpr int kMaxSamples = 10'000'000;
constexpr int kMaxThreads = 1024;

class MonteCarloCommand
{
    Q_DECLARE_TR_FUNCTIONS(MonteCarloCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
                tr("Monte Carlo uncertainty of a profile's footprint: every number with a "
                   "distribution and every factor with an uncertainty is sampled. Mean, median, "
                   "P5 and P95 of the total and of each stage, and which inputs matter most."));
        parser.addPositionalArgument(QStringLiteral("PROFILE"),
                                     tr("The profile (.clprofile.json)."));
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
        parser.addOption(samplesOption);
        parser.addOption(seedOption);
        parser.addOption(threadsOption);
        parser.addOption(CommandSupport::jsonOption());
        parser.addOption(CommandSupport::dbOption());
        parser.addOption(CommandSupport::userDbOption());
        int code = ExitOk;
        if (!CommandSupport::parse(parser, arguments, io, 1, 1, &code))
            return code;

        lca::MonteCarloOptions options;
        bool ok = false;
        const QString samplesText = parser.value(samplesOption).trimmed();
        options.samples = samplesText.toInt(&ok);
        if (!ok || options.samples < 1 || options.samples > kMaxSamples) {
            return usageError(
                    io,
                    tr("--samples: expected a whole number from 1 to 10000000, found \"%1\"")
                            .arg(samplesText));
        }
        const QString seedText = parser.value(seedOption).trimmed();
        ok = false; // toULongLong would wrap a negative number around
        if (!seedText.startsWith(QLatin1Char('-')))
            options.seed = seedText.toULongLong(&ok);
        if (!ok) {
            return usageError(
                    io,
                    tr("--seed: expected a whole number from 0 to 18446744073709551615, found "
                       "\"%1\"")
                            .arg(seedText));
        }
        if (parser.isSet(threadsOption)) {
            const QString threadsText = parser.value(threadsOption).trimmed();
            options.threads = threadsText.toInt(&ok);
            if (!ok || options.threads < 1 || options.threads > kMaxThreads) {
                return usageError(
                        io,
                        tr("--threads: expected a whole number from 1 to 1024, found \"%1\"")
                                .arg(threadsText));
            }
        }

        const auto db = CommandSupport::openDatabase(parser, io);
        if (!db)
            return ExitBadInput;
        const QString file = parser.positionalArguments().constFirst();
        const auto loaded = CommandSupport::evaluateProfile(file, *db, io);
        if (!loaded)
            return ExitBadInput;
        const Evaluation &e = *loaded;

        lca::MonteCarloResult mc;
        try {
            mc = lca::MonteCarlo::run(e.built.inventory, options);
        } catch (const std::bad_alloc &) {
            // Every sample's stage totals are kept: 48 bytes a sample, 480 MB at 10 million.
            io.err << QStringLiteral("carbonlabel-cli montecarlo: ")
                   << tr("not enough memory for %1 samples; try fewer with --samples")
                              .arg(options.samples)
                   << '\n';
            return ExitUnexpected;
        }
        if (parser.isSet(QStringLiteral("json")))
            CommandSupport::printJson(io, toJson(e, mc));
        else
            printTable(io.out, e, mc);
        return ExitOk;
    }

private:
    static int usageError(CommandIo &io, const QString &message)
    {
        io.err << QStringLiteral("carbonlabel-cli montecarlo: ") << message << '\n';
        return ExitBadInput;
    }

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

    static QString kg(double v)
    {
        if (!std::isfinite(v))
            return QStringLiteral("–");
        return QString::number(v, 'f', v != 0.0 && std::abs(v) < 0.01 ? 6 : 3);
    }

    static void row(QTextStream &out, const QString &name, const QStringList &cells)
    {
        out << QStringLiteral("  %1").arg(name, -28);
        for (const QString &c : cells)
            out << QStringLiteral(" %1").arg(c, 13);
        out << '\n';
    }

    static QStringList cells(const lca::Percentiles &p, double deterministic)
    {
        return {kg(deterministic), kg(p.mean), kg(p.median), kg(p.p5), kg(p.p95)};
    }

    static void printTable(QTextStream &out, const Evaluation &e, const lca::MonteCarloResult &mc)
    {
        const Profile &p = *e.profile;
        QStringList names;
        for (const QString &n : {p.product.name.en, p.product.name.zh}) {
            if (!n.isEmpty())
                names << n;
        }
        out << names.join(QStringLiteral(" / ")) << QStringLiteral("  (") << p.product.id << ")\n";
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
            out << QStringLiteral("  %1 %2 %3\n")
                            .arg(QString::fromStdString(s.path), -40)
                            .arg(QString::number(100.0 * s.share, 'f', 1) + QStringLiteral(" %"), 9)
                            .arg(tr("rho %1").arg(QString::number(s.spearman, 'f', 3)), 12);
        }
    }
};

} // namespace

int runMonteCarloCommand(const QStringList &arguments, CommandIo &io)
{
    return MonteCarloCommand::run(arguments, io);
}

} // namespace carbonlabel
