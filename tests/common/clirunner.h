#pragma once

// Running carbonlabel-cli from a test or a benchmark, as a user runs it (a process of the
// built executable) or in this process (the command function itself, for timing without a
// process start). Needs CARBONLABEL_BIN_DIR, which tests/CMakeLists.txt defines.

#include "app/cli/command.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace carbonlabel::test {

// What a run gave: the exit code (-1 when it did not finish in time, -2 when it crashed) and
// what it printed.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline constexpr int kCliTimeoutMs = 120000;

// carbonlabel-cli with `arguments`; with a `userDb`, --user-db FILE is added, so that a test
// never reads or writes the user's own factor layer.
inline CliRun runCli(const QStringList &arguments, const QString &userDb = {},
                     const QProcessEnvironment &environment
                     = QProcessEnvironment::systemEnvironment())
{
    QStringList all = arguments;
    if (!userDb.isEmpty())
        all << QStringLiteral("--user-db") << userDb;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CARBONLABEL_BIN_DIR "/carbonlabel-cli"), all);
    CliRun run;
    if (!process.waitForFinished(kCliTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// One command run in this process, `arguments` starting with its name ("batch", ...).
inline CliRun runCommand(CommandFunction command, const QStringList &arguments)
{
    QString out;
    QString err;
    CliRun run;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CommandIo io{outStream, errStream};
        run.exitCode = command(arguments, io);
    }
    run.out = out.toUtf8();
    run.err = err.toUtf8();
    return run;
}

} // namespace carbonlabel::test
