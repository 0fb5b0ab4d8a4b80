#include "ui/unsavedchangesbox.h"

namespace carbonlabel {

UnsavedChangesBox::UnsavedChangesBox(const QString &documentName, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                  tr("“%1” has changes that are not saved.").arg(documentName),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent)
{
    setObjectName(QStringLiteral("unsavedChangesBox"));
    setInformativeText(tr("Save them before closing the profile?"));
    setDefaultButton(QMessageBox::Save);
}

} // namespace carbonlabel
