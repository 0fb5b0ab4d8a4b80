// libFuzzer target: any bytes as a recovery file left by a crash, found at start as the window
// finds it (Autosaver::pendingRecoveries). Nothing may throw; a file is either offered, and
// then opens in the window, or reported and set aside so that it is not found again.
#include "fuzzdatabase.h"

#include "core/document/autosaver.h"
#include "core/document/profiledocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace carbonlabel;
    static const QString dir = [] {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-fuzz-recovery"));
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
        return Autosaver::recoveryDirectory();
    }();
    const QString file = dir + QStringLiteral("/fuzz.clrecovery.json");
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    {
        // Not SaveFile: its flush to disk would make this a disk benchmark.
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            std::abort();
    }

    QStringList problems;
    const QList<Autosaver::Recovery> found = Autosaver::pendingRecoveries(&problems);
    if (found.size() + problems.size() != 1)
        std::abort();
    for (const Autosaver::Recovery &r : found) {
        ProfileDocument doc(fuzzDatabase());
        if (!doc.openData(r.profileData, r.originalFile, nullptr))
            std::abort();
        Autosaver::discard(r.recoveryFile);
    }
    if (!problems.isEmpty()
        && (QFile::exists(file) || !QFile::exists(file + QStringLiteral(".bad"))))
        std::abort();
    QFile::remove(file + QStringLiteral(".bad"));
    // Found neither way a second time.
    problems.clear();
    if (!Autosaver::pendingRecoveries(&problems).isEmpty() || !problems.isEmpty())
        std::abort();
    return 0;
}
