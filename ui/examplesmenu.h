#pragma once

#include <QMenu>

namespace carbonlabel {

// File > New from example: one entry per *.clprofile.json in the installed examples folder,
// listed when the menu opens.
class ExamplesMenu : public QMenu
{
    Q_OBJECT

public:
    ExamplesMenu(const QString &directory, QWidget *parent = nullptr);

signals:
    void exampleChosen(const QString &fileName);

private:
    void fill();

    QString m_directory;
};

} // namespace carbonlabel
