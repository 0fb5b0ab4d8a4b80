#include "app/cli/commandpreamble.h"

#include "app/cli/commandsupport.h"

namespace carbonlabel {

CommandPreamble::CommandPreamble(CommandIo &io, const QString &description, Output output)
    : m_io(io)
    , m_output(output)
    , m_fileDescription(tr("The profile (.clprofile.json)."))
{
    m_parser.setApplicationDescription(description);
}

void CommandPreamble::setFile(const QString &name, const QString &description)
{
    m_fileName = name;
    m_fileDescription = description;
}

bool CommandPreamble::parse(const QStringList &arguments, int *exitCode)
{
    m_command = arguments.value(0);
    m_parser.addPositionalArgument(m_fileName, m_fileDescription);
    if (m_output == TextOrJson)
        m_parser.addOption(CommandSupport::jsonOption());
    m_parser.addOption(CommandSupport::dbOption());
    m_parser.addOption(CommandSupport::userDbOption());
    return CommandSupport::parse(m_parser, arguments, m_io, 1, 1, exitCode);
}

QString CommandPreamble::file() const
{
    return m_parser.positionalArguments().value(0);
}

bool CommandPreamble::json() const
{
    return m_output == TextOrJson && m_parser.isSet(QStringLiteral("json"));
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
