#include "core/render/labelfonts.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>

namespace carbonlabel {

namespace {

const char *const kFamily = "WenQuanYi Micro Hei";

bool counted(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return !QChar::isSpace(c) && category != QChar::Other_Control
            && category != QChar::Other_Format;
}

} // namespace

QString LabelFonts::subsetFile()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/carbonlabel/fonts/wqy-microhei-label.ttf"));
}

QStringList LabelFonts::systemFiles()
{
    return {QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), // Debian, Ubuntu
            QStringLiteral("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"), // Fedora
            QStringLiteral("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc")}; // Arch
}

QStringList LabelFonts::candidateFiles()
{
    const QString fromEnvironment = qEnvironmentVariable("CARBONLABEL_LABEL_FONT");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment}; // an explicit choice: no silent fallback to another file
    return QStringList{subsetFile()} + systemFiles();
}

LabelFonts::Loaded LabelFonts::loadFile(const QString &file)
{
    Loaded loaded;
    loaded.file = file;
    if (!QFileInfo(file).isFile()) {
        loaded.error
                = tr("the label font %1 is missing; install the package fonts-wqy-microhei "
                     "(scripts/install-deps.sh does) or set CARBONLABEL_LABEL_FONT to the file")
                          .arg(QDir::toNativeSeparators(file));
        return loaded;
    }
    // The subset has the family name of the whole font, which fontconfig also knows from the
    // system. Qt 6.4 gives a family to the file registered last, and reads the system's fonts
    // only on the first query: ask one first, so that the file registered here comes after
    // them and is the one drawn with (tst_labelfonts checks it).
    QFontDatabase::families();
    const int id = QFontDatabase::addApplicationFont(file);
    const QStringList families
            = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
    if (families.isEmpty()) {
        loaded.error = tr("the label font %1 could not be loaded (not a font file?)")
                               .arg(QDir::toNativeSeparators(file));
        return loaded;
    }
    // A collection holds Micro Hei and Micro Hei Mono: prefer the proportional face.
    loaded.family = families.contains(QLatin1String(kFamily)) ? QString::fromLatin1(kFamily)
                                                              : families.constFirst();
    return loaded;
}

const LabelFonts::Loaded &LabelFonts::load()
{
    // A function-local static is initialised once, even when several threads arrive at once.
    static const Loaded loaded = [] {
        const QStringList files = candidateFiles();
        for (const QString &file : files) {
            if (!QFileInfo(file).isFile())
                continue;
            Loaded found = loadFile(file);
            if (found.ok() && file != subsetFile() && files.constFirst() == subsetFile()) {
                found.warning = tr("the label font subset %1 is missing, so the labels embed "
                                   "the whole font %2: the same labels, made more slowly "
                                   "(rebuild, or reinstall CarbonLabel)")
                                        .arg(QDir::toNativeSeparators(subsetFile()),
                                             QDir::toNativeSeparators(file));
            }
            return found;
        }
        // Reports the system font as missing: that is what a user can install.
        return loadFile(files.size() > 1 ? files.at(1) : files.constFirst());
    }();
    return loaded;
}

QFont LabelFonts::font(const QString &family, qreal pointSize, bool bold)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No font merging: a glyph the label font lacks must not come from a font whose text does
    // not extract. Qt 6.4 then also refuses to embolden the (regular-only) face, so bold keeps
    // merging on; bold is used only for fixed words and numbers, whose glyphs the GB2312 + ASCII
    // test proves are in the font, never for text from a profile. No hinting: PDF units.
    if (!bold)
        font.setStyleStrategy(QFont::NoFontMerging);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

QString LabelFonts::missingCharacters(const QString &text)
{
    const Loaded &loaded = load();
    if (!loaded.ok())
        return {};
    // The regular font, which draws all text from a profile, with no fallback: what it
    // cannot render prints as its .notdef box. (QFontMetricsF is per thread; the font engine
    // behind it is shared.)
    const QFontMetricsF metrics(font(loaded.family, 12.0));
    QString missing;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (!counted(c) || metrics.inFontUcs4(c))
            continue;
        const auto u = char32_t(c);
        const QString character = QString::fromUcs4(&u, 1);
        if (!missing.contains(character))
            missing += character;
    }
    return missing;
}

QString LabelFonts::missingWarning(const QString &text, const QString &missing)
{
    QStringList listed;
    const QList<uint> codePoints = missing.toUcs4();
    for (const uint c : codePoints) {
        const auto u = char32_t(c);
        listed << QStringLiteral("U+%1 %2")
                          .arg(c, 4, 16, QLatin1Char('0'))
                          .toUpper()
                          .arg(QString::fromUcs4(&u, 1));
    }
    return tr("the label font has no glyph for %1 in \"%2\": it prints as an empty box")
            .arg(listed.join(QStringLiteral(", ")), text);
}

} // namespace carbonlabel
