#include "ui/formdialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace carbonlabel {

FormDialog::FormDialog(QDialogButtonBox::StandardButtons buttons, QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(buttons, this))
{
    // accept() is virtual: a dialog that checks its fields first overrides it.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QFormLayout *FormDialog::newForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

QLabel *FormDialog::addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(this);
    form->addRow(label, field);
    return label;
}

QLabel *FormDialog::addRow(QFormLayout *form, QLayout *field)
{
    auto *label = new QLabel(this);
    form->addRow(label, field);
    return label;
}

void FormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace carbonlabel
