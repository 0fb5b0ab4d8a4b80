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
    // For a command that reads no file: no positional argument at all.
    void setNoFile() { m_fileName.clear(); }

    // Adds -o, --output FILE (CommandSupport::outputOption) where it is called, as an option the
    // command cannot do without: parse() fails with `missing` when it is not given or empty.
    void requireOutput(const QString &description, const QString &valueName,
                       const QString &missing);

    // Adds the common options and parses; false (with `exitCode`) after a usage error or
    // --help, both already printed. The file argument is required, once.
    bool parse(const QStringList &arguments, int *exitCode);

    QString output() const;
    // Sets `value` to that of `option`, trimmed, as a whole number from `min` to `max`; false,
    // after printing `message` with the text found in place of its lowest %N, when it is not.
    bool wholeNumber(const QCommandLineOption &option, int min, int max, const QString &message,
                     int *value) const;
    // Likewise for a finite number that `accepts`.
    bool number(const QCommandLineOption &option, bool (*accepts)(double), const QString &message,
                double *value) const;

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
    // Sets `value` to read(the option's text, trimmed), or prints `message` with the text and
    // returns false when that gives nothing.
    template<typename Number, typename Read>
    bool checked(const QCommandLineOption &option, const QString &message, Number *value,
                 Read read) const;

    CommandIo &m_io;
    QCommandLineParser m_parser;
    Output m_format;
    QString m_command;
    QString m_fileName = QStringLiteral("PROFILE");
    QString m_fileDescription;
    std::optional<QCommandLineOption> m_output;
    QString m_outputMissing;
    std::unique_ptr<FactorDatabase> m_database;
};

} // namespace carbonlabel
