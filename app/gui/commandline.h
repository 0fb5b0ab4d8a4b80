#pragma once

#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

// The window's command line: `carbonlabel [PROFILE] [--lang en|zh_CN] [--no-recovery]`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString profile;
    QString language; // empty: as in the settings
    bool offerRecovery = true;

    // Exits with --help or --version (as QCommandLineParser does) and on bad usage.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace carbonlabel
