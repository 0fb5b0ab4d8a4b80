#include "core/document/rowcommand.h"

namespace carbonlabel {

RowCommand::RowCommand(ProfileDocument *document, Action action, ProfileList list, int row,
                       const ProfileRow &data, const ProfileDocument::RawTexts &raw,
                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_action(action)
    , m_list(list)
    , m_row(row)
    , m_data(data)
    , m_raw(raw)
{
    setText(action == Action::Insert
                    ? QCoreApplication::translate("carbonlabel::RowCommand", "Add row")
                    : QCoreApplication::translate("carbonlabel::RowCommand", "Remove row"));
}

void RowCommand::insert()
{
    m_document->applyInsertRow(m_list, m_row, m_data, m_raw);
}

void RowCommand::remove()
{
    m_data = m_document->applyRemoveRow(m_list, m_row, &m_raw);
}

void RowCommand::undo()
{
    if (m_action == Action::Insert)
        remove();
    else
        insert();
}

void RowCommand::redo()
{
    if (m_action == Action::Insert)
        insert();
    else
        remove();
}

} // namespace carbonlabel
