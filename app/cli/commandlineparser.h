#pragma once

#include "app/cli/command.h"

#include <QCoreApplication>

namespace carbonlabel {

// Picks the sub-command from the first argument and hands it the rest (docs/cli.md).
class CommandLineParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineParser)

public:
    // The command named in argv[1], or nullptr (no command, --help, --version or unknown).
    static const CommandInfo *commandFor(int argc, char **argv);
    static int run(const QStringList &arguments, CommandIo &io);

private:
    static QString usage();
};

} // namespace carbonlabel
