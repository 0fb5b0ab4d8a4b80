#pragma once

#include <QStringList>
#include <QTextStream>

namespace carbonlabel {

// Exit codes of carbonlabel-cli (docs/cli.md).
enum ExitCode {
    ExitOk = 0,
    ExitUnexpected = 1, // a bug or an environment failure we did not foresee
    ExitBadInput = 2, // bad input or bad usage; the message names the file and place
};

// One sub-command of carbonlabel-cli. `arguments` starts with the sub-command's name, so it can
// be handed to QCommandLineParser::process-style parsing directly. Output goes to `out`, messages
// to `err`; nothing here may throw.
struct CommandIo
{
    QTextStream &out;
    QTextStream &err;
};

using CommandFunction = int (*)(const QStringList &arguments, CommandIo &io);

struct CommandInfo
{
    const char *name;
    const char *summary; // translated through QCoreApplication::translate("Commands", summary)
    CommandFunction run;
    bool needsGui; // draws with QPainter: needs a QGuiApplication (offscreen is fine)
};

} // namespace carbonlabel
