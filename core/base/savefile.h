#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

// The one way this program writes a file: atomically through QSaveFile, so a crash or a full
// disk never leaves a half-written file in place of a good one.
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)

public:
    // Writes `data` to `fileName`; on failure returns false and a translated message naming
    // the file in `errorString`.
    static bool write(const QString &fileName, const QByteArray &data, QString *errorString);
};

} // namespace carbonlabel
