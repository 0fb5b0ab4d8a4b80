#include "app/cli/labelcommand.h"

#include "app/cli/commandsupport.h"
#include "app/cli/labelcommandoptions.h"
#include "core/base/savefile.h"
#include "core/evaluation/profileevaluator.h"
#include "core/render/labelrenderer.h"

namespace carbonlabel {

namespace {

class LabelCommand
{
    Q_DECLARE_TR_FUNCTIONS(LabelCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr(
                "Print a profile's carbon label (badge), product sheet or refresh report as PDF."));
        parser.addPositionalArgument(QStringLiteral("PROFILE"),
                                     tr("The profile (.clprofile.json)."));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("Write the PDF to FILE."), tr("FILE"));
        parser.addOption(output);
        LabelCommandOptions::add(parser, true);
        parser.addOption(CommandSupport::dbOption());
        parser.addOption(CommandSupport::userDbOption());
        int code = ExitOk;
        if (!CommandSupport::parse(parser, arguments, io, 1, 1, &code))
            return code;
        const QString command = QStringLiteral("carbonlabel-cli label: ");
        if (!parser.isSet(output) || parser.value(output).isEmpty()) {
            io.err << command << tr("missing -o OUT.pdf") << '\n';
            return ExitBadInput;
        }
        QString error;
        const std::optional<LabelOptions> options = LabelCommandOptions::read(parser, &error);
        if (!options) {
            io.err << command << error << '\n';
            return ExitBadInput;
        }
        const auto db = CommandSupport::openDatabase(parser, io);
        if (!db)
            return ExitBadInput;

        const QString file = parser.positionalArguments().constFirst();
        const auto loaded = CommandSupport::evaluateProfile(file, *db, io);
        if (!loaded)
            return ExitBadInput;
        const Evaluation &evaluation = *loaded;
        const QByteArray pdf = LabelRenderer::render(evaluation, *options, &error);
        if (pdf.isEmpty()) {
            // Options and profile were checked above: what is left is the installation.
            io.err << command << error << '\n';
            return ExitUnexpected;
        }
        const QString outFile = parser.value(output);
        if (!SaveFile::write(outFile, pdf, &error)) {
            io.err << command << error << '\n';
            return ExitBadInput;
        }
        io.out << tr("Wrote %1").arg(outFile) << '\n';
        return ExitOk;
    }
};

} // namespace

int runLabelCommand(const QStringList &arguments, CommandIo &io)
{
    return LabelCommand::run(arguments, io);
}

} // namespace carbonlabel
