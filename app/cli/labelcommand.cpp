#include "app/cli/labelcommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "app/cli/labelcommandoptions.h"
#include "core/base/savefile.h"
#include "core/evaluation/profileevaluator.h"
#include "core/render/labelfonts.h"
#include "core/render/labelrenderer.h"

namespace carbonlabel {

namespace {

class LabelCommand
{
    Q_DECLARE_TR_FUNCTIONS(LabelCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        CommandPreamble preamble(io,
                                 tr("Print a profile's carbon label (badge), product sheet or "
                                    "refresh report as PDF."));
        preamble.requireOutput(tr("Write the PDF to FILE."), tr("FILE"), tr("missing -o OUT.pdf"));
        QCommandLineParser &parser = preamble.parser();
        LabelCommandOptions::add(parser, true);
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;
        QString error;
        const std::optional<LabelOptions> options = LabelCommandOptions::read(parser, &error);
        if (!options)
            return preamble.fail(error);
        const auto loaded = preamble.evaluate();
        if (!loaded)
            return ExitBadInput;
        QStringList warnings;
        const QByteArray pdf = LabelRenderer::render(*loaded, *options, &error, &warnings);
        // Options and profile were checked above: what is left is the installation.
        if (pdf.isEmpty())
            return preamble.fail(error, ExitUnexpected);
        // A character the label font lacks prints as a box: the PDF is still written, and
        // the user told. ("warning: %1" is Diagnostic's message, as for a profile's warnings.)
        if (!LabelFonts::load().warning.isEmpty())
            warnings.prepend(LabelFonts::load().warning);
        for (const QString &warning : std::as_const(warnings))
            io.err << QStringLiteral("carbonlabel-cli label: ")
                   << QCoreApplication::translate("Diagnostic", "warning: %1").arg(warning) << '\n';
        const QString outFile = preamble.output();
        if (!SaveFile::write(outFile, pdf, &error))
            return preamble.fail(error);
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
