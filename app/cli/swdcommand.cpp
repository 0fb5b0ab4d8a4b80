#include "app/cli/swdcommand.h"

#include "app/cli/textcolumns.h"
#include "lca/swdmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <optional>
#include <string>

namespace carbonlabel {

namespace {

using lca::SwdErrorKind;
using lca::SwdField;
using lca::SwdOptions;

// The optional numbers of a case. The same names serve as command-line options (with "--")
// and as keys of a --cases line, so one table keeps the two spellings from drifting apart.
struct NumberOption
{
    const char *name;
    SwdField field;
    std::optional<double> SwdOptions::*member;
    const char *description; // the option's help, translated in the SwdCommand context
};

constexpr NumberOption kNumberOptions[] = {
        {"green-hosting-factor", SwdField::GreenHostingFactor, &SwdOptions::greenHostingFactor,
         QT_TRANSLATE_NOOP("SwdCommand",
                           "swd-v4: share 0..1 of the data centre's operational emissions that is "
                           "green.")},
        {"grid-datacenter", SwdField::GridDataCenter, &SwdOptions::gridDataCenter,
         QT_TRANSLATE_NOOP("SwdCommand", "Data-centre grid intensity, gCO2e/kWh.")},
        {"grid-network", SwdField::GridNetwork, &SwdOptions::gridNetwork,
         QT_TRANSLATE_NOOP("SwdCommand", "Network grid intensity, gCO2e/kWh.")},
        {"grid-device", SwdField::GridDevice, &SwdOptions::gridDevice,
         QT_TRANSLATE_NOOP("SwdCommand", "User-device grid intensity, gCO2e/kWh.")},
        {"first-visit-share", SwdField::FirstVisitShare, &SwdOptions::firstVisitShare,
         QT_TRANSLATE_NOOP("SwdCommand", "Per visit: share 0..1 of first visits (v3 0.75, v4 1).")},
        {"return-visit-share", SwdField::ReturnVisitShare, &SwdOptions::returnVisitShare,
         QT_TRANSLATE_NOOP("SwdCommand",
                           "Per visit: share 0..1 of return visits (v3 0.25, v4 0).")},
        {"data-reload-ratio", SwdField::DataReloadRatio, &SwdOptions::dataReloadRatio,
         QT_TRANSLATE_NOOP("SwdCommand",
                           "Per visit: share 0..1 of the data reloaded on a return visit (v3 "
                           "0.02, v4 0).")},
};

struct SwdCase
{
    double bytes = 0.0;
    SwdOptions options;
};

// A case read from the command line or from a --cases line, or the first problem found.
struct CaseOrError
{
    std::optional<SwdCase> value;
    QString error;
};

// A line of output: the result object, or the reason there is none.
struct ResultOrError
{
    std::optional<nlohmann::ordered_json> value;
    QString error;
};

class SwdCommand
{
    Q_DECLARE_TR_FUNCTIONS(SwdCommand)

public:
    explicit SwdCommand(CommandIo &io)
        : m_io(io)
        , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
        , m_bytes(QStringLiteral("bytes"), tr("Bytes transferred (1 GB = 10^9 bytes)."),
                  QStringLiteral("N"))
        , m_model(QStringLiteral("model"), tr("swd-v4 (default) or swd-v3."),
                  QStringLiteral("MODEL"))
        , m_green(QStringLiteral("green"), tr("The host is verified green."))
        , m_perVisit(QStringLiteral("per-visit"),
                     tr("Per page visit, with the visit ratios (default: per byte)."))
        , m_json(QStringLiteral("json"),
                 tr("Print JSON with the keys of CO2.js's segmented "
                    "result, in grams CO2e."))
        , m_cases(QStringLiteral("cases"),
                  tr("Evaluate many cases (needs --json): FILE, or - for standard input, holds "
                     "one JSON object per line with the keys bytes, model, green, per-visit and "
                     "those of the options above without their dashes (e.g. "
                     "{\"bytes\": 1e6, \"model\": \"swd-v3\", \"grid-network\": 300}). Prints "
                     "one JSON line per case, {\"error\": ...} for a bad one (exit 2)."),
                  QStringLiteral("FILE"))
    { }

    int run(const QStringList &arguments);

private:
    QString describe(const lca::SwdError &error, const QString &prefix) const;
    std::optional<double> parseNumber(const QString &text) const;
    CaseOrError caseFromParser(const QCommandLineParser &parser) const;
    CaseOrError caseFromJson(const nlohmann::json &object) const;
    ResultOrError evaluate(const SwdCase &c) const;
    int runCases(const QString &path);
    void printTable(const SwdCase &c, const nlohmann::ordered_json &result);
    int fail(const QString &message);

