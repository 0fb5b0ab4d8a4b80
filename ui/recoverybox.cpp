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
