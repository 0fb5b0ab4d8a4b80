#include "app/cli/validatecommand.h"

#include "app/cli/commandsupport.h"
#include "core/evaluation/profileevaluator.h"

namespace carbonlabel {

namespace {

class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
                tr("Check a profile against the format and the factor database."));
        parser.addPositionalArgument(QStringLiteral("PROFILE"),
                                     tr("The profile (.clprofile.json)."));
        parser.addOption(CommandSupport::dbOption());
        parser.addOption(CommandSupport::userDbOption());
        int code = ExitOk;
        if (!CommandSupport::parse(parser, arguments, io, 1, 1, &code))
            return code;
        const auto db = CommandSupport::openDatabase(parser, io);
        if (!db)
            return ExitBadInput;
        const QString file = parser.positionalArguments().constFirst();
        const Evaluation e = ProfileEvaluator::evaluateFile(file, *db);
        for (const Diagnostic &d : e.diagnostics) {
            QTextStream &stream = d.isError() ? io.err : io.out;
            stream << file << QStringLiteral(": ") << d.toString() << '\n';
        }
        if (!e.ok())
            return ExitBadInput;
        io.out << tr("%1: valid").arg(file) << '\n';
        return ExitOk;
    }
};

} // namespace

int runValidateCommand(const QStringList &arguments, CommandIo &io)
{
    return ValidateCommand::run(arguments, io);
}

} // namespace carbonlabel
