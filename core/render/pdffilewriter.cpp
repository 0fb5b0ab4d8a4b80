#include "core/render/pdffilewriter.h"

#include <QCryptographicHash>

#include <cmath>

namespace carbonlabel {

namespace {

QByteArray hex16(quint32 v)
{
    return QByteArray::number(v, 16).toUpper().rightJustified(4, '0');
}

// A text string as UTF-16BE with its byte order mark, in hex: any language, no escaping.
QByteArray textString(const QString &s)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : s) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xFF);
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray deflated(const QByteArray &data)
{
    // qCompress puts the length in front of the zlib stream; FlateDecode wants the stream.
    return qCompress(data).mid(4);
}

// Glyph space: 1000 units per em.
int thousandths(int fontUnits, int unitsPerEm)
{
    return int(std::lround(fontUnits * 1000.0 / unitsPerEm));
}

QByteArray toUnicodeMap(const TrueTypeFont &font, const QList<quint16> &glyphs)
{
    QByteArray map = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<QByteArray> lines;
    for (qsizetype id = 1; id < glyphs.size(); ++id) {
        const char32_t c = font.unicode(glyphs[id]);
        if (c == 0)
            continue;
        QByteArray utf16;
        if (c < 0x10000) {
            utf16 = hex16(c);
        } else {
            const char32_t v = c - 0x10000;
            utf16 = hex16(0xD800 + (v >> 10)) + hex16(0xDC00 + (v & 0x3FF));
        }
        lines << '<' + hex16(quint32(id)) + "> <" + utf16 + ">\n";
    }
    for (qsizetype i = 0; i < lines.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, lines.size() - i);
        map += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k)
            map += lines[k];
        map += "endbfchar\n";
    }
    map += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return map;
}

} // namespace

void PdfFileWriter::addFont(const TrueTypeFont &font, const QList<quint16> &glyphs)
{
    m_fonts.push_back({&font, glyphs});
}

int PdfFileWriter::reserve()
{
    m_offsets.push_back(-1);
    return int(m_offsets.size());
}

void PdfFileWriter::beginObject(int id)
{
    m_offsets[id - 1] = m_out.size();
    m_out += QByteArray::number(id) + " 0 obj\n";
}

void PdfFileWriter::stream(int id, const QByteArray &dictionary, const QByteArray &data,
                           bool compress)
{
    const QByteArray body = compress ? deflated(data) : data;
    beginObject(id);
    m_out += "<<" + dictionary + " /Length " + QByteArray::number(body.size())
            + (compress ? " /Filter /FlateDecode" : "") + " >>\nstream\n";
    m_out += body;
    m_out += "\nendstream\nendobj\n";
}

void PdfFileWriter::writeFont(const Font &f, int fontId)
{
    const TrueTypeFont &font = *f.font;
    QList<quint16> order;
    const QByteArray file = font.subset(f.glyphs, &order);
    // The subset tag: six capitals from the glyphs it holds, the same for the same subset.
    const QByteArray digest
            = QCryptographicHash::hash(QByteArray(reinterpret_cast<const char *>(order.constData()),
                                                  order.size() * qsizetype(sizeof(quint16))),
                                       QCryptographicHash::Sha1);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest[i]) % 26);
    const QByteArray name = '/' + tag + '+' + font.postScriptName().toLatin1();
    const int em = font.unitsPerEm();

    const int cidFont = reserve();
    const int descriptor = reserve();
    const int fontFile = reserve();
    const int toUnicode = reserve();

    beginObject(fontId);
    m_out += "<< /Type /Font /Subtype /Type0 /BaseFont " + name
            + " /Encoding /Identity-H /DescendantFonts [" + QByteArray::number(cidFont)
            + " 0 R] /ToUnicode " + QByteArray::number(toUnicode) + " 0 R >>\nendobj\n";

    QByteArray widths = "[0 [";
    for (qsizetype id = 0; id < order.size(); ++id) {
        widths += (id ? " " : "") + QByteArray::number(thousandths(font.advance(order[id]), em));
    }
    widths += "]]";
    beginObject(cidFont);
    m_out += "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name
            + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
              " /FontDescriptor "
            + QByteArray::number(descriptor) + " 0 R /CIDToGIDMap /Identity /W " + widths
            + " >>\nendobj\n";

    const QRect box = font.boundingBox();
    beginObject(descriptor);
    m_out += "<< /Type /FontDescriptor /FontName " + name + " /Flags 4 /FontBBox ["
            + QByteArray::number(thousandths(box.left(), em)) + ' '
            + QByteArray::number(thousandths(box.top(), em)) + ' '
            + QByteArray::number(thousandths(box.right(), em)) + ' '
            + QByteArray::number(thousandths(box.bottom(), em)) + "] /ItalicAngle 0 /Ascent "
            + QByteArray::number(thousandths(font.ascent(), em)) + " /Descent "
            + QByteArray::number(thousandths(font.descent(), em)) + " /CapHeight "
            + QByteArray::number(thousandths(font.capHeight(), em)) + " /StemV 80 /FontFile2 "
            + QByteArray::number(fontFile) + " 0 R >>\nendobj\n";

    stream(fontFile, " /Length1 " + QByteArray::number(file.size()), file, true);
    stream(toUnicode, QByteArray(), toUnicodeMap(font, order), true);
}

