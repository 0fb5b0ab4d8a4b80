#include "app/cli/wherecommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "app/cli/textcolumns.h"
#include "core/evaluation/resultjson.h"
#include "core/evaluation/whererunanalysis.h"
#include "core/profile/profilereader.h"

#include <cmath>

namespace carbonlabel {

namespace {

class WhereCommand
{
    Q_DECLARE_TR_FUNCTIONS(WhereCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        CommandPreamble preamble(io,
                                 tr("Evaluate the data-centre and AI parts of a profile on "
                                    "other electricity grids, ranked."),
                                 CommandPreamble::TextOrJson);
        const QCommandLineOption gridsOption(
                QStringLiteral("grids"),
                tr("Compare these grid factors (comma-separated ids), as given; default: one "
                   "grid a region from the one basis that covers the most regions, without "
                   "fragments or constants."),
                tr("ID,ID,..."));
        QCommandLineParser &parser = preamble.parser();
        parser.addOption(gridsOption);
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;
        const FactorDatabase *db = preamble.database();
        if (!db)
            return ExitBadInput;

        const QString file = preamble.file();
        const ProfileReader::Result read = ProfileReader::readFile(file);
        if (!read.ok()) {
            CommandSupport::printErrors(io, file, read.diagnostics);
            return ExitBadInput;
        }
        WhereRunResult result;
        if (parser.isSet(gridsOption)) {
            QStringList grids;
            for (const QString &id : parser.value(gridsOption).split(QLatin1Char(','))) {
                if (!id.trimmed().isEmpty())
                    grids.append(id.trimmed());
            }
            if (grids.isEmpty())
                return preamble.fail(QStringLiteral("--grids: ")
                                     + tr("expected one or more grid factor ids"));
            result = WhereRunAnalysis::run(*read.profile, *db, grids);
        } else {
            result = WhereRunAnalysis::runDefault(*read.profile, *db);
        }
        if (!result.ok()) {
            CommandSupport::printErrors(io, file, result.diagnostics);
            return ExitBadInput;
        }
        const Diagnostics warnings = read.diagnostics + result.diagnostics;
        if (preamble.json())
            CommandSupport::printJson(io, toJson(*read.profile, result, warnings));
        else
            printTable(io.out, *read.profile, result, warnings);
        return ExitOk;
    }

private:
    static Json toJson(const Profile &profile, const WhereRunResult &r, const Diagnostics &warnings)
    {
        Json parts = Json::array();
        for (const QString &p : r.parts)
            parts.push_back(p.toStdString());
        Json baselineGrids = Json::array();
        for (const QString &g : r.baselineGrids)
            baselineGrids.push_back(g.toStdString());
        // One grid is "the profile's own grid"; with several the baseline mixes them.
        const Json baselineGrid = r.baselineGrids.size() == 1
                ? Json(r.baselineGrids.constFirst().toStdString())
                : Json();
        Json grids = Json::array();
        for (const WhereRunGrid &g : r.grids) {
            Json o{{"grid", g.grid.id.toStdString()},
                   {"name_en", g.grid.nameEn.toStdString()},
                   {"name_zh", g.grid.nameZh.toStdString()},
                   {"region", g.grid.region.toStdString()},
                   {"kg_co2e_per_kwh", g.kgCo2ePerKwh},
                   {"kg_co2e", g.kgCo2e},
                   {"saving_kg_co2e", g.savingKgCo2e},
                   {"saving_share", g.savingShare}};
            if (g.co2Only)
                o["co2_only"] = true;
            grids.push_back(std::move(o));
        }
        // The one basis of the default comparison; null for the grids of --grids.
        Json basis;
        if (r.basis) {
            basis = Json{{"grid_basis", r.basis->basis.toStdString()},
                         {"grid_method", r.basis->method.toStdString()},
                         {"grid_scope", r.basis->scope.toStdString()},
                         {"co2_only", r.basis->co2Only},
                         {"regions", r.grids.size()}};
        }
        Json warningList = Json::array();
        for (const Diagnostic &d : warnings) {
            if (!d.isError())
                warningList.push_back(d.toString().toStdString());
        }
        return Json{{"format", "carbonlabel-where"},
                    {"version", 1},
                    {"product", ResultJson::productJson(profile)},
                    {"parts", std::move(parts)},
                    {"baseline",
                     Json{{"grid", baselineGrid},
                          {"grids", std::move(baselineGrids)},
                          {"kg_co2e", r.baselineKgCo2e}}},
                    {"basis", std::move(basis)},
                    {"grids", std::move(grids)},
                    {"warnings", std::move(warningList)}};
    }

    static void printTable(QTextStream &out, const Profile &profile, const WhereRunResult &r,
                           const Diagnostics &warnings)
    {
        CommandSupport::printProduct(out, profile);
        out << tr("Data-centre and AI parts moved: %1").arg(r.parts.join(QStringLiteral(", ")))
            << '\n';
        out << tr("Baseline on the profile's own grid (%1): %2 kg CO2e")
                        .arg(r.baselineGrids.join(QStringLiteral(", ")),
                             TextColumns::quantity(r.baselineKgCo2e))
            << '\n';
        if (r.basis)
            out << tr("Grids of one basis, one a region: %1 (%2 regions; others with --grids)")
                            .arg(r.basis->text())
                            .arg(r.grids.size())
                << '\n';
        else
            out << tr("Grids as given with --grids; their bases may differ") << '\n';
        out << '\n';
        const QList<int> widths{4, -34, -10, 12, 14, 14, 9};
        out << TextColumns::row({QStringLiteral("#"), tr("Grid"), tr("Region"), tr("kg CO2e/kWh"),
                                 tr("kg CO2e"), tr("Saving kg"), tr("Saving")},
                                widths);
        bool anyCo2Only = false;
        for (qsizetype i = 0; i < r.grids.size(); ++i) {
            const WhereRunGrid &g = r.grids[i];
            anyCo2Only = anyCo2Only || g.co2Only;
            out << TextColumns::row(
                    {QString::number(i + 1),
                     g.grid.id + (g.co2Only ? QStringLiteral(" *") : QString()), g.grid.region,
                     TextColumns::quantity(g.kgCo2ePerKwh), TextColumns::quantity(g.kgCo2e),
                     TextColumns::quantity(g.savingKgCo2e), CommandSupport::percent(g.savingShare)},
                    widths);
        }
        if (anyCo2Only)
            out << '\n'
                << tr("* CO2 only / 仅CO2: the grid factor counts CO2 alone, not other greenhouse "
                      "gases")
                << '\n';
        CommandSupport::printWarnings(out, warnings);
    }
};

} // namespace

int runWhereCommand(const QStringList &arguments, CommandIo &io)
{
    return WhereCommand::run(arguments, io);
}

} // namespace carbonlabel
