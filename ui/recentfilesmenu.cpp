#include "ui/recentfilesmenu.h"

#include "core/document/settings.h"

#include <QFileInfo>

namespace carbonlabel {

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::fill);
}

void RecentFilesMenu::fill()
{
    clear();
    const QStringList files = Settings::instance()->recentFiles();
    for (const QString &file : files) {
        QAction *a = addAction(QFileInfo(file).fileName());
        a->setToolTip(file);
        connect(a, &QAction::triggered, this, [this, file] { emit fileChosen(file); });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent profiles"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("Clear the list"), this,
              [] { Settings::instance()->setValue(Settings::RecentFiles, QStringList()); });
}

} // namespace carbonlabel
