#pragma once

#include "core/document/profiledocument.h"

#include <QUndoCommand>

namespace carbonlabel {

// Changes one entry of the profile's factor_snapshot: "use the database's current value of
// this factor from now on" (one factor at a time; docs/gui.md).
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(ProfileDocument *document, const QString &factorId, const Json &after,
                    QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProfileDocument *m_document;
    QString m_factorId;
    Json m_before;
    Json m_after;
};

} // namespace carbonlabel
