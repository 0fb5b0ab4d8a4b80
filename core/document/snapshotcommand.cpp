#include "core/document/snapshotcommand.h"

namespace carbonlabel {

SnapshotCommand::SnapshotCommand(ProfileDocument *document, const QString &factorId,
                                 const Json &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("carbonlabel::SnapshotCommand", "Update factor %1")
                           .arg(factorId),
                   parent)
    , m_document(document)
    , m_factorId(factorId)
    , m_after(after)
{
    const Json &snapshot = document->profile().factorSnapshot;
    const std::string id = factorId.toStdString();
    if (snapshot.is_object() && snapshot.contains(id))
        m_before = snapshot.at(id);
}

void SnapshotCommand::undo()
{
    m_document->applySnapshotEntry(m_factorId, m_before);
}

void SnapshotCommand::redo()
{
    m_document->applySnapshotEntry(m_factorId, m_after);
}

} // namespace carbonlabel
