#include "core/base/savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace carbonlabel {

bool SaveFile::write(const QString &fileName, const QByteArray &data, QString *errorString)
{
    auto fail = [&](const QString &reason) {
        if (errorString)
            *errorString
                    = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), reason);
        return false;
    };
    const QFileInfo info(fileName);
    if (info.isDir())
        return fail(tr("it is a folder"));
    if (!info.absoluteDir().exists())
        return fail(tr("the folder %1 does not exist")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace carbonlabel
