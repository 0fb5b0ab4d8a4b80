#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace carbonlabel {

// Switches the language of the running program: installs CarbonLabel's and Qt's translations
// for it and makes it the default locale, so numbers and dates follow. Installing a translator
// sends QEvent::LanguageChange to every widget, which retranslates itself in place.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static LanguageManager *instance();

    // <program>/../share/carbonlabel/translations: build/share/... and /usr/share/... alike.
    static QString translationsDirectory();
    // "en", "zh_CN".
    static QStringList languages();
    // The language's own name, for the settings: "English", "简体中文".
    static QString nativeName(const QString &code);

    // "" follows the system. Returns false when the translation file is missing (the program
    // then stays in English).
    bool setLanguage(const QString &code);
    // What is in effect: "en" or "zh_CN".
    QString language() const { return m_language; }

    // Registers WenQuanYi Micro Hei from its file and makes it the fallback for Chinese, so
    // Chinese text shows the same everywhere, offscreen included. Needs a QGuiApplication.
    static void loadFonts();

private:
    explicit LanguageManager(QObject *parent = nullptr);

    QList<QTranslator *> m_translators;
    QString m_language = QStringLiteral("en");
};

} // namespace carbonlabel
