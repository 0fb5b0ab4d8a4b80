#include "ui/languagemanager.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace carbonlabel {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager *LanguageManager::instance()
{
    static auto *manager = new LanguageManager(qApp);
    return manager;
}

QString LanguageManager::translationsDirectory()
{
    return QCoreApplication::applicationDirPath()
            + QStringLiteral("/../share/carbonlabel/translations");
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QLocale system = QLocale::system();
    const QString wanted = !code.isEmpty()          ? code
            : system.language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
    const QLocale locale(wanted);
    QLocale::setDefault(locale);

    const bool hadTranslators = !m_translators.isEmpty();
    for (QTranslator *t : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_translators.clear();
    m_language = QStringLiteral("en");

    // English has a catalogue too: it gives the plural forms ("1 year", "2 years").
    bool ok = true;
    auto *own = new QTranslator(this);
    if (own->load(QStringLiteral("carbonlabel_") + wanted, translationsDirectory())) {
        if (wanted != QLatin1String("en")) {
            // Qt's own strings (standard buttons, file dialogs) first, so ours win.
            auto *qt = new QTranslator(this);
            if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt);
                m_translators.append(qt);
            } else {
                delete qt;
            }
        }
        QCoreApplication::installTranslator(own);
        m_translators.append(own);
        m_language = wanted;
    } else {
        delete own;
        ok = wanted == QLatin1String("en");
    }
    if (!hadTranslators && m_translators.isEmpty()) {
        // No translator came or went, so Qt sent nothing; the locale may still have changed.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(qApp, &change);
    }
    return ok;
}

void LanguageManager::loadFonts()
{
    static const char *const files[] = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"};
    for (const char *file : files) {
        if (!QFile::exists(QLatin1String(file)))
            continue;
        const int id = QFontDatabase::addApplicationFont(QLatin1String(file));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            continue;
        // Latin text in the platform's font, Chinese in WenQuanYi Micro Hei: named explicitly,
        // not left to whatever fallback the system would find. DejaVu Sans stands in when the
        // platform names a font that is not installed (offscreen, minimal desktops): without
        // it WenQuanYi would draw the Latin text too, its ellipsis and quotes full-width.
        QFont font = QApplication::font();
        QStringList wanted{font.family()};
        if (!QFontDatabase::hasFamily(font.family()))
            wanted.clear();
        wanted << QStringLiteral("DejaVu Sans") << families.first();
        font.setFamilies(wanted);
        QApplication::setFont(font);
        return;
    }
}

} // namespace carbonlabel
