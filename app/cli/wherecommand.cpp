#include "app/cli/wherecommand.h"

#include "app/cli/commandsupport.h"
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
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Evaluate the data-centre and AI parts of a profile on "
                                            "other electricity grids, ranked."));
        parser.addPositionalArgument(QStringLiteral("PROFILE"),
                                     tr("The profile (.clprofile.json)."));
        const QCommandLineOption gridsOption(
                QStringLiteral("grids"),
                tr("Compare these grid factors (comma-separated ids); default: every "
                   "grid_electricity factor with a region."),
                tr("ID,ID,..."));
        parser.addOption(gridsOption);
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
        const ProfileReader::Result read = ProfileReader::readFile(file);
        if (!read.ok()) {
            CommandSupport::printErrors(io, file, read.diagnostics);
            return ExitBadInput;
        }
        QStringList grids;
        if (parser.isSet(gridsOption)) {
            for (const QString &id : parser.value(gridsOption).split(QLatin1Char(','))) {
                if (!id.trimmed().isEmpty())
                    grids.append(id.trimmed());
            }
            if (grids.isEmpty()) {
                io.err << QStringLiteral("carbonlabel-cli where: --grids: ")
                       << tr("expected one or more grid factor ids") << '\n';
                return ExitBadInput;
            }
        } else {
            grids = WhereRunAnalysis::defaultGrids(*db);
        }

        const WhereRunResult result = WhereRunAnalysis::run(*read.profile, *db, grids);
        if (!result.ok()) {
            CommandSupport::printErrors(io, file, result.diagnostics);
            return ExitBadInput;
        }
        const Diagnostics warnings = read.diagnostics + result.diagnostics;
        if (parser.isSet(QStringLiteral("json")))
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
                    {"grids", std::move(grids)},
                    {"warnings", std::move(warningList)}};
    }

    static QString kg(double v)
    {
        return QString::number(v, 'f', v != 0.0 && std::abs(v) < 0.01 ? 6 : 3);
    }

    static void printTable(QTextStream &out, const Profile &profile, const WhereRunResult &r,
                           const Diagnostics &warnings)
    {
        QStringList names;
        for (const QString &n : {profile.product.name.en, profile.product.name.zh}) {
            if (!n.isEmpty())
                names << n;
        }
        out << names.join(QStringLiteral(" / ")) << QStringLiteral("  (") << profile.product.id
            << ")\n";
        out << tr("Data-centre and AI parts moved: %1").arg(r.parts.join(QStringLiteral(", ")))
            << '\n';
        out << tr("Baseline on the profile's own grid (%1): %2 kg CO2e")
                        .arg(r.baselineGrids.join(QStringLiteral(", ")), kg(r.baselineKgCo2e))
            << "\n\n";
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                        .arg(QStringLiteral("#"), 4)
                        .arg(tr("Grid"), -34)
                        .arg(tr("Region"), -10)
                        .arg(tr("kg CO2e/kWh"), 12)
                        .arg(tr("kg CO2e"), 14)
                        .arg(tr("Saving kg"), 14)
                        .arg(tr("Saving"), 9);
        bool anyCo2Only = false;
        for (qsizetype i = 0; i < r.grids.size(); ++i) {
            const WhereRunGrid &g = r.grids[i];
            anyCo2Only = anyCo2Only || g.co2Only;
            out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                            .arg(i + 1, 4)
                            .arg(g.grid.id + (g.co2Only ? QStringLiteral(" *") : QString()), -34)
                            .arg(g.grid.region, -10)
                            .arg(QString::number(g.kgCo2ePerKwh, 'g', 6), 12)
                            .arg(kg(g.kgCo2e), 14)
                            .arg(kg(g.savingKgCo2e), 14)
                            .arg(QString::number(100.0 * g.savingShare, 'f', 1)
                                         + QStringLiteral(" %"),
                                 9);
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