    CommandIo &m_io;
    QCommandLineOption m_help;
    QCommandLineOption m_bytes;
    QCommandLineOption m_model;
    QCommandLineOption m_green;
    QCommandLineOption m_perVisit;
    QCommandLineOption m_json;
    QCommandLineOption m_cases;
};

std::string dumpLine(const nlohmann::ordered_json &value, int indent)
{
    // replace: never throw on text we did not write ourselves (e.g. a key from --cases).
    return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `prefix` is "--" on the command line and "" in a --cases line, so messages name the option
// exactly as the user wrote it.
QString SwdCommand::describe(const lca::SwdError &error, const QString &prefix) const
{
    QString name = prefix + QStringLiteral("bytes");
    for (const NumberOption &o : kNumberOptions) {
        if (o.field == error.field)
            name = prefix + QLatin1String(o.name);
    }
    switch (error.kind) {
    case SwdErrorKind::NotFinite:
        return tr("%1 must be a finite number").arg(name);
    case SwdErrorKind::Negative:
        return tr("%1 must not be negative").arg(name);
    case SwdErrorKind::OutsideUnitInterval:
        return tr("%1 must be between 0 and 1").arg(name);
    case SwdErrorKind::NotApplicable:
        if (error.field == SwdField::GreenHostingFactor)
            return tr("%1 applies only to the swd-v4 model").arg(name);
        return tr("%1 applies only with %2").arg(name, prefix + QStringLiteral("per-visit"));
    }
    return QString::fromStdString(error.message);
}

std::optional<double> SwdCommand::parseNumber(const QString &text) const
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator); // "1,000" is a typo, not a thousand
    bool ok = false;
    const double value = c.toDouble(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

CaseOrError SwdCommand::caseFromParser(const QCommandLineParser &parser) const
{
    SwdCase c;
    if (!parser.isSet(m_bytes))
        return {std::nullopt, tr("--bytes is required")};
    const QString bytesText = parser.value(m_bytes);
    const std::optional<double> bytes = parseNumber(bytesText);
    if (!bytes)
        return {std::nullopt, tr("--bytes: \"%1\" is not a number").arg(bytesText)};
    c.bytes = *bytes;
    if (parser.isSet(m_model)) {
        const QString name = parser.value(m_model);
        const auto version = lca::SwdModel::parseVersion(name.toStdString());
        if (!version) {
            return {std::nullopt,
                    tr("--model: unknown model \"%1\" (expected swd-v4 or swd-v3)").arg(name)};
        }
        c.options.version = *version;
    }
    c.options.green = parser.isSet(m_green);
    c.options.perVisit = parser.isSet(m_perVisit);
    for (const NumberOption &o : kNumberOptions) {
        const QString name = QLatin1String(o.name);
        if (!parser.isSet(name))
            continue;
        const QString text = parser.value(name);
        const std::optional<double> value = parseNumber(text);
        if (!value)
            return {std::nullopt, tr("--%1: \"%2\" is not a number").arg(name, text)};
        c.options.*o.member = *value;
    }
    if (auto error = lca::SwdModel::validate(c.bytes, c.options, c.options.perVisit))
        return {std::nullopt, describe(*error, QStringLiteral("--"))};
    return {c, {}};
}

CaseOrError SwdCommand::caseFromJson(const nlohmann::json &object) const
{
    if (!object.is_object())
        return {std::nullopt, tr("not a JSON object")};
    SwdCase c;
    bool haveBytes = false;
    for (const auto &[key, value] : object.items()) {
        const QString name = QString::fromStdString(key);
        if (key == "bytes") {
            if (!value.is_number())
                return {std::nullopt, tr("bytes must be a number")};
            c.bytes = value.get<double>();
            haveBytes = true;
        } else if (key == "model") {
            const auto version = value.is_string()
                    ? lca::SwdModel::parseVersion(value.get_ref<const std::string &>())
                    : std::nullopt;
            if (!version)
                return {std::nullopt, tr("model must be \"swd-v4\" or \"swd-v3\"")};
            c.options.version = *version;
        } else if (key == "green" || key == "per-visit") {
            if (!value.is_boolean())
                return {std::nullopt, tr("%1 must be true or false").arg(name)};
            (key == "green" ? c.options.green : c.options.perVisit) = value.get<bool>();
        } else {
            const NumberOption *option = nullptr;
            for (const NumberOption &o : kNumberOptions) {
                if (key == o.name)
                    option = &o;
            }
            if (!option)
                return {std::nullopt, tr("unknown key \"%1\"").arg(name)};
            if (!value.is_number())
                return {std::nullopt, tr("%1 must be a number").arg(name)};
            c.options.*option->member = value.get<double>();
        }
    }
    if (!haveBytes)
        return {std::nullopt, tr("bytes is required")};
    if (auto error = lca::SwdModel::validate(c.bytes, c.options, c.options.perVisit))
        return {std::nullopt, describe(*error, QString())};
    return {c, {}};
}

ResultOrError SwdCommand::evaluate(const SwdCase &c) const
{
    const lca::SwdOutcome outcome = lca::SwdModel::estimate(c.bytes, c.options);
    if (!outcome)
        return {std::nullopt, describe(*outcome.error, QStringLiteral("--"))};
    nlohmann::ordered_json result = nlohmann::ordered_json::object();
    for (const lca::SwdSegment &segment : outcome.result->segments())
        result[std::string(segment.key)] = segment.grams;
    return {std::move(result), {}};
}

int SwdCommand::fail(const QString &message)
{
    m_io.err << "swd: " << message << Qt::endl;
    return ExitBadInput;
}

void SwdCommand::printTable(const SwdCase &c, const nlohmann::ordered_json &result)
{
    const QString mode = c.options.perVisit ? tr("per visit") : tr("per byte");
    m_io.out << tr("Sustainable Web Design (%1, %2), %3 bytes, as CO2.js 0.19.0")
                        .arg(QString::fromUtf8(lca::SwdModel::versionName(c.options.version)), mode,
                             QString::number(c.bytes, 'g', 17))
             << '\n';
    int width = TextColumns::width(tr("Segment"));
    for (const auto &[key, value] : result.items())
        width = std::max(width, TextColumns::width(QString::fromStdString(key)));
    m_io.out << TextColumns::pad(tr("Segment"), -(width + 2)) << tr("g CO2e") << '\n';
    for (const auto &[key, value] : result.items()) {
        m_io.out << TextColumns::pad(QString::fromStdString(key), -(width + 2))
                 << QString::number(value.get<double>(), 'g', 6) << '\n';
    }
    const bool greenShare = c.options.green || c.options.greenHostingFactor.value_or(0.0) > 0.0;
    if (c.options.version == lca::SwdVersion::V4 && greenShare) {
        m_io.out << tr("Green hosting lowers the total only; as in CO2.js, the data-centre "
                       "segments above are shown without it.")
                 << '\n';
    }
    m_io.out.flush();
}

int SwdCommand::runCases(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path == QStringLiteral("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(tr("--cases: cannot open %1: %2").arg(path, file.errorString()));
    int lineNumber = 0;
    int failed = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const nlohmann::json object
                = nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        ResultOrError result;
        if (object.is_discarded()) {
            result.error = tr("not valid JSON");
        } else {
            const CaseOrError c = caseFromJson(object);
            result = c.value ? evaluate(*c.value) : ResultOrError{std::nullopt, c.error};
        }
        if (!result.value) {
            ++failed;
            m_io.err << "swd: " << path << ':' << lineNumber << ": " << result.error << '\n';
            result.value = nlohmann::ordered_json{{"error", result.error.toStdString()}};
        }
        m_io.out << QString::fromStdString(dumpLine(*result.value, -1)) << '\n';
    }
    m_io.out.flush();
    m_io.err.flush();
    return failed ? ExitBadInput : ExitOk;
}

int SwdCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Sustainable Web Design estimate for a data transfer, in grams CO2e, identical "
               "segment by segment to CO2.js 0.19.0 (@tgwf/co2)."));
    parser.addOptions({m_help, m_bytes, m_model, m_green});
    for (const NumberOption &o : kNumberOptions) {
        if (o.field == SwdField::FirstVisitShare)
            parser.addOption(m_perVisit); // keep --per-visit beside its ratios
        parser.addOption(QCommandLineOption(
                QLatin1String(o.name), QCoreApplication::translate("SwdCommand", o.description),
                QStringLiteral("F")));
    }
    parser.addOptions({m_json, m_cases});

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(m_help)) {
        // Our own usage line: helpText()'s names the executable, not the sub-command.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        m_io.out << tr("Usage: carbonlabel-cli swd --bytes N [options] [--json]\n"
                       "       carbonlabel-cli swd --cases FILE --json")
                 << '\n'
                 << help;
        m_io.out.flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    if (parser.isSet(m_cases)) {
        for (const QString &name : parser.optionNames()) {
            if (name != QStringLiteral("cases") && name != QStringLiteral("json"))
                return fail(tr("--cases cannot be combined with --%1").arg(name));
        }
        if (!parser.isSet(m_json))
            return fail(tr("--cases needs --json"));
        return runCases(parser.value(m_cases));
    }

    const CaseOrError c = caseFromParser(parser);
    if (!c.value)
        return fail(c.error);
    const ResultOrError result = evaluate(*c.value);
    if (!result.value)
        return fail(result.error);
    if (parser.isSet(m_json)) {
        m_io.out << QString::fromStdString(dumpLine(*result.value, 2)) << '\n';
        m_io.out.flush();
    } else {
        printTable(*c.value, *result.value);
    }
    return ExitOk;
}

} // namespace

int runSwdCommand(const QStringList &arguments, CommandIo &io)
{
    // Nothing may escape into Qt's event code: anything unforeseen is exit 1 with a message.
    try {
        SwdCommand command(io);
        return command.run(arguments);
    } catch (const std::exception &e) {
        io.err << "swd: "
               << QCoreApplication::translate("SwdCommand", "unexpected error: %1")
                          .arg(QString::fromLocal8Bit(e.what()))
               << Qt::endl;
    } catch (...) {
        io.err << "swd: " << QCoreApplication::translate("SwdCommand", "unexpected error")
               << Qt::endl;
    }
    return ExitUnexpected;
}

} // namespace carbonlabel
