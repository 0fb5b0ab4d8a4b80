#include "app/cli/footprintcommand.h"

#include "app/cli/commandsupport.h"
#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/evaluation/resultjson.h"

#include <algorithm>

namespace carbonlabel {

namespace {

class FootprintCommand
{
    Q_DECLARE_TR_FUNCTIONS(FootprintCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
                tr("Compute the cradle-to-grave carbon footprint of a profile."));
        parser.addPositionalArgument(QStringLiteral("PROFILE"),
                                     tr("The profile (.clprofile.json)."));
        parser.addOption(CommandSupport::jsonOption());
        parser.addOption(CommandSupport::dbOption());
        parser.addOption(CommandSupport::userDbOption());
        int code = ExitOk;
        if (!CommandSupport::parse(parser, arguments, io, 1, 1, &code))
            return code;
        const auto db = CommandSupport::openDatabase(parser, io);
        if (!db)
            return ExitBadInput;
        const QString file = parser.positionalArguments().constFirst();
        const auto loaded = CommandSupport::evaluateProfile(file, *db, io);
        if (!loaded)
            return ExitBadInput;
        const Evaluation &e = *loaded;
        if (parser.isSet(QStringLiteral("json")))
            CommandSupport::printJson(io, ResultJson::toJson(e));
        else
            printTable(io.out, e);
        return ExitOk;
    }

private:
    static QString kg(double v)
    {
        return QString::number(v, 'f', v != 0.0 && std::abs(v) < 0.01 ? 6 : 3);
    }
    static QString share(double part, double total)
    {
        return total > 0.0 ? QString::number(100.0 * part / total, 'f', 1) + QStringLiteral(" %")
                           : QStringLiteral("–");
    }
    static void row(QTextStream &out, const QString &a, const QString &b, const QString &c)
    {
        out << QStringLiteral("  %1 %2 %3\n").arg(a, -34).arg(b, 14).arg(c, 9);
    }

    static void printTable(QTextStream &out, const Evaluation &e)
    {
        const Profile &p = *e.profile;
        const lca::FootprintResult &r = e.result;
        QStringList names;
        for (const QString &n : {p.product.name.en, p.product.name.zh}) {
            if (!n.isEmpty())
                names << n;
        }
        out << names.join(QStringLiteral(" / ")) << QStringLiteral("  (") << p.product.id << ")\n";
        out << tr("Lifetime: %1 years; dataset %2")
                        .arg(p.product.lifetimeYears.value)
                        .arg(e.datasetVersion)
            << "\n\n";
        row(out, tr("Stage"), tr("kg CO2e"), tr("Share"));
        for (lca::Stage s : lca::kAllStages)
            row(out, StageNames::translated(s), kg(r.stage(s)), share(r.stage(s), r.total()));
        row(out, tr("Total"), kg(r.total()), share(r.total(), r.total()));
        out << '\n';
        row(out, tr("End-of-life credits (not netted)"), kg(r.endOfLifeCreditsKg), {});
        row(out, tr("Offsets (not subtracted)"), kg(r.offsetsKg), {});
        row(out, tr("Carbon neutral"), r.carbonNeutral ? tr("yes") : tr("no"), {});

        std::vector<lca::Contribution> top(r.contributions.begin(), r.contributions.end());
        std::stable_sort(top.begin(), top.end(),
                         [](const auto &a, const auto &b) { return a.kgCo2e > b.kgCo2e; });
        out << '\n' << tr("Contributions, largest first:") << '\n';
        for (const lca::Contribution &c : top) {
            const Factor *f = e.built.factorFor(c.factor);
            out << QStringLiteral("  %1 %2 %3 %4\n")
                            .arg(QString::fromStdString(c.path), -32)
                            .arg(f ? f->id : QString(), -34)
                            .arg(kg(c.kgCo2e), 12)
                            .arg(share(c.kgCo2e, r.total()), 8);
        }
        CommandSupport::printWarnings(out, e.diagnostics);
    }
};

} // namespace

int runFootprintCommand(const QStringList &arguments, CommandIo &io)
{
    return FootprintCommand::run(arguments, io);
}

} // namespace carbonlabel
