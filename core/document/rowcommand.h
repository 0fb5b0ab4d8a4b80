#pragma once

#include "core/document/profiledocument.h"

#include <QUndoCommand>

namespace carbonlabel {

// Inserts or removes one row of a profile list, keeping the removed row whole (with any text
// typed into it that was not yet valid) so undo puts it back exactly.
class RowCommand : public QUndoCommand
{
public:
    enum class Action { Insert, Remove };

    // For Insert, `data` is the new row; for Remove it is taken from the document.
    RowCommand(ProfileDocument *document, Action action, ProfileList list, int row,
               const ProfileRow &data = {}, const ProfileDocument::RawTexts &raw = {},
               QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void insert();
    void remove();

    ProfileDocument *m_document;
    Action m_action;
    ProfileList m_list;
    int m_row;
    ProfileRow m_data;
    ProfileDocument::RawTexts m_raw;
};

} // namespace carbonlabel
