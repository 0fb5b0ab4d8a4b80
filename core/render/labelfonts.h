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
// of silently coming from a font whose text does not extract.
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

        bool ok() const { return error.isEmpty() && !family.isEmpty(); }
    };

    // $CARBONLABEL_LABEL_FONT if set, then the places distributions install
    // fonts-wqy-microhei to (Debian first).
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
};

} // namespace carbonlabel
