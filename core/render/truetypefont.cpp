#include "core/render/truetypefont.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QtEndian>

#include <algorithm>

namespace carbonlabel {

namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at + 2 <= b.size() ? qFromBigEndian<quint16>(b.constData() + at) : 0;
}

qint16 s16(const QByteArray &b, qsizetype at)
{
    return static_cast<qint16>(u16(b, at));
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return at + 4 <= b.size() ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}

void put16(QByteArray &b, qsizetype at, quint16 v)
{
    qToBigEndian<quint16>(v, b.data() + at);
}

void put32(QByteArray &b, qsizetype at, quint32 v)
{
    qToBigEndian<quint32>(v, b.data() + at);
}

void append16(QByteArray &b, quint16 v)
{
    b.resize(b.size() + 2);
    put16(b, b.size() - 2, v);
}

void append32(QByteArray &b, quint32 v)
{
    b.resize(b.size() + 4);
    put32(b, b.size() - 4, v);
}

quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    const qsizetype words = (table.size() + 3) / 4;
    for (qsizetype i = 0; i < words; ++i) {
        quint32 word = 0;
        for (int k = 0; k < 4; ++k) {
            const qsizetype at = i * 4 + k;
            word = (word << 8) | (at < table.size() ? quint8(table[at]) : 0u);
        }
        sum += word;
    }
    return sum;
}

// Composite glyph flags (TrueType 'glyf').
constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kHaveXYScale = 0x0040;
constexpr quint16 kHaveTwoByTwo = 0x0080;

// Calls `component(offsetOfGlyphIndex)` for each part of a composite glyph.
template<typename F> void forEachComponent(const QByteArray &glyph, F component)
{
    if (glyph.size() < 10 || s16(glyph, 0) >= 0)
        return;
    qsizetype at = 10;
    quint16 flags = 0;
    do {
        if (at + 4 > glyph.size())
            return;
        flags = u16(glyph, at);
        component(at + 2);
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kHaveScale)
            at += 2;
        else if (flags & kHaveXYScale)
            at += 4;
        else if (flags & kHaveTwoByTwo)
            at += 8;
    } while (flags & kMoreComponents);
}

QString pdfName(const QString &family, const QString &style)
{
    QString name;
    for (const QChar c : family + style) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            name += c;
    }
    return name.isEmpty() ? QStringLiteral("Font") : name;
}

} // namespace

TrueTypeFont::Tables TrueTypeFont::Tables::of(const QRawFont &raw)
{
    return {raw.fontTable("head"), raw.fontTable("hhea"), raw.fontTable("maxp"),
            raw.fontTable("hmtx"), raw.fontTable("loca"), raw.fontTable("glyf"),
            raw.fontTable("OS/2"), raw.fontTable("post"), raw.fontTable("cvt "),
            raw.fontTable("fpgm"), raw.fontTable("prep")};
}

