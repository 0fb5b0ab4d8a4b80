#include "core/document/autosaver.h"

#include "core/base/savefile.h"
#include "core/document/profiledocument.h"

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
    m_timer.setSingleShot(true);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(&error))
            emit failed(error);
    });
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
        m_timer.stop();
        removeRecoveryFile();
    } else if (m_document->isModified()) {
        m_timer.start();
    }
}

void Autosaver::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(1, milliseconds));
}

void Autosaver::onContentChanged()
{
    // Debounced, not postponed: the first change starts the clock and later ones ride along,
    // so steady typing still saves once a minute. (An undo command changes the content before
    // the stack counts it as unsaved; saveNow() checks that when the clock runs out.)
    if (m_enabled && !m_timer.isActive())
        m_timer.start();
}

void Autosaver::onModifiedChanged(bool modified)
{
    if (!modified) {
        m_timer.stop();
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

std::optional<Autosaver::Recovery> Autosaver::readRecovery(const QString &recoveryFile)
{
    QFile file(recoveryFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = file.readAll();
    Json root;
    try {
        root = Json::parse(data.constBegin(), data.constEnd());
    } catch (const std::exception &) {
        return std::nullopt;
    }
    if (!root.is_object() || root.value("format", std::string()) != kFormat
        || !root.contains("profile"))
        return std::nullopt;
    Recovery r;
    r.recoveryFile = recoveryFile;
    r.originalFile = QString::fromStdString(root.value("file", std::string()));
    r.savedAt = QDateTime::fromString(QString::fromStdString(root.value("saved_at", std::string())),
                                      Qt::ISODate);
    r.profileData = bytes(root.at("profile").dump(2) + "\n");
    return r;
}

QList<Autosaver::Recovery> Autosaver::pendingRecoveries()
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
        if (auto r = readRecovery(path))
            found.append(*r);
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
