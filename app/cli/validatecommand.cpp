#include "app/cli/validatecommand.h"

#include "app/cli/commandpreamble.h"
#include "core/evaluation/profileevaluator.h"

namespace carbonlabel {

namespace {

class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        CommandPreamble preamble(io,
                                 tr("Check a profile against the format and the factor database."));
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;
        const FactorDatabase *db = preamble.database();
        if (!db)
            return ExitBadInput;
        const QString file = preamble.file();
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
