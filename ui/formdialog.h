#pragma once

#include <QDialog>
#include <QDialogButtonBox>

#include <utility>
#include <vector>

class QFormLayout;
class QLabel;
class QLayout;

namespace carbonlabel {

// What the program's dialogs share: the button box at the bottom, whose accepted and rejected
// go to accept() and reject() (which a dialog may override), forms with right-aligned labels
// whose texts are set in retranslateUi() or named when the row is added, and the texts set again
// when the language changes.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    // Sets every text in the current language; a dialog calls it at the end of its constructor.
    virtual void retranslateUi() { }

protected:
    FormDialog(QDialogButtonBox::StandardButtons buttons, QWidget *parent);

    // A form with its labels aligned right, as in every dialog of the program.
    static QFormLayout *newForm(QWidget *parent = nullptr);
    // A row of `form` for `field` with a new label, returned for retranslateUi() to name.
    QLabel *addRow(QFormLayout *form, QWidget *field);
    QLabel *addRow(QFormLayout *form, QLayout *field);
    // A row of `form` for `field` labelled `label`, a text marked QT_TR_NOOP() in the dialog's
    // class: translated in its context now and again when the language changes.
    QLabel *addRow(QFormLayout *form, QWidget *field, const char *label);
    QLabel *addRow(QFormLayout *form, QLayout *field, const char *label);
    // A new Field in such a row.
    template<typename Field> Field *addField(QFormLayout *form, const char *label)
    {
        auto *field = new Field(this);
        addRow(form, field, label);
        return field;
    }
    // The labels of the rows added with their texts, in the order they were added.
    QList<QLabel *> namedLabels() const;

    void changeEvent(QEvent *event) override;

    QDialogButtonBox *m_buttons;

private:
    QLabel *nameLabel(QLabel *label, const char *text);
    QString translated(const char *text) const;
    void translateLabels();

    std::vector<std::pair<QLabel *, const char *>> m_namedLabels;
};

} // namespace carbonlabel
