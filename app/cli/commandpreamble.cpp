#include "app/cli/commandpreamble.h"

#include "app/cli/commandsupport.h"

#include <cmath>

namespace carbonlabel {

CommandPreamble::CommandPreamble(CommandIo &io, const QString &description, Output output)
    : m_io(io)
    , m_format(output)
    , m_fileDescription(tr("The profile (.clprofile.json)."))
{
    m_parser.setApplicationDescription(description);
}

void CommandPreamble::setFile(const QString &name, const QString &description)
{
    m_fileName = name;
    m_fileDescription = description;
}

void CommandPreamble::requireOutput(const QString &description, const QString &valueName,
                                    const QString &missing)
{
    m_output = CommandSupport::outputOption(description, valueName);
    m_outputMissing = missing;
    m_parser.addOption(*m_output);
}

bool CommandPreamble::parse(const QStringList &arguments, int *exitCode)
{
    m_command = arguments.value(0);
    const int files = m_fileName.isEmpty() ? 0 : 1;
    if (files)
        m_parser.addPositionalArgument(m_fileName, m_fileDescription);
    if (m_format == TextOrJson)
        m_parser.addOption(CommandSupport::jsonOption());
    m_parser.addOption(CommandSupport::dbOption());
    m_parser.addOption(CommandSupport::userDbOption());
    if (!CommandSupport::parse(m_parser, arguments, m_io, files, files, exitCode))
        return false;
    if (m_output && output().isEmpty()) {
        *exitCode = fail(m_outputMissing);
        return false;
    }
    return true;
}

QString CommandPreamble::output() const
{
    return m_output ? m_parser.value(*m_output) : QString();
}

template<typename Number, typename Read>
bool CommandPreamble::checked(const QCommandLineOption &option, const QString &message,
                              Number *value, Read read) const
{
    const QString text = m_parser.value(option).trimmed();
    const std::optional<Number> number = read(text);
    if (!number) {
        fail(message.arg(text));
        return false;
    }
    *value = *number;
    return true;
}

bool CommandPreamble::wholeNumber(const QCommandLineOption &option, int min, int max,
                                  const QString &message, int *value) const
{
    return checked(option, message, value, [min, max](const QString &text) -> std::optional<int> {
        bool ok = false;
        const int v = text.toInt(&ok);
        return ok && v >= min && v <= max ? std::optional(v) : std::nullopt;
    });
}

bool CommandPreamble::number(const QCommandLineOption &option, bool (*accepts)(double),
                             const QString &message, double *value) const
{
    return checked(option, message, value, [accepts](const QString &text) -> std::optional<double> {
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok && std::isfinite(v) && accepts(v) ? std::optional(v) : std::nullopt;
    });
}

QString CommandPreamble::file() const
{
    return m_parser.positionalArguments().value(0);
}

bool CommandPreamble::json() const
{
    return m_format == TextOrJson && m_parser.isSet(QStringLiteral("json"));
}

const FactorDatabase *CommandPreamble::database()
{
    if (!m_database)
        m_database = CommandSupport::openDatabase(m_parser, m_io);
    return m_database.get();
}

std::optional<Evaluation> CommandPreamble::evaluate()
{
    const FactorDatabase *db = database();
    if (!db)
        return std::nullopt;
    return CommandSupport::evaluateProfile(file(), *db, m_io);
}

int CommandPreamble::fail(const QString &message, int code) const
{
    m_io.err << QStringLiteral("carbonlabel-cli %1: ").arg(m_command) << message << '\n';
    return code;
}

} // namespace carbonlabel
