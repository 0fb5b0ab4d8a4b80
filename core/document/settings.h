#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace carbonlabel {

// The program's settings, each key with its name in the settings file and its default in one
// table (settings.cpp), in the manner of KeePassXC's Config. Stored with QSettings; a test or
// a tool may point it at a file of its own.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum Key {
        Language, // "" follows the system; "en" or "zh_CN"
        DefaultGrid, // the grid factor new profiles and new sections start with
        LabelKind, // "badge", "sheet"
        LabelLanguage, // "en", "zh", "both"
        LabelWidthMm,
        LabelHeightMm,
        RecentFiles, // QStringList, most recent first
        LastDirectory,
        AutosaveEnabled,
        AutosaveDelaySeconds,
        WindowGeometry,
        WindowState,
        KeyCount
    };
    Q_ENUM(Key)

    static constexpr int kMaxRecentFiles = 8;

    // The one instance the program uses; created on first use with the default QSettings.
    static Settings *instance();
    // Makes the instance read and write `fileName` (INI format) from now on, e.g. in tests.
    static void setFileName(const QString &fileName);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString name(Key key);

    QStringList recentFiles() const;
    void addRecentFile(const QString &fileName);
    void removeRecentFile(const QString &fileName);
    void sync();

signals:
    void changed(carbonlabel::Settings::Key key);

private:
    explicit Settings(std::unique_ptr<QSettings> settings);
    ~Settings() override;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace carbonlabel
