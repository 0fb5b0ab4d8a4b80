#include "core/document/replaceprofilecommand.h"

namespace carbonlabel {

ReplaceProfileCommand::ReplaceProfileCommand(ProfileDocument *document, const Profile &after,
                                             const ProfileDocument::RawTexts &afterRaw,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->profile())
    , m_beforeRaw(document->rawTexts())
    , m_after(after)
    , m_afterRaw(afterRaw)
{ }

void ReplaceProfileCommand::undo()
{
    m_document->applyProfile(m_before, m_beforeRaw);
}

void ReplaceProfileCommand::redo()
{
    m_document->applyProfile(m_after, m_afterRaw);
}

} // namespace carbonlabel
