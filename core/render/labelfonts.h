#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

namespace carbonlabel {

// The one font every label and sheet is drawn with: WenQuanYi Micro Hei, loaded from its file
// and named explicitly. Measured with Qt 6.4 (docs/labels.md): its Chinese and Latin text comes
// back exactly from pdftotext and Poppler, while Noto Sans CJK, which fontconfig would pick,
// does not. Fallback to other fonts is switched off, so a missing glyph shows as a box instead
// of silently coming from a font whose text does not extract; missingCharacters() finds those
// characters so that the user is told (LabelGlyphCheck).
//
// The file is the subset the build cuts from the Debian font (GB2312, ASCII, Latin-1 and the
// labels' punctuation and symbols, no hinting instructions: scripts/label-font-codepoints.py),
// quicker to look up and smaller to embed than the whole font.
class LabelFonts
{
    Q_DECLARE_TR_FUNCTIONS(LabelFonts)

public:
    // What loading gave: the family to draw with, or why there is none.
    struct Loaded
    {
        QString family;
        QString file;
        QString error; // translated; empty on success
        // Translated; set when the labels are drawn with the whole system font because the
        // subset is missing (they come out the same, more slowly).
        QString warning;

        bool ok() const { return error.isEmpty() && !family.isEmpty(); }
    };

    // <program>/../share/carbonlabel/fonts/wqy-microhei-label.ttf, in the build tree and
    // installed alike.
    static QString subsetFile();
    // Where distributions install fonts-wqy-microhei (Debian first): the fallback.
    static QStringList systemFiles();
    // $CARBONLABEL_LABEL_FONT alone if set (an explicit choice, such as the whole font for a
    // measurement), else the subset, then systemFiles().
    static QStringList candidateFiles();

    // Loads the label font once per process (the first call wins; later calls return the same
    // result) and may be called from any thread. Needs a QGuiApplication.
    static const Loaded &load();

    // Loads `file` and returns its first family; on failure `error` names the file. Each call
    // registers the file again, so this is for tests and tools, not for every label.
    static Loaded loadFile(const QString &file);

    // A font of `family` at `pointSize`; a regular one never falls back to another font (see
    // the .cpp for bold).
    static QFont font(const QString &family, qreal pointSize, bool bold = false);

    // The characters of `text` that the loaded label font cannot draw, each once, in order of
    // appearance; spaces and invisible format characters are not counted. Empty when the font
    // is not loaded. Safe from any thread.
    static QString missingCharacters(const QString &text);
    // The warning for `text`, which has the `missing` characters (see missingCharacters()).
    static QString missingWarning(const QString &text, const QString &missing);
};

} // namespace carbonlabel
