#pragma once

#include "app/cli/command.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace carbonlabel {

// How the commands that read one file start: their parser, with the file's positional
// argument, --json where the command prints JSON, --db, --user-db and --help; parsing that
// reports instead of exiting; the factor database; and the profile read and evaluated, its
// errors printed as "FILE: PATH: message". Each command adds its own options in between.
class CommandPreamble
{
    Q_DECLARE_TR_FUNCTIONS(CommandPreamble)

public:
    enum Output { TextOnly, TextOrJson };

    CommandPreamble(CommandIo &io, const QString &description, Output output = TextOnly);

    QCommandLineParser &parser() { return m_parser; }
    // The positional argument, PROFILE (a .clprofile.json) unless set here before parse().
    void setFile(const QString &name, const QString &description);

    // Adds the common options and parses; false (with `exitCode`) after a usage error or
    // --help, both already printed. The file argument is required, once.
    bool parse(const QStringList &arguments, int *exitCode);

    QString file() const;
    bool json() const;
    // The factor database, opened on the first call; nullptr after printing why it failed.
    const FactorDatabase *database();
    // The file read and computed; nothing after printing its errors (exit ExitBadInput) or
    // the database's failure.
    std::optional<Evaluation> evaluate();
    // Prints "carbonlabel-cli COMMAND: message" to the error stream and returns `code`.
    int fail(const QString &message, int code = ExitBadInput) const;

private:
    CommandIo &m_io;
    QCommandLineParser m_parser;
    Output m_output;
    QString m_command;
    QString m_fileName = QStringLiteral("PROFILE");
    QString m_fileDescription;
    std::unique_ptr<FactorDatabase> m_database;
};

} // namespace carbonlabel
