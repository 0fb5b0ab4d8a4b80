#include "core/document/setfieldcommand.h"

#include "core/profile/fieldnames.h"

namespace carbonlabel {

SetFieldCommand::SetFieldCommand(ProfileDocument *document, const QString &path,
                                 const ProfileDocument::FieldState &before,
                                 const ProfileDocument::FieldState &after, QUndoCommand *parent)
    : QUndoCommand(describe(path), parent)
    , m_document(document)
    , m_path(path)
    , m_before(before)
    , m_after(after)
    , m_generation(document->editingGeneration())
{ }

void SetFieldCommand::undo()
{
    m_document->applyFieldState(m_path, m_before);
}

void SetFieldCommand::redo()
{
    m_document->applyFieldState(m_path, m_after);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetFieldCommand *>(other);
    if (o->m_document != m_document || o->m_path != m_path || o->m_generation != m_generation)
        return false;
    m_after = o->m_after;
    return true;
}

QString SetFieldCommand::describe(const QString &path)
{
    return QCoreApplication::translate("carbonlabel::SetFieldCommand", "Edit %1")
            .arg(FieldNames::field(path));
}

} // namespace carbonlabel
