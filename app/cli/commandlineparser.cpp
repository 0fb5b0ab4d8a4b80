#include "commandlineparser.h"

#include "app/cli/commandregistry.h"
#include "app/cli/textcolumns.h"

#include <cstring>

namespace carbonlabel {

const CommandInfo *CommandLineParser::commandFor(int argc, char **argv)
{
    if (argc < 2)
        return nullptr;
    for (const CommandInfo &c : allCommands()) {
        if (std::strcmp(c.name, argv[1]) == 0)
            return &c;
    }
    return nullptr;
}

QString CommandLineParser::usage()
{
    QString text
            = tr("Usage: carbonlabel-cli COMMAND [OPTIONS] [ARGUMENTS]\n\n"
                 "Carbon footprints and carbon labels for ICT products and digital services.\n\n"
                 "Commands:\n");
    for (const CommandInfo &c : allCommands()) {
        text += TextColumns::row(
                {QString::fromLatin1(c.name), QCoreApplication::translate("Commands", c.summary)},
                {-12, 0});
    }
    text += tr("\nRun \"carbonlabel-cli COMMAND --help\" for a command's options.\n"
               "Exit status: 0 success, 2 bad input or usage, 1 unexpected error.\n");
    return text;
}

int CommandLineParser::run(const QStringList &arguments, CommandIo &io)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        io.err << usage();
        return ExitBadInput;
    }
    const QString name = rest.constFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        io.out << usage();
        return ExitOk;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        io.out << QStringLiteral("carbonlabel-cli %1\n")
                          .arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }
    for (const CommandInfo &c : allCommands()) {
        if (name == QLatin1String(c.name))
            return c.run(rest, io);
    }
    io.err << tr("carbonlabel-cli: unknown command \"%1\"").arg(name) << "\n\n" << usage();
    return ExitBadInput;
}

} // namespace carbonlabel
