#pragma once

#include <QLineEdit>

#include <functional>

namespace carbonlabel {

class ProfileDocument;

// A line edit bound to one field of the profile by its JSON path. What is typed goes to the
// document as you type (one undo step per editing session); the field shows the document's
// value after undo, redo and opening a file, and marks itself with the reader's or the
// inventory builder's message when the value is wrong: red outline and the message as the
// tooltip, no dialog. A number field shows its number by the number policy while it is not
// being edited (NumberText::brief: 656.3468422354048 -> "656", 0.4 -> "0.4") and every digit
// while it has the focus.
class FieldEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(int severity READ severity NOTIFY severityChanged)

public:
    FieldEdit(ProfileDocument *document, const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    int severity() const { return m_severity; } // 0 fine, 1 warning, 2 error
    QString message() const { return m_message; }
    // Text fields commit as you type; factor fields only when a factor is chosen or the
    // editor is left (a half-typed search is not a factor id).
    void setCommitOnEdit(bool on) { m_commitOnEdit = on; }
    // Help shown in the tooltip when there is no problem.
    void setHelp(const QString &help);
    // Commits the text now (a completion was chosen).
    void commit();
    // A factor field shows the factor's name (what `name` returns for the stored id) while it
    // is not being edited, and the id while it has the focus; an empty name shows the id.
    void setDisplayName(std::function<QString(const QString &value)> name);
    bool isShowingName() const { return m_showingName; }

signals:
    void severityChanged(int severity);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void refreshText();
    void refreshText(bool editing);
    void refreshMarks();
    void updateEnabled();

    ProfileDocument *m_document;
    QString m_path;
    QString m_help;
    QString m_message;
    int m_severity = 0;
    bool m_commitOnEdit = true;
    std::function<QString(const QString &)> m_displayName;
    bool m_showingName = false;
    bool m_showingBrief = false; // a number rounded while not edited (NumberText::brief)
};

} // namespace carbonlabel
