#pragma once

#include <QList>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace carbonlabel {

class FactorEdit;
class FactorLibrary;
class FieldEdit;
class ListEditor;
class ProfileDocument;

// A page of the profile editor: forms of fields bound to JSON paths, lists, and optional
// sections that switch on and off. Keeps its translatable texts so the page retranslates in
// place when the language changes.
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    EditorPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    // The JSON path prefixes this page edits ("product", "materials", ...).
    virtual QStringList sections() const = 0;
    bool covers(const QString &path) const;
    // Shows and focuses the field or cell at `path`.
    bool focusPath(const QString &path);
    virtual void retranslateUi();
    // The page's name as its tab shows it.
    virtual QString title() const = 0;

protected:
    void changeEvent(QEvent *event) override;

    // The field's label and unit come from the field table (FieldNames::label and unit);
    // `help` is untranslated (QT_TR_NOOP) and translated in the page's own context.
    FieldEdit *addField(QFormLayout *form, const QString &path, const char *help = nullptr);
    FactorEdit *addFactor(QFormLayout *form, const QString &path, const QString &denominator,
                          const char *help = nullptr);
    // A group box that is checked when the profile has `section`; (un)checking adds or
    // removes the section as one undo step.
    QGroupBox *addSection(const QString &section, const char *title);
    QLabel *addNote(const char *text);
    ListEditor *addList(int list, const char *emptyText);
    QString translate(const char *text) const;

    ProfileDocument *m_document;
    FactorLibrary *m_library;

private:
    struct Text
    {
        QWidget *widget;
        const char *source; // or, for FieldLabel and FieldUnit, the field's JSON path
        enum Kind {
            Label,
            ToolTip,
            Title,
            Help,
            Placeholder,
            EmptyText,
            FieldLabel,
            FieldUnit
        } kind;
        QString path = {};
    };
    QList<Text> m_texts;
    QList<ListEditor *> m_lists;
    QList<QLabel *> m_formLabels; // one width for all, so the page's forms line up
    QList<QGroupBox *> m_sections;
};

} // namespace carbonlabel
