#pragma once

#include "core/document/profiledocument.h"

#include <QUndoCommand>

namespace carbonlabel {

// Sets one field of a profile. Typing into the same field merges into one undo step until the
// editor closes (ProfileDocument::closeEditing()).
class SetFieldCommand : public QUndoCommand
{
public:
    static constexpr int kId = 0x434c01;

    SetFieldCommand(ProfileDocument *document, const QString &path,
                    const ProfileDocument::FieldState &before,
                    const ProfileDocument::FieldState &after, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    // "Edit quantity" (translated), for the Edit menu.
    static QString describe(const QString &path);

private:
    ProfileDocument *m_document;
    QString m_path;
    ProfileDocument::FieldState m_before;
    ProfileDocument::FieldState m_after;
    int m_generation;
};

} // namespace carbonlabel
