#include "app/cli/commandsupport.h"

#include <cmath>

namespace carbonlabel {

bool CommandSupport::parse(QCommandLineParser &parser, const QStringList &arguments, CommandIo &io,
                           int minPositional, int maxPositional, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QString command = arguments.value(0);
    if (!parser.parse(arguments)) {
        io.err << QStringLiteral("carbonlabel-cli %1: %2\n").arg(command, parser.errorText());
        io.err << parser.helpText();
        *exitCode = ExitBadInput;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                            QStringLiteral("carbonlabel-cli"));
        *exitCode = ExitOk;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        io.err << QStringLiteral("carbonlabel-cli %1: %2\n")
                          .arg(command,
                               n < minPositional ? tr("missing argument")
                                                 : tr("too many arguments"));
        io.err << parser.helpText();
        *exitCode = ExitBadInput;
        return false;
    }
    return true;
}

QCommandLineOption CommandSupport::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              tr("Use the factor database FILE instead of the shipped one."),
                              tr("FILE"));
}

QCommandLineOption CommandSupport::userDbOption()
{
    return QCommandLineOption(
            QStringLiteral("user-db"),
            tr("Use FILE as the user factor layer instead of the one in the user's data folder."),
            tr("FILE"));
}

QCommandLineOption CommandSupport::outputOption(const QString &description,
                                                const QString &valueName)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, description,
                              valueName);
}

QCommandLineOption CommandSupport::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON."));
}

std::unique_ptr<FactorDatabase> CommandSupport::openDatabase(const QCommandLineParser &parser,
                                                             CommandIo &io)
{
    const QString shipped = parser.isSet(QStringLiteral("db"))
            ? parser.value(QStringLiteral("db"))
            : FactorDatabase::defaultShippedPath();
    const QString user = parser.isSet(QStringLiteral("user-db"))
            ? parser.value(QStringLiteral("user-db"))
            : FactorDatabase::defaultUserPath();
    auto db = std::make_unique<FactorDatabase>();
    if (!db->open(shipped, user)) {
        io.err << QStringLiteral("carbonlabel-cli: %1\n").arg(db->errorString());
        return nullptr;
    }
    return db;
}

void CommandSupport::printJson(CommandIo &io, const Json &json)
{
    io.out << QString::fromStdString(json.dump(2)) << '\n';
}

std::optional<Evaluation>
CommandSupport::evaluateProfile(const QString &file, const FactorDatabase &database, CommandIo &io)
{
    Evaluation e = ProfileEvaluator::evaluateFile(file, database);
    if (!e.ok()) {
        printErrors(io, file, e.diagnostics);
        return std::nullopt;
    }
    return e;
}

void CommandSupport::printErrors(CommandIo &io, const QString &file, const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            io.err << file << QStringLiteral(": ") << d.toString() << '\n';
    }
}

void CommandSupport::printWarnings(QTextStream &out, const Diagnostics &diagnostics)
{
    bool first = true;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            continue;
        if (first)
            out << '\n' << tr("Warnings:") << '\n';
        first = false;
        out << QStringLiteral("  ") << d.toString() << '\n';
    }
}

void CommandSupport::printProduct(QTextStream &out, const Profile &profile)
{
    QStringList names;
    for (const QString &n : {profile.product.name.en, profile.product.name.zh}) {
        if (!n.isEmpty())
            names << n;
    }
    out << names.join(QStringLiteral(" / ")) << QStringLiteral("  (") << profile.product.id
        << ")\n";
}

QString CommandSupport::kg(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return QString::number(value, 'f', value != 0.0 && std::abs(value) < 0.01 ? 6 : 3);
}

QString CommandSupport::percent(double share)
{
    if (!std::isfinite(share))
        return QStringLiteral("–");
    return QString::number(100.0 * share, 'f', 1) + QStringLiteral(" %");
}

} // namespace carbonlabel
