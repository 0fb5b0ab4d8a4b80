#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace carbonlabel {

class ProfileDocument;

// Never lose work: while a document has unsaved changes, writes it (atomically, through
// SaveFile) to a recovery file in <AppDataLocation>/recovery a short pause (default 2 s)
// after the last change, and at least every kLongestWaitMs while the user keeps typing; it
// removes the file when the changes are saved or discarded. A lock file beside it marks it as in
// use while this process runs, so a second window does not offer to recover a file that is still
// being written; a crash leaves the recovery file with a stale lock, and the next start offers it
// back.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    // What a recovery file holds besides the profile.
    struct Recovery
    {
        QString recoveryFile;
        QString originalFile; // empty for a profile never saved
        QDateTime savedAt;
        QByteArray profileData; // the profile as save() would write it
    };

    explicit Autosaver(ProfileDocument *document, QObject *parent = nullptr);
    ~Autosaver() override;

    // <AppDataLocation>/recovery, created on demand.
    static QString recoveryDirectory();
    // Recovery files left by processes that are no longer running, newest first. One that
    // cannot be read is set aside (renamed to *.bad, kept for whoever wants to look into it) so
    // it is never offered, nor reported, again; `problems` gets a message for each.
    static QList<Recovery> pendingRecoveries(QStringList *problems = nullptr);
    // The recovery file's contents; nullopt with the reason in `errorString` when it is not a
    // recovery file whose profile this program can open. Never throws.
    static std::optional<Recovery> readRecovery(const QString &recoveryFile,
                                                QString *errorString = nullptr);
    // Deletes a recovery file the user declined or has recovered.
    static void discard(const QString &recoveryFile);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The pause after the last change before the recovery copy is written.
    void setDelay(int milliseconds);
    int delay() const { return m_quiet.interval(); }
    // Steady typing never postpones the copy by more than this.
    static constexpr int kLongestWaitMs = 30 * 1000;
    QString recoveryFile() const { return m_recoveryFile; }
    // Writes the recovery file now; false with a message when it cannot.
    bool saveNow(QString *errorString = nullptr);

signals:
    void autosaved(const QString &recoveryFile);
    void failed(const QString &message);

private:
    void onContentChanged();
    void onModifiedChanged(bool modified);
    void removeRecoveryFile();
    // Renames an unreadable recovery file out of the way; the new name, or empty when it fails.
    static QString setAside(const QString &recoveryFile, QString *errorString);

    ProfileDocument *m_document;
    void onTimeout();

    QTimer m_quiet; // restarted by every change
    QTimer m_longest; // started by the first change since the last copy
    bool m_enabled = true;
    QString m_recoveryFile;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace carbonlabel
