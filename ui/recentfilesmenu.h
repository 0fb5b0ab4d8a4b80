#pragma once

#include <QMenu>

namespace carbonlabel {

// File > Open recent: the profiles in Settings::RecentFiles, read each time the menu opens so
// that every window shows the same list, and a way to clear it.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

signals:
    void fileChosen(const QString &fileName);

private:
    void fill();
};

} // namespace carbonlabel
