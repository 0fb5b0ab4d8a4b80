#include "ui/examplesmenu.h"

#include "core/profile/fieldnames.h"
#include "core/profile/profilereader.h"

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
        const QString path = dir.filePath(name);
        // The product's name in the window's language; the file's name when it has none.
        QString title = name;
        title.chop(int(qstrlen(".clprofile.json")));
        const ProfileReader::Result read = ProfileReader::readFile(path);
        if (read.profile) {
            const QString product = read.profile->product.name.text(FieldNames::language());
            if (!product.trimmed().isEmpty())
                title = product;
        }
        QAction *action = addAction(title);
        action->setToolTip(name);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, path] { emit exampleChosen(path); });
    }
    if (files.isEmpty())
        addAction(tr("No examples installed"))->setEnabled(false);
}

} // namespace carbonlabel
