#include "core/render/labelfonts.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>

namespace carbonlabel {

namespace {

const char *const kFamily = "WenQuanYi Micro Hei";

} // namespace

QStringList LabelFonts::candidateFiles()
{
    QStringList files;
    const QString fromEnvironment = qEnvironmentVariable("CARBONLABEL_LABEL_FONT");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment}; // an explicit choice: no silent fallback to another file
    files << QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") // Debian, Ubuntu
          << QStringLiteral("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc") // Fedora
          << QStringLiteral("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"); // Arch
    return files;
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
            if (QFileInfo(file).isFile())
                return loadFile(file);
        }
        return loadFile(files.constFirst()); // reports the first place as missing
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

} // namespace carbonlabel
