#include "ui/formdialog.h"

#include <QCoreApplication>
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

QLabel *FormDialog::addRow(QFormLayout *form, QWidget *field, const char *label)
{
    return nameLabel(addRow(form, field), label);
}

QLabel *FormDialog::addRow(QFormLayout *form, QLayout *field, const char *label)
{
    return nameLabel(addRow(form, field), label);
}

QList<QLabel *> FormDialog::namedLabels() const
{
    QList<QLabel *> labels;
    for (const auto &[label, text] : m_namedLabels)
        labels << label;
    return labels;
}

QLabel *FormDialog::nameLabel(QLabel *label, const char *text)
{
    m_namedLabels.emplace_back(label, text);
    label->setText(translated(text));
    return label;
}

QString FormDialog::translated(const char *text) const
{
    // The context tr() gives the dialog's own texts, so its catalogue entries stay its own.
    return QCoreApplication::translate(metaObject()->className(), text);
}

void FormDialog::translateLabels()
{
    for (const auto &[label, text] : m_namedLabels)
        label->setText(translated(text));
}

void FormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // First, so that retranslateUi() sees the labels in the new language.
        translateLabels();
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace carbonlabel
