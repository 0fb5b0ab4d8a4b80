#include "ui/recoverybox.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace carbonlabel {

RecoveryBox::RecoveryBox(const Autosaver::Recovery &recovery, QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Recover unsaved changes"), QString(),
                  QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("recoveryBox"));
    const QString name = recovery.originalFile.isEmpty()
            ? tr("an untitled profile")
            : QFileInfo(recovery.originalFile).fileName();
    setText(tr("CarbonLabel did not close properly. Unsaved changes to %1 were kept at %2.")
                    .arg(name,
                         QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)));
    setInformativeText(tr("Recover them now? Otherwise they are deleted."));
    QPushButton *recover = addButton(tr("Recover"), QMessageBox::AcceptRole);
    addButton(tr("Delete"), QMessageBox::DestructiveRole);
    setDefaultButton(recover);
    m_recover = recover;
}

} // namespace carbonlabel
