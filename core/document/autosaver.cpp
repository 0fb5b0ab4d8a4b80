#include "core/document/autosaver.h"

#include "core/base/savefile.h"
#include "core/document/profiledocument.h"
#include "core/profile/profilereader.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace carbonlabel {

namespace {

constexpr const char *kFormat = "carbonlabel-recovery";
const QLatin1String kSuffix(".clrecovery.json");

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

Autosaver::Autosaver(ProfileDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(2000);
    m_longest.setSingleShot(true);
    m_longest.setInterval(kLongestWaitMs);
    connect(&m_quiet, &QTimer::timeout, this, &Autosaver::onTimeout);
    connect(&m_longest, &QTimer::timeout, this, &Autosaver::onTimeout);
    connect(document, &ProfileDocument::contentChanged, this, &Autosaver::onContentChanged);
    connect(document, &ProfileDocument::modifiedChanged, this, &Autosaver::onModifiedChanged);
}

Autosaver::~Autosaver()
{
    // A normal end: whatever was unsaved, the user has been asked about it.
    removeRecoveryFile();
}

QString Autosaver::recoveryDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/recovery");
    QDir().mkpath(dir);
    return dir;
}

void Autosaver::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_quiet.stop();
        m_longest.stop();
        removeRecoveryFile();
    } else if (m_document->isModified()) {
        onContentChanged();
    }
}

void Autosaver::setDelay(int milliseconds)
{
    m_quiet.setInterval(std::clamp(milliseconds, 1, kLongestWaitMs));
}

void Autosaver::onContentChanged()
{
    // Debounced: each change restarts the pause, so a burst of typing is written once, a
    // moment after it ends; the longest wait keeps steady typing from postponing it for ever.
    // (An undo command changes the content before the stack counts it as unsaved; saveNow()
    // checks that when the clock runs out.)
    if (!m_enabled)
        return;
    m_quiet.start();
    if (!m_longest.isActive())
        m_longest.start();
}

void Autosaver::onTimeout()
{
    m_quiet.stop();
    m_longest.stop();
    QString error;
    if (!saveNow(&error))
        emit failed(error);
}

void Autosaver::onModifiedChanged(bool modified)
{
    if (!modified) {
        m_quiet.stop();
        m_longest.stop();
        removeRecoveryFile();
    }
}

bool Autosaver::saveNow(QString *errorString)
{
    if (!m_document->isModified())
        return true;
    if (m_recoveryFile.isEmpty()) {
        m_recoveryFile = recoveryDirectory() + QLatin1Char('/')
                + QUuid::createUuid().toString(QUuid::WithoutBraces) + kSuffix;
        m_lock = std::make_unique<QLockFile>(m_recoveryFile + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
        m_lock->tryLock(0);
    }
    Json profile;
    try {
        const QByteArray data = m_document->toData();
        profile = Json::parse(data.constBegin(), data.constEnd());
    } catch (const std::exception &) {
        return false; // cannot happen: toData() writes JSON
    }
    const Json root{
            {"format", kFormat},
            {"version", 1},
            {"file", m_document->fileName().toStdString()},
            {"saved_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
            {"profile", profile}};
    if (!SaveFile::write(m_recoveryFile, bytes(root.dump(1)), errorString))
        return false;
    emit autosaved(m_recoveryFile);
    return true;
}

void Autosaver::removeRecoveryFile()
{
    if (m_recoveryFile.isEmpty())
        return;
    QFile::remove(m_recoveryFile);
    m_lock.reset(); // unlocks and removes the lock file
    m_recoveryFile.clear();
}

std::optional<Autosaver::Recovery> Autosaver::readRecovery(const QString &recoveryFile,
                                                           QString *errorString)
{
    auto fail = [errorString](const QString &reason) -> std::optional<Recovery> {
        if (errorString)
            *errorString = reason;
        return std::nullopt;
    };
    QFile file(recoveryFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open it: %1").arg(file.errorString()));
    const QByteArray data = file.readAll();
    Json root;
    try {
        root = Json::parse(data.constBegin(), data.constEnd());
    } catch (const std::exception &e) {
        // nlohmann's message after its "[json.exception...] " prefix.
        std::string what = e.what();
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        return fail(tr("broken JSON: %1").arg(QString::fromStdString(what)));
    }
    const auto format = root.is_object() ? root.find("format") : root.end();
    if (!root.is_object() || format == root.end() || !format->is_string()
        || format->get<std::string>() != kFormat)
        return fail(tr("not a CarbonLabel recovery file"));
    // Optional texts; of another type, this program did not write the file.
    QString originalFile;
    QString savedAt;
    const std::pair<const char *, QString *> texts[]
            = {{"file", &originalFile}, {"saved_at", &savedAt}};
    for (const auto &[key, text] : texts) {
        const auto it = root.find(key);
        if (it == root.end())
            continue;
        if (!it->is_string())
            return fail(tr("\"%1\" is not a text").arg(QLatin1String(key)));
        *text = QString::fromStdString(it->get<std::string>());
    }
    const auto profile = root.find("profile");
    if (profile == root.end())
        return fail(tr("it holds no profile"));
    Recovery r;
    r.recoveryFile = recoveryFile;
    r.originalFile = originalFile;
    r.savedAt = QDateTime::fromString(savedAt, Qt::ISODate);
    r.profileData = bytes(profile->dump(2) + "\n");
    // What the window would refuse to open is no recovery either; a profile with errors in
    // its fields opens (the window shows them), so it is recovered.
    const ProfileReader::Result read = ProfileReader::read(r.profileData);
    if (!read.profile)
        return fail(
                tr("its profile cannot be opened: %1").arg(read.diagnostics.value(0).toString()));
    return r;
}

QString Autosaver::setAside(const QString &recoveryFile, QString *errorString)
{
    // Never over another file set aside before.
    QString target = recoveryFile + QStringLiteral(".bad");
    for (int n = 2; QFile::exists(target) && n < 100; ++n)
        target = recoveryFile + QStringLiteral(".%1.bad").arg(n);
    QFile file(recoveryFile);
    if (!file.rename(target)) {
        if (errorString)
            *errorString = file.errorString();
        return {};
    }
    QFile::remove(recoveryFile + QStringLiteral(".lock"));
    return target;
}

QList<Autosaver::Recovery> Autosaver::pendingRecoveries(QStringList *problems)
{
    QList<Recovery> found;
    const QDir dir(recoveryDirectory());
    for (const QString &name : dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        const QString path = dir.filePath(name);
        // A lock held by a running process: another window's work in progress.
        QLockFile lock(path + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QString reason;
        if (auto r = readRecovery(path, &reason)) {
            found.append(*r);
            continue;
        }
        QString error;
        const QString target = setAside(path, &error);
        const QString message = target.isEmpty()
                ? tr("The recovery file %1 cannot be read (%2), nor set aside: %3.")
                          .arg(QDir::toNativeSeparators(path), reason, error)
                : tr("The recovery file %1 cannot be read (%2). It was renamed to %3.")
                          .arg(QDir::toNativeSeparators(path), reason,
                               QDir::toNativeSeparators(target));
        if (problems)
            problems->append(message);
    }
    std::sort(found.begin(), found.end(),
              [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return found;
}

void Autosaver::discard(const QString &recoveryFile)
{
    QFile::remove(recoveryFile);
    QFile::remove(recoveryFile + QStringLiteral(".lock"));
}

} // namespace carbonlabel
