#include "app/cli/importbomcommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "core/evaluation/bomimporter.h"
#include "core/profile/profilewriter.h"

#include <cmath>

namespace carbonlabel {

namespace {

class ImportBomCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportBomCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        CommandPreamble preamble(
                io,
                tr("Turn a bill of materials (CSV: part_en, part_zh, factor, quantity, unit) "
                   "into a profile skeleton."));
        preamble.setFile(QStringLiteral("CSV"), tr("The bill of materials."));
        const QCommandLineOption out = CommandSupport::outputOption(
                tr("Write the profile to FILE instead of standard output."), tr("FILE"));
        const QCommandLineOption id(QStringLiteral("id"),
                                    tr("The product id (default: from the file name)."), tr("ID"));
        const QCommandLineOption nameEn(QStringLiteral("name-en"),
                                        tr("The product's English name."), tr("NAME"));
        const QCommandLineOption nameZh(QStringLiteral("name-zh"),
                                        tr("The product's Chinese name."), tr("NAME"));
        const QCommandLineOption lifetime(QStringLiteral("lifetime"),
                                          tr("The product's lifetime in years (default: 1, as a "
                                             "placeholder, with a warning)."),
                                          tr("YEARS"));
        const QCommandLineOption mass(QStringLiteral("mass"), tr("The product's mass in kg."),
                                      tr("KG"));
        QCommandLineParser &parser = preamble.parser();
        parser.addOptions({out, id, nameEn, nameZh, lifetime, mass});
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;

        BomImportOptions options;
        options.productId = parser.value(id);
        options.productName.en = parser.value(nameEn);
        options.productName.zh = parser.value(nameZh);
        for (const auto &[option, target] :
             {std::pair{&lifetime, &options.lifetimeYears}, std::pair{&mass, &options.massKg}}) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            const double v = parser.value(*option).toDouble(&ok);
            if (!ok || !std::isfinite(v) || !(v > 0.0)) {
                return preamble.fail(QStringLiteral("--%1: %2")
                                             .arg(option->names().constFirst(),
                                                  tr("must be a number greater than zero")));
            }
            *target = v;
        }
        const FactorDatabase *db = preamble.database();
        if (!db)
            return ExitBadInput;
        const QString file = preamble.file();
        const BomImporter::Result r = BomImporter::importFile(file, *db, options);
        for (const Diagnostic &d : r.diagnostics)
            io.err << file << QStringLiteral(": ") << d.toString() << '\n';
        if (!r.ok())
            return ExitBadInput;
        if (parser.isSet(out)) {
            QString error;
            if (!ProfileWriter::writeFile(parser.value(out), *r.profile, db, &error))
                return preamble.fail(error);
        } else {
            io.out << QString::fromUtf8(ProfileWriter::write(*r.profile, db));
        }
        return ExitOk;
    }
};

} // namespace

int runImportBomCommand(const QStringList &arguments, CommandIo &io)
{
    return ImportBomCommand::run(arguments, io);
}

} // namespace carbonlabel