QByteArray PdfFileWriter::write(const std::vector<QByteArray> &pages, const QSizeF &pagePoints,
                                const QString &title, const QString &creator, const QDate &date)
{
    m_out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    m_offsets.clear();
    const int catalog = reserve();
    const int pagesId = reserve();
    const int info = reserve();
    const int resources = reserve();
    std::vector<int> fontIds;
    for (std::size_t i = 0; i < m_fonts.size(); ++i)
        fontIds.push_back(reserve());
    std::vector<int> pageIds;
    std::vector<int> contentIds;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        pageIds.push_back(reserve());
        contentIds.push_back(reserve());
    }

    beginObject(catalog);
    m_out += "<< /Type /Catalog /Pages " + QByteArray::number(pagesId) + " 0 R >>\nendobj\n";

    beginObject(pagesId);
    m_out += "<< /Type /Pages /Kids [";
    for (std::size_t i = 0; i < pageIds.size(); ++i)
        m_out += (i ? " " : "") + QByteArray::number(pageIds[i]) + " 0 R";
    m_out += "] /Count " + QByteArray::number(qsizetype(pageIds.size())) + " >>\nendobj\n";

    const QByteArray day = date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")).toLatin1()
                                          : QByteArray("19700101");
    beginObject(info);
    m_out += "<< /Title " + textString(title) + " /Creator " + textString(creator) + " /Producer "
            + textString(creator) + " /CreationDate (D:" + day + "000000Z) >>\nendobj\n";

    beginObject(resources);
    m_out += "<< /Font <<";
    for (std::size_t i = 0; i < fontIds.size(); ++i)
        m_out += " /F" + QByteArray::number(qsizetype(i)) + ' ' + QByteArray::number(fontIds[i])
                + " 0 R";
    m_out += " >> /ExtGState <<";
    for (qsizetype i = 0; i < m_alphas.size(); ++i) {
        const QByteArray a = QByteArray::number(m_alphas[i] / 255.0, 'g', 4);
        m_out += " /GS" + QByteArray::number(i) + " << /ca " + a + " /CA " + a + " >>";
    }
    m_out += " >> >>\nendobj\n";

    const QByteArray mediaBox = "[0 0 " + QByteArray::number(pagePoints.width(), 'f', 6) + ' '
            + QByteArray::number(pagePoints.height(), 'f', 6) + ']';
    for (std::size_t i = 0; i < pages.size(); ++i) {
        beginObject(pageIds[i]);
        m_out += "<< /Type /Page /Parent " + QByteArray::number(pagesId) + " 0 R /MediaBox "
                + mediaBox + " /Resources " + QByteArray::number(resources) + " 0 R /Contents "
                + QByteArray::number(contentIds[i]) + " 0 R >>\nendobj\n";
        stream(contentIds[i], QByteArray(), pages[i], true);
    }
    for (std::size_t i = 0; i < m_fonts.size(); ++i)
        writeFont(m_fonts[i], fontIds[i]);

    const qsizetype xref = m_out.size();
    m_out += "xref\n0 " + QByteArray::number(qsizetype(m_offsets.size() + 1))
            + "\n0000000000 65535 f \n";
    for (const qsizetype offset : m_offsets)
        m_out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    m_out += "trailer\n<< /Size " + QByteArray::number(qsizetype(m_offsets.size() + 1)) + " /Root "
            + QByteArray::number(catalog) + " 0 R /Info " + QByteArray::number(info)
            + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return m_out;
}

} // namespace carbonlabel
