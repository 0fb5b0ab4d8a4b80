// libFuzzer target: the label font's own tables, damaged as the input says, read and subset
// as a PDF embeds a font (TrueTypeFont). A damaged font must be an error or a font whose
// subset stays inside its tables; never a read past a table's end (AddressSanitizer).
//
// Input: records of [table (1 byte) | operation (1) | offset (3, big-endian) | length (1) |
// that many bytes]; after them, pairs of bytes name the glyphs to subset.
#include "core/render/truetypefont.h"

#include <QFile>
#include <QHash>
#include <QtEndian>

#include <cstdlib>

using namespace carbonlabel;

namespace {

QByteArray *tableOf(TrueTypeFont::Tables &t, int index)
{
    QByteArray *const tables[] = {&t.head, &t.hhea, &t.maxp, &t.hmtx, &t.loca, &t.glyf,
                                  &t.os2,  &t.post, &t.cvt,  &t.fpgm, &t.prep};
    return tables[index % std::size(tables)];
}

// The tables of a TrueType file, by its table directory: read here rather than through
// QRawFont (TrueTypeFont::Tables::of), which would need a QGuiApplication in the fuzzer.
TrueTypeFont::Tables readFont(const QByteArray &file)
{
    QHash<QByteArray, QByteArray> byTag;
    const auto u16 = [&](qsizetype at) { return qFromBigEndian<quint16>(file.constData() + at); };
    const auto u32 = [&](qsizetype at) { return qFromBigEndian<quint32>(file.constData() + at); };
    if (file.size() < 12)
        std::abort();
    const int count = u16(4);
    for (int i = 0; i < count && 12 + 16 * (i + 1) <= file.size(); ++i) {
        const qsizetype record = 12 + 16 * i;
        byTag.insert(file.mid(record, 4), file.mid(u32(record + 8), u32(record + 12)));
    }
    return {byTag.value("head"), byTag.value("hhea"), byTag.value("maxp"), byTag.value("hmtx"),
            byTag.value("loca"), byTag.value("glyf"), byTag.value("OS/2"), byTag.value("post"),
            byTag.value("cvt "), byTag.value("fpgm"), byTag.value("prep")};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TrueTypeFont::Tables intact = [] {
        QFile f(QStringLiteral(CARBONLABEL_LABEL_FONT_FILE));
        if (!f.open(QIODevice::ReadOnly))
            std::abort();
        return readFont(f.readAll());
    }();
    TrueTypeFont::Tables t = intact;
    size_t at = 0;
    // Up to eight damages, then the glyphs.
    for (int record = 0; record < 8 && at + 6 <= size; ++record) {
        QByteArray *table = tableOf(t, data[at]);
        const int operation = data[at + 1] % 4;
        if (operation == 3) { // no more damage
            at += 2;
            break;
        }
        const qsizetype offset = table->isEmpty()
                ? 0
                : qsizetype((data[at + 2] << 16) | (data[at + 3] << 8) | data[at + 4])
                        % (table->size() + 1);
        const size_t length = std::min<size_t>(data[at + 5], size - at - 6);
        const QByteArray bytes(reinterpret_cast<const char *>(data + at + 6), qsizetype(length));
        at += 6 + length;
        if (operation == 0) // overwrite, growing the table if needed
            table->replace(offset, std::min<qsizetype>(bytes.size(), table->size() - offset),
                           bytes);
        else if (operation == 1) // cut
            table->truncate(offset);
        else // insert
            table->insert(offset, bytes);
    }

    QString error;
    const auto font = TrueTypeFont::fromTables(t, {}, QStringLiteral("Fuzz"), &error);
    if (!font) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    QList<quint16> glyphs{0};
    for (; at + 2 <= size && glyphs.size() < 64; at += 2) {
        const quint16 glyph = quint16((data[at] << 8) | data[at + 1]);
        if (!glyphs.contains(glyph))
            glyphs.append(glyph);
    }
    for (const quint16 glyph : std::as_const(glyphs)) {
        (void)font->advance(glyph);
        (void)font->unicode(glyph);
    }
    QList<quint16> order;
    const QByteArray file = font->subset(glyphs, &order);
    if (file.isEmpty() || order.isEmpty() || order.constFirst() != 0)
        std::abort();
    return 0;
}
