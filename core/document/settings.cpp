#include "core/document/settings.h"

#include <QFileInfo>
#include <QSettings>

namespace carbonlabel {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// Every key, its name in the file and its default: the one place to look.
const Entry &entry(Settings::Key key)
{
    static const Entry entries[] = {
            {Settings::Language, "ui/language", QString()},
            {Settings::DefaultGrid, "editor/defaultGrid", QStringLiteral("grid_world_ember_2024")},
            {Settings::LabelKind, "label/kind", QStringLiteral("badge")},
            {Settings::LabelLanguage, "label/language", QStringLiteral("both")},
            {Settings::LabelWidthMm, "label/widthMm", 60.0},
            {Settings::LabelHeightMm, "label/heightMm", 90.0},
            {Settings::RecentFiles, "files/recent", QStringList()},
            {Settings::LastDirectory, "files/lastDirectory", QString()},
            {Settings::AutosaveEnabled, "autosave/enabled", true},
            {Settings::AutosaveDelaySeconds, "autosave/delaySeconds", 2},
            {Settings::WindowGeometry, "window/geometry", QByteArray()},
            {Settings::WindowState, "window/state", QByteArray()},
    };
    static_assert(std::size(entries) == Settings::KeyCount);
    return entries[key];
}

Settings *&instancePointer()
{
    static Settings *settings = nullptr;
    return settings;
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{ }

Settings::~Settings() = default;

Settings *Settings::instance()
{
    Settings *&s = instancePointer();
    if (!s)
        // ~/.config/carbonlabel/carbonlabel.conf, named explicitly: the program sets no
        // organisation, so that its data folder is the CLI's (~/.local/share/carbonlabel).
        s = new Settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                     QStringLiteral("carbonlabel"),
                                                     QStringLiteral("carbonlabel")));
    return s;
}

void Settings::setFileName(const QString &fileName)
{
    instance()->m_settings = std::make_unique<QSettings>(fileName, QSettings::IniFormat);
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant v = m_settings->value(QLatin1String(e.name), e.defaultValue);
    // INI files give every value back as a string; hand out the default's type.
    if (e.defaultValue.isValid() && v.metaType() != e.defaultValue.metaType()) {
        QVariant converted = v;
        if (converted.convert(e.defaultValue.metaType()))
            return converted;
        return e.defaultValue;
    }
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (value == this->value(key))
        return;
    m_settings->setValue(QLatin1String(entry(key).name), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(QLatin1String(entry(key).name));
    emit changed(key);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QString Settings::name(Key key)
{
    return QLatin1String(entry(key).name);
}

QStringList Settings::recentFiles() const
{
    return value(RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    setValue(RecentFiles, files);
}

void Settings::removeRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    files.removeAll(fileName);
    setValue(RecentFiles, files);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace carbonlabel
