#include "ui/examplesmenu.h"

#include <QDir>

namespace carbonlabel {

ExamplesMenu::ExamplesMenu(const QString &directory, QWidget *parent)
    : QMenu(parent)
    , m_directory(directory)
{
    setObjectName(QStringLiteral("examplesMenu"));
    connect(this, &QMenu::aboutToShow, this, &ExamplesMenu::fill);
}

void ExamplesMenu::fill()
{
    clear();
    const QDir dir(m_directory);
    const QStringList files
            = dir.entryList({QStringLiteral("*.clprofile.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QString title = name;
        title.chop(int(qstrlen(".clprofile.json")));
        const QString path = dir.filePath(name);
        connect(addAction(title), &QAction::triggered, this,
                [this, path] { emit exampleChosen(path); });
    }
    if (files.isEmpty())
        addAction(tr("No examples installed"))->setEnabled(false);
}

} // namespace carbonlabel
