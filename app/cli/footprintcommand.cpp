#include "app/cli/footprintcommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "app/cli/textcolumns.h"
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
        CommandPreamble preamble(io,
                                 tr("Compute the cradle-to-grave carbon footprint of a profile."),
                                 CommandPreamble::TextOrJson);
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;
        const auto loaded = preamble.evaluate();
        if (!loaded)
            return ExitBadInput;
        const Evaluation &e = *loaded;
        if (preamble.json())
            CommandSupport::printJson(io, ResultJson::toJson(e));
        else
            printTable(io.out, e);
        return ExitOk;
    }

private:
    static QString share(double part, double total)
    {
        return total > 0.0 ? CommandSupport::percent(part / total) : QStringLiteral("–");
    }
    static void row(QTextStream &out, const QString &a, const QString &b, const QString &c)
    {
        out << TextColumns::row({a, b, c}, {-34, 14, 9});
    }

    static void printTable(QTextStream &out, const Evaluation &e)
    {
        const Profile &p = *e.profile;
        const lca::FootprintResult &r = e.result;
        CommandSupport::printProduct(out, p);
        out << tr("Lifetime: %1 years; dataset %2")
                        .arg(p.product.lifetimeYears.value)
                        .arg(e.datasetVersion)
            << "\n\n";
        row(out, tr("Stage"), tr("kg CO2e"), tr("Share"));
        for (lca::Stage s : lca::kAllStages)
            row(out, StageNames::translated(s), TextColumns::quantity(r.stage(s)),
                share(r.stage(s), r.total()));
        row(out, tr("Total"), TextColumns::quantity(r.total()), share(r.total(), r.total()));
        out << '\n';
        row(out, tr("End-of-life credits (not netted)"),
            TextColumns::quantity(r.endOfLifeCreditsKg), {});
        row(out, tr("Offsets (not subtracted)"), TextColumns::quantity(r.offsetsKg), {});
        row(out, tr("Carbon neutral"), r.carbonNeutral ? tr("yes") : tr("no"), {});
        if (e.benchmark) {
            out << '\n'
                << PeerBenchmark::bandText(*e.benchmark, false) << '\n'
                << PeerBenchmark::bandText(*e.benchmark, true) << '\n'
                << PeerBenchmark::shipped().attribution() << '\n';
        }

        std::vector<lca::Contribution> top(r.contributions.begin(), r.contributions.end());
        std::stable_sort(top.begin(), top.end(),
                         [](const auto &a, const auto &b) { return a.kgCo2e > b.kgCo2e; });
        out << '\n' << tr("Contributions, largest first:") << '\n';
        for (const lca::Contribution &c : top) {
            const Factor *f = e.built.factorFor(c.factor);
            out << TextColumns::row({QString::fromStdString(c.path), f ? f->id : QString(),
                                     TextColumns::quantity(c.kgCo2e), share(c.kgCo2e, r.total())},
                                    {-32, -34, 12, 8});
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
