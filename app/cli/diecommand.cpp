#include "app/cli/diecommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "app/cli/textcolumns.h"
#include "core/base/numbertext.h"
#include "core/evaluation/logicdieestimate.h"
#include "core/factors/factordatabase.h"
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

const char *const kDefaultGrid = LogicDieEstimate::kDefaultGrid;
const char *const kYieldFactor = LogicDieEstimate::kYieldFactor;

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
        if (!LogicDieEstimate::nodes().contains(nodeName))
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
        LogicDieEstimate::Request request;
        request.areaMm2 = areaMm2;
        request.node = nodeName;
        request.gridId = parser.value(grid).trimmed();
        request.abatementPercent = abated;
        request.packages = packageCount;
        if (parser.isSet(yield)) {
            double y = 0.0;
            if (!preamble.number(
                        yield, [](double v) { return v > 0.0 && v <= 1.0; },
                        tr("--yield: expected more than 0 and at most 1, found \"%1\""), &y))
                return ExitBadInput;
            request.yield = y;
        }
        const LogicDieEstimate::Result estimate = LogicDieEstimate::estimate(*database, request);
        if (!estimate.ok())
            return preamble.fail(estimate.field == QLatin1String("fab-grid")
                                         ? QStringLiteral("--fab-grid: ") + estimate.error
                                         : estimate.error);
        const QString gridId = request.gridId;
        const lca::LogicDieInputs &in = estimate.inputs;
        const lca::LogicDieResult &r = estimate.carbon;
        const QStringList &used = estimate.factorsUsed;
        if (parser.isSet(saveAs)) {
            const Factor f
                    = LogicDieEstimate::asFactor(request, estimate, parser.value(saveAs).trimmed());
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
