#pragma once

#include "core/render/truetypefont.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSizeF>
#include <QString>

#include <vector>

namespace carbonlabel {

// The objects of a PDF file around pages' content streams: the catalogue, the pages, their
// shared resources (fonts as CID fonts with a subset and a ToUnicode map, opacities) and the
// document information, with the cross-reference table. Deterministic: the same input gives
// the same bytes.
class PdfFileWriter
{
public:
    // A font the pages use as /F<n>, n counting from 0 in the order added; `glyphs` are the
    // font's original glyph ids in the order of the ids the content streams draw them with.
    void addFont(const TrueTypeFont &font, const QList<quint16> &glyphs);
    // The opacities the pages use as /GS<n>, as 0-255.
    void setOpacities(const QList<int> &alphas) { m_alphas = alphas; }

    QByteArray write(const std::vector<QByteArray> &pages, const QSizeF &pagePoints,
                     const QString &title, const QString &creator, const QDate &date);

private:
    struct Font
    {
        const TrueTypeFont *font;
        QList<quint16> glyphs;
    };

    int reserve();
    void beginObject(int id);
    void stream(int id, const QByteArray &dictionary, const QByteArray &data, bool compress);
    void writeFont(const Font &font, int fontId);

    std::vector<Font> m_fonts;
    QList<int> m_alphas;
    QByteArray m_out;
    std::vector<qsizetype> m_offsets; // of object i + 1
};

} // namespace carbonlabel
