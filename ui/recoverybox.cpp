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
    setInformativeText(tr("Recover them now, delete them, or decide the next time CarbonLabel "
                          "starts."));
    QPushButton *recover = addButton(tr("Recover"), QMessageBox::AcceptRole);
    m_delete = addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *later = addButton(tr("Decide later"), QMessageBox::RejectRole);
    setDefaultButton(recover);
    setEscapeButton(later); // closing the box deletes nothing
    m_recover = recover;
}

void RecoveryBox::reportUnreadable(const QStringList &problems, QWidget *parent)
{
    if (problems.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Recover unsaved changes"),
                    tr("%n recovery file(s) could not be read and will not be offered again.",
                       nullptr, static_cast<int>(problems.size())),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("recoveryProblemBox"));
    box.setInformativeText(problems.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace carbonlabel
