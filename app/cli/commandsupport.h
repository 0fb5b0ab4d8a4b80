#pragma once

#include "app/cli/command.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profile.h"

#include <QCommandLineParser>
#include <memory>

namespace carbonlabel {

// What every sub-command shares: option parsing that reports instead of exiting, opening the
// factor database named by --db (or the default one), and how tables print products and
// numbers. CommandPreamble puts these together for the commands that read one file.
class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)

public:
    // Adds --help; parses. On a bad option or missing positional arguments prints the message
    // and the usage to io.err and returns false; `exitCode` is then ExitBadInput (ExitOk after
    // --help).
    static bool parse(QCommandLineParser &parser, const QStringList &arguments, CommandIo &io,
                      int minPositional, int maxPositional, int *exitCode);

    static QCommandLineOption dbOption();
    static QCommandLineOption userDbOption();
    static QCommandLineOption jsonOption();
    // -o, --output VALUE: where a command writes, the same option in every command.
    static QCommandLineOption outputOption(const QString &description, const QString &valueName);

    // Opens the shipped database (--db or the default) and the user layer (--user-db or the
    // default); on failure prints why and returns nullptr.
    static std::unique_ptr<FactorDatabase> openDatabase(const QCommandLineParser &parser,
                                                        CommandIo &io);

    static void printJson(CommandIo &io, const Json &json);

    // Reads and computes FILE. On errors prints each as "FILE: PATH: message" to io.err and
    // returns nothing: the caller exits with ExitBadInput.
    static std::optional<Evaluation> evaluateProfile(const QString &file,
                                                     const FactorDatabase &database, CommandIo &io);
    static void printErrors(CommandIo &io, const QString &file, const Diagnostics &diagnostics);
    // The warnings under a "Warnings:" heading, or nothing when there are none.
    static void printWarnings(QTextStream &out, const Diagnostics &diagnostics);
    // The first line of a table: "English name / 中文名  (product-id)".
    static void printProduct(QTextStream &out, const Profile &profile);
    // kg CO2e in tables: three decimals, six below 0.01 so a small line is not shown as 0.
    static QString kg(double value);
    // A share (0..1) as "12.3 %"; "–" when not finite.
    static QString percent(double share);
};

} // namespace carbonlabel