std::shared_ptr<const TrueTypeFont> TrueTypeFont::of(const QRawFont &raw, QString *error)
{
    // One entry per font file and face, however many sizes draw with it.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const TrueTypeFont>> cache;
    const QByteArray head = raw.fontTable("head");
    const QString key = raw.familyName() + QLatin1Char('\n') + raw.styleName() + QLatin1Char('\n')
            + QString::fromLatin1(head.toHex());
    QMutexLocker lock(&mutex);
    if (auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    Tables t = Tables::of(raw);
    // The lowest code point of each glyph, from Qt's own cmap lookup, once for the plane
    // that labels print from (the label font has nothing beyond it).
    const int glyphs = u16(t.maxp, 4);
    std::vector<char32_t> unicodeOf(glyphs, 0);
    QString plane;
    plane.reserve(0x10000);
    for (char32_t c = 0; c < 0x10000; ++c)
        plane += (c >= 0xD800 && c <= 0xDFFF) ? QChar(0) : QChar(c);
    QList<quint32> ids = raw.glyphIndexesForString(plane);
    // From the top down, so the lowest code point wins; controls (Qt maps a tab to the
    // space glyph) are never what a glyph stands for.
    for (qsizetype c = ids.size() - 1; c >= 0x20; --c) {
        if (ids[c] > 0 && ids[c] < quint32(glyphs) && !(c >= 0xD800 && c <= 0xDFFF))
            unicodeOf[ids[c]] = char32_t(c);
    }
    auto font = fromTables(std::move(t), std::move(unicodeOf),
                           pdfName(raw.familyName(), raw.styleName()), error);
    if (font)
        cache.insert(key, font);
    return font;
}

std::shared_ptr<const TrueTypeFont> TrueTypeFont::fromTables(Tables t,
                                                             std::vector<char32_t> unicodeOf,
                                                             const QString &name, QString *error)
{
    auto fail = [&](const char *what) {
        if (error)
            *error = QCoreApplication::translate("TrueTypeFont",
                                                 "the font %1 cannot be embedded: %2")
                             .arg(name, QCoreApplication::translate("TrueTypeFont", what));
        return std::shared_ptr<const TrueTypeFont>();
    };
    if (t.glyf.isEmpty() || t.loca.isEmpty())
        return fail(QT_TRANSLATE_NOOP("TrueTypeFont", "it has no TrueType outlines"));
    if (t.head.size() < 54 || t.hhea.size() < 36 || t.maxp.size() < 6)
        return fail(QT_TRANSLATE_NOOP("TrueTypeFont", "its head, hhea or maxp table is damaged"));
    std::shared_ptr<TrueTypeFont> f(new TrueTypeFont);
    f->m_unitsPerEm = std::max<int>(16, u16(t.head, 18));
    f->m_bbox = QRect(QPoint(s16(t.head, 36), s16(t.head, 38)),
                      QPoint(s16(t.head, 40), s16(t.head, 42)));
    f->m_glyphCount = u16(t.maxp, 4);
    if (f->m_glyphCount == 0) // every font has .notdef, and a subset always keeps it
        return fail(QT_TRANSLATE_NOOP("TrueTypeFont", "its head, hhea or maxp table is damaged"));
    f->m_metricsCount = std::clamp<int>(u16(t.hhea, 34), 1, std::max(1, f->m_glyphCount));
    f->m_ascent = s16(t.hhea, 4);
    f->m_descent = s16(t.hhea, 6);
    f->m_capHeight = f->m_ascent;
    if (t.os2.size() >= 6)
        f->m_weightClass = u16(t.os2, 4);
    if (t.os2.size() >= 90 && u16(t.os2, 0) >= 2)
        f->m_capHeight = s16(t.os2, 88);
    const bool longOffsets = s16(t.head, 50) == 1;
    const qsizetype entries = f->m_glyphCount + 1;
    if (t.loca.size() < entries * (longOffsets ? 4 : 2)
        || t.hmtx.size() < f->m_metricsCount * 4 + (f->m_glyphCount - f->m_metricsCount) * 2)
        return fail(QT_TRANSLATE_NOOP("TrueTypeFont", "its loca or hmtx table is too short"));
    f->m_offsets.resize(entries);
    for (qsizetype i = 0; i < entries; ++i) {
        const quint32 offset = longOffsets ? u32(t.loca, i * 4) : 2u * u16(t.loca, i * 2);
        if (offset > quint32(t.glyf.size()) || (i > 0 && offset < f->m_offsets[i - 1]))
            return fail(QT_TRANSLATE_NOOP("TrueTypeFont", "its loca table is out of order"));
        f->m_offsets[i] = offset;
    }
    unicodeOf.resize(f->m_glyphCount, 0);
    f->m_unicode = std::move(unicodeOf);
    f->m_tables = std::move(t);
    f->m_name = name;
    return f;
}

int TrueTypeFont::advance(quint16 glyph) const
{
    if (glyph >= m_glyphCount)
        return 0;
    const int metric = std::min<int>(glyph, m_metricsCount - 1);
    return u16(m_tables.hmtx, metric * 4);
}

char32_t TrueTypeFont::unicode(quint16 glyph) const
{
    return glyph < m_unicode.size() ? m_unicode[glyph] : 0;
}

QByteArray TrueTypeFont::glyphData(quint16 glyph) const
{
    if (glyph >= m_glyphCount)
        return {};
    const quint32 from = m_offsets[glyph];
    return m_tables.glyf.mid(from, m_offsets[glyph + 1] - from);
}

QByteArray TrueTypeFont::subset(const QList<quint16> &glyphs, QList<quint16> *order) const
{
    // The glyphs asked for, then the parts of composites, each once.
    QList<quint16> ids = glyphs;
    std::vector<int> newId(m_glyphCount, -1);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids[i] >= m_glyphCount)
            ids[i] = 0;
        if (newId[ids[i]] < 0)
            newId[ids[i]] = int(i);
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        forEachComponent(glyphData(ids[i]), [&](qsizetype at) {
            const quint16 part = u16(glyphData(ids[i]), at);
            if (part < m_glyphCount && newId[part] < 0) {
                newId[part] = int(ids.size());
                ids.append(part);
            }
        });
    }

    QByteArray glyf;
    QByteArray loca;
    QByteArray hmtx;
    for (const quint16 id : std::as_const(ids)) {
        append32(loca, quint32(glyf.size()));
        QByteArray data = glyphData(id);
        forEachComponent(data, [&](qsizetype at) {
            const quint16 part = u16(data, at);
            put16(data, at, quint16(part < m_glyphCount ? newId[part] : 0));
        });
        glyf += data;
        glyf.append((4 - glyf.size() % 4) % 4, '\0');
        const int metric = std::min<int>(id, m_metricsCount - 1);
        append16(hmtx, u16(m_tables.hmtx, metric * 4));
        const qsizetype lsb
                = id < m_metricsCount ? id * 4 + 2 : m_metricsCount * 4 + (id - m_metricsCount) * 2;
        append16(hmtx, u16(m_tables.hmtx, lsb));
    }
    append32(loca, quint32(glyf.size()));

    QByteArray head = m_tables.head;
    put32(head, 8, 0); // checkSumAdjustment, set below
    put16(head, 50, 1); // long loca offsets
    QByteArray hhea = m_tables.hhea;
    put16(hhea, 34, quint16(ids.size()));
    QByteArray maxp = m_tables.maxp;
    put16(maxp, 4, quint16(ids.size()));
    // post format 3: no glyph names (a PDF's CID font does not use them).
    QByteArray post = m_tables.post.left(32);
    if (post.size() < 32)
        post = QByteArray(32, '\0');
    put32(post, 0, 0x00030000);

    struct Table
    {
        const char *tag;
        QByteArray data;
    };
    // In tag order, as the table directory must be sorted.
    std::vector<Table> tables;
    if (!m_tables.cvt.isEmpty())
        tables.push_back({"cvt ", m_tables.cvt});
    if (!m_tables.fpgm.isEmpty())
        tables.push_back({"fpgm", m_tables.fpgm});
    tables.push_back({"glyf", glyf});
    tables.push_back({"head", head});
    tables.push_back({"hhea", hhea});
    tables.push_back({"hmtx", hmtx});
    tables.push_back({"loca", loca});
    tables.push_back({"maxp", maxp});
    tables.push_back({"post", post});
    if (!m_tables.prep.isEmpty())
        tables.push_back({"prep", m_tables.prep});

    const auto count = quint16(tables.size());
    quint16 power = 1;
    quint16 log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    QByteArray file;
    append32(file, 0x00010000);
    append16(file, count);
    append16(file, quint16(power * 16));
    append16(file, log2);
    append16(file, quint16(count * 16 - power * 16));
    quint32 offset = 12 + 16 * count;
    for (const Table &t : tables) {
        file.append(t.tag, 4);
        append32(file, checksum(t.data));
        append32(file, offset);
        append32(file, quint32(t.data.size()));
        offset += quint32((t.data.size() + 3) / 4 * 4);
    }
    qsizetype headAt = 0;
    for (const Table &t : tables) {
        if (qstrcmp(t.tag, "head") == 0)
            headAt = file.size();
        file += t.data;
        file.append((4 - file.size() % 4) % 4, '\0');
    }
    put32(file, headAt + 8, 0xB1B0AFBAu - checksum(file));
    if (order)
        *order = ids;
    return file;
}

} // namespace carbonlabel
