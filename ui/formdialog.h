#pragma once

#include <QDialog>
#include <QDialogButtonBox>

class QFormLayout;
class QLabel;
class QLayout;

namespace carbonlabel {

// What the program's dialogs share: the button box at the bottom, whose accepted and rejected
// go to accept() and reject() (which a dialog may override), forms with right-aligned labels
// whose texts are set in retranslateUi(), and retranslateUi() run again when the language
// changes.
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

    void changeEvent(QEvent *event) override;

    QDialogButtonBox *m_buttons;
};

} // namespace carbonlabel
