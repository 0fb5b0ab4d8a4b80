#include "app/cli/factorscommand.h"

#include "app/cli/commandsupport.h"
#include "app/cli/textcolumns.h"
#include "core/base/numbertext.h"
#include "core/base/savefile.h"
#include "core/factors/componentclass.h"
#include "core/factors/factorcsv.h"

#include <QLocale>

namespace carbonlabel {

namespace {

Json factorJson(const Factor &f)
{
    Json o{{"id", f.id.toStdString()},
           {"category", f.category.toStdString()},
           {"name_en", f.nameEn.toStdString()},
           {"name_zh", f.nameZh.toStdString()},
           {"value", f.value},
           {"unit", f.unit.toStdString()},
           {"region", f.region.toStdString()},
           {"year", f.year > 0 ? Json(f.year) : Json(nullptr)},
           {"source", f.source.toStdString()},
           {"source_detail", f.sourceDetail.toStdString()},
           {"uncertainty_gsd", f.uncertaintyGsd > 0 ? Json(f.uncertaintyGsd) : Json(nullptr)},
           {"notes", f.notesEn.toStdString()},
           {"notes_zh", f.notesZh.toStdString()},
           {"component_class",
            f.componentClass.isEmpty() ? Json(nullptr) : Json(f.componentClass.toStdString())},
           {"dataset_version", f.datasetVersion.toStdString()},
           {"user_defined", f.userDefined}};
    const std::array<int, 5> scores = f.pedigree.toArray();
    o["pedigree"] = f.pedigree.isScored() ? Json(scores) : Json(nullptr);
    o["quality_note"] = f.qualityNoteEn.toStdString();
    o["quality_note_zh"] = f.qualityNoteZh.toStdString();
    o["gsd"] = f.gsd(); // basic uncertainty and scores together; 1: no spread
    auto textOrNull
            = [](const QString &t) { return t.isEmpty() ? Json(nullptr) : Json(t.toStdString()); };
    o["grid_basis"] = textOrNull(f.gridBasis);
    o["grid_method"] = textOrNull(f.gridMethod);
    o["grid_scope"] = textOrNull(f.gridScope);
    return o;
}

// A factor's value by the number policy and its unit, with every digit after them when those
// differ: "9.12 kgCO2e/kg (9.11590131)", "2.15 kgCO2e/kg".
QString value(double v, const QString &unit)
{
    const QString shown = TextColumns::quantity(v) + u' ' + unit;
    if (NumberText::parse(TextColumns::quantity(v), QLocale::c()) == v)
        return shown;
    return shown + QStringLiteral(" (") + QString::number(v, 'g', 12) + u')';
}

// The language of the messages, "zh" or "en": that of the first of the locale's languages with
// a catalogue, as main.cpp loads it (LANGUAGE=zh_CN, LC_ALL=zh_CN.UTF-8).
QString messageLanguage()
{
    for (const QString &name : QLocale().uiLanguages()) {
        if (name.startsWith(u"zh"))
            return QStringLiteral("zh");
        if (name.startsWith(u"en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

class FactorsCommand
{
    Q_DECLARE_TR_FUNCTIONS(FactorsCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
                tr("Emission factors: search, show, import into and export the user layer."));
        parser.addPositionalArgument(QStringLiteral("ACTION"),
                                     tr("search QUERY | show ID | import CSV | export CSV"));
        parser.addPositionalArgument(QStringLiteral("ARGUMENT"),
                                     tr("The query, factor id or CSV file."));
        parser.addOption(CommandSupport::jsonOption());
        parser.addOption(CommandSupport::dbOption());
        parser.addOption(CommandSupport::userDbOption());
        const QCommandLineOption limit(QStringLiteral("limit"),
                                       tr("At most N search results (default 50)."),
                                       QStringLiteral("N"), QStringLiteral("50"));
        parser.addOption(limit);
        int code = ExitOk;
        if (!CommandSupport::parse(parser, arguments, io, 2, -1, &code))
            return code;
        const QStringList args = parser.positionalArguments();
        const QString action = args.at(0);
        if (action != QLatin1String("search") && action != QLatin1String("show")
            && action != QLatin1String("import") && action != QLatin1String("export")) {
            io.err << tr("carbonlabel-cli factors: unknown action \"%1\"; expected search, show, "
                         "import or export")
                              .arg(action)
                   << '\n';
            return ExitBadInput;
        }
        bool limitOk = false;
        const int max = parser.value(limit).toInt(&limitOk);
        if (!limitOk || max <= 0) {
            io.err << tr("carbonlabel-cli factors: --limit expects a positive whole number, found "
                         "\"%1\"")
                              .arg(parser.value(limit))
                   << '\n';
            return ExitBadInput;
        }
        const auto db = CommandSupport::openDatabase(parser, io);
        if (!db)
            return ExitBadInput;
        const bool json = parser.isSet(QStringLiteral("json"));
        // A search may be several words; an id or a file is one argument, so that
        // "import a.csv b.csv" is refused rather than read as a file named "a.csv b.csv".
        if (action != QLatin1String("search") && args.size() > 2) {
            io.err << tr("carbonlabel-cli factors %1: expected one argument, found %2")
                              .arg(action)
                              .arg(args.size() - 1)
                   << '\n';
            return ExitBadInput;
        }
        const QString argument = args.mid(1).join(QLatin1Char(' '));

        if (action == QLatin1String("search")) {
            const QList<Factor> found = db->search(argument, max);
            if (json) {
                Json a = Json::array();
                for (const Factor &f : found)
                    a.push_back(factorJson(f));
                CommandSupport::printJson(io, a);
            } else {
                for (const Factor &f : found) {
                    io.out << TextColumns::pad(f.id, -44) << QStringLiteral("  ")
                           << TextColumns::pad(TextColumns::quantity(f.value), 12) << ' '
                           << TextColumns::pad(f.unit, -14) << QStringLiteral("  ") << f.nameEn
                           << QStringLiteral(" / ") << f.nameZh << '\n';
                }
                if (found.isEmpty())
                    io.err << tr("No factor matches \"%1\".").arg(argument) << '\n';
            }
            return ExitOk;
        }
        if (action == QLatin1String("show")) {
            const auto f = db->factor(argument);
            if (!f) {
                io.err << tr("carbonlabel-cli factors show: unknown factor id \"%1\"").arg(argument)
                       << '\n';
                return ExitBadInput;
            }
            if (json) {
                CommandSupport::printJson(io, factorJson(*f));
                return ExitOk;
            }
            const QList<std::pair<QString, QString>> rows{
                    {tr("id"), f->id},
                    {tr("category"), f->category},
                    {tr("name (en)"), f->nameEn},
                    {tr("name (zh)"), f->nameZh},
                    {tr("value"), value(f->value, f->unit)},
                    {tr("region"), f->region},
                    {tr("year", "the year a factor's value refers to"),
                     f->year > 0 ? QString::number(f->year) : QString()},
                    {tr("source"), f->source},
                    {tr("source detail"), f->sourceDetail},
                    {tr("uncertainty (GSD)"),
                     f->uncertaintyGsd > 0 ? QString::number(f->uncertaintyGsd) : tr("not given")},
                    {tr("data quality"),
                     f->pedigree.isScored() ? tr("%1, GSD %2 (reliability; completeness; temporal; "
                                                 "geographical; technological)")
                                                      .arg(FactorCsv::formatPedigree(f->pedigree))
                                                      .arg(QString::number(f->gsd(), 'f', 3))
                                            : tr("not scored")},
                    {tr("why"), f->qualityNote(messageLanguage())},
                    {tr("notes"), f->notes(messageLanguage())},
                    {tr("component"),
                     f->componentClass.isEmpty() ? tr("none (set on the materials line)")
                                                 : ComponentClass::translated(f->componentClass)},
                    {tr("dataset"), f->userDefined ? tr("user layer") : f->datasetVersion}};
            for (const auto &[key, value] : rows)
                io.out << TextColumns::pad(key + QLatin1Char(':'), -20) << ' ' << value << '\n';
            if (f->unit.contains(QLatin1String("CO2/")))
                io.out << tr(
                        "This factor counts CO2 only; other greenhouse gases are not included.")
                       << '\n';
            return ExitOk;
        }
        if (action == QLatin1String("import")) {
            const FactorDatabase::ImportResult result = db->importUserCsv(argument);
            if (!result.errors.isEmpty()) {
                for (const QString &e : result.errors)
                    io.err << e << '\n';
                io.err << tr("Nothing was imported.") << '\n';
                return ExitBadInput;
            }
            io.out << tr("Imported %n factor(s) into the user layer.", nullptr, result.imported)
                   << '\n';
            return ExitOk;
        }
        // export
        QString error;
        if (!SaveFile::write(argument, db->exportUserCsv(), &error)) {
            io.err << error << '\n';
            return ExitBadInput;
        }
        io.out << tr("Exported %n user factor(s) to %1.", nullptr,
                     static_cast<int>(db->userFactors().size()))
                          .arg(argument)
               << '\n';
        return ExitOk;
    }
};

} // namespace

int runFactorsCommand(const QStringList &arguments, CommandIo &io)
{
    return FactorsCommand::run(arguments, io);
}

} // namespace carbonlabel
