#pragma once

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace carbonlabel {

// The parts of a TrueType font that a PDF needs to embed it as a CID font: metrics, each
// glyph's advance and the character it stands for, and a subset with only the glyphs a
// document draws. Read once per font and process (of()); immutable, so threads share it.
class TrueTypeFont
{
public:
    // The font behind `raw`, read on first use; nullptr with `error` when it has no TrueType
    // outlines (a CFF font) or its tables are damaged.
    static std::shared_ptr<const TrueTypeFont> of(const QRawFont &raw, QString *error);

    // Reads a font from its tables; `unicodeOf` gives the character a glyph stands for.
    struct Tables
    {
        QByteArray head, hhea, maxp, hmtx, loca, glyf, os2, post, cvt, fpgm, prep;

        // The tables of the font behind `raw`, as Qt reads them from its file.
        static Tables of(const QRawFont &raw);
    };
    static std::shared_ptr<const TrueTypeFont>
    fromTables(Tables tables, std::vector<char32_t> unicodeOf, const QString &name, QString *error);

    int unitsPerEm() const { return m_unitsPerEm; }
    int glyphCount() const { return m_glyphCount; }
    // In font units.
    int advance(quint16 glyph) const;
    // The character `glyph` draws (the lowest code point the font maps to it), or 0.
    char32_t unicode(quint16 glyph) const;
    // xMin, yMin, xMax, yMax in font units.
    QRect boundingBox() const { return m_bbox; }
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; } // negative, below the baseline
    int capHeight() const { return m_capHeight; }
    int weightClass() const { return m_weightClass; } // OS/2 usWeightClass, 400 regular
    // A name usable as a PDF name: letters and digits of the family and style.
    QString postScriptName() const { return m_name; }

    // A TrueType file with `glyphs` (original ids; .notdef and the parts of composite glyphs
    // are added), renumbered in this order: glyph i of the result is `order[i]` of this font.
    // `glyphs` must begin with 0 and list each glyph once.
    QByteArray subset(const QList<quint16> &glyphs, QList<quint16> *order) const;

private:
    TrueTypeFont() = default;
    QByteArray glyphData(quint16 glyph) const;

    Tables m_tables;
    std::vector<char32_t> m_unicode;
    std::vector<quint32> m_offsets; // loca, as byte offsets into glyf; m_glyphCount + 1 of them
    int m_unitsPerEm = 1000;
    int m_glyphCount = 0;
    int m_metricsCount = 0; // hhea.numberOfHMetrics
    QRect m_bbox;
    int m_ascent = 0;
    int m_descent = 0;
    int m_capHeight = 0;
    int m_weightClass = 400;
    QString m_name;
};

} // namespace carbonlabel
