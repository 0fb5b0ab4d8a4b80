#pragma once

#include "core/document/profiledocument.h"

#include <QUndoCommand>

namespace carbonlabel {

// Replaces the whole profile: for changes that reshape it, such as switching a section on or
// off, where the views are rebuilt anyway. Keeps the section's content for undo.
class ReplaceProfileCommand : public QUndoCommand
{
public:
    ReplaceProfileCommand(ProfileDocument *document, const Profile &after,
                          const ProfileDocument::RawTexts &afterRaw, const QString &text,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProfileDocument *m_document;
    Profile m_before;
    ProfileDocument::RawTexts m_beforeRaw;
    Profile m_after;
    ProfileDocument::RawTexts m_afterRaw;
};

} // namespace carbonlabel
