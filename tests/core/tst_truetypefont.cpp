// TrueTypeFont, the font reader and subsetter behind the badge's PDF engine: each subset is
// read back by FreeType (QRawFont) and compared with the label font it was cut from, glyph by
// glyph, so what a badge embeds draws exactly what Qt measured.

#include "core/render/labelfonts.h"
#include "core/render/truetypefont.h"

#include <QPainterPath>
#include <QRawFont>
#include <QtEndian>
#include <QtTest>

using namespace carbonlabel;

namespace {

quint16 be16(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint16>(b.constData() + at);
}

quint32 be32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

QRawFont labelFont(double pixelSize = 200.0)
{
    return QRawFont(LabelFonts::subsetFile(), pixelSize, QFont::PreferNoHinting);
}

void put16(QByteArray &b, qsizetype at, quint16 v)
{
    qToBigEndian<quint16>(v, b.data() + at);
}

quint16 glyphOf(const QRawFont &font, const QString &character)
{
    const QList<quint32> ids = font.glyphIndexesForString(character);
    return ids.isEmpty() ? 0 : quint16(ids.constFirst());
}

// Element by element: the same outline, to the bit, as FreeType reads it from either file.
QString pathDifference(const QPainterPath &a, const QPainterPath &b)
{
    if (a.elementCount() != b.elementCount())
        return QStringLiteral("%1 elements, expected %2")
                .arg(a.elementCount())
                .arg(b.elementCount());
    for (int i = 0; i < a.elementCount(); ++i) {
        const QPainterPath::Element x = a.elementAt(i);
        const QPainterPath::Element y = b.elementAt(i);
        if (x.type != y.type || x.x != y.x || x.y != y.y)
            return QStringLiteral("element %1 differs").arg(i);
    }
    return {};
}

} // namespace

class TestTrueTypeFont : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(LabelFonts::load().ok(), qPrintable(LabelFonts::load().error));
        QVERIFY(labelFont().isValid());
    }

    void metricsAreFreeTypes()
    {
        const QRawFont raw = labelFont(1000.0);
        QString error;
        const auto font = TrueTypeFont::of(raw, &error);
        QVERIFY2(font, qPrintable(error));
        QCOMPARE(font->unitsPerEm(), qRound(raw.unitsPerEm()));
        const quint16 han = glyphOf(raw, QStringLiteral("碳"));
        const quint16 a = glyphOf(raw, QStringLiteral("a"));
        // At a pixel size of 1000 the design advances in pixels are font units times
        // 1000 / unitsPerEm; Qt keeps them to 1/64 of a pixel.
        const QList<QPointF> advances
                = raw.advancesForGlyphIndexes(QList<quint32>{han, a}, QRawFont::UseDesignMetrics);
        QVERIFY(std::abs(font->advance(han) * 1000.0 / font->unitsPerEm() - advances[0].x())
                <= 1.0 / 64);
        QVERIFY(std::abs(font->advance(a) * 1000.0 / font->unitsPerEm() - advances[1].x())
                <= 1.0 / 64);
        QVERIFY(font->ascent() > 0);
        QVERIFY(font->descent() < 0);
        QVERIFY(font->capHeight() > 0 && font->capHeight() <= font->ascent());
        QCOMPARE(font->weightClass(), 400); // Micro Hei has a regular face only
        QCOMPARE(font->postScriptName(), QStringLiteral("WenQuanYiMicroHeiRegular"));
        // Read once per process: the same object for any size.
        QCOMPARE(TrueTypeFont::of(labelFont(12.0), &error).get(), font.get());
    }

    void eachGlyphKnowsItsCharacter_data()
    {
        QTest::addColumn<QString>("character");
        QTest::newRow("letter") << QStringLiteral("A");
        QTest::newRow("digit") << QStringLiteral("7");
        QTest::newRow("space") << QStringLiteral(" ");
        QTest::newRow("hanzi") << QStringLiteral("碳");
        QTest::newRow("full-width parenthesis") << QStringLiteral("（");
        QTest::newRow("ellipsis") << QStringLiteral("…");
        QTest::newRow("degree Celsius") << QStringLiteral("℃");
        QTest::newRow("Roman numeral three") << QStringLiteral("Ⅲ");
    }

    void eachGlyphKnowsItsCharacter()
    {
        QFETCH(QString, character);
        const QRawFont raw = labelFont();
        QString error;
        const auto font = TrueTypeFont::of(raw, &error);
        QVERIFY2(font, qPrintable(error));
        const quint16 glyph = glyphOf(raw, character);
        QVERIFY(glyph != 0);
        // The space, which Qt also reaches from a tab and a no-break space, stands for U+0020.
        QCOMPARE(font->unicode(glyph), char32_t(character.toUcs4().constFirst()));
    }

    void subsetDrawsWhatTheFontDraws_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("Latin") << QStringLiteral("Carbon impact 1.22 kg");
        QTest::newRow("Chinese") << QStringLiteral("碳足迹原材料与制造");
        QTest::newRow("Latin-1 letters") << QStringLiteral("éöüñçÅßŁź");
        QTest::newRow("symbols") << QStringLiteral("℃°×µ±Ⅲ①（）…—");
    }

    void subsetDrawsWhatTheFontDraws()
    {
        QFETCH(QString, text);
        const QRawFont raw = labelFont();
        QString error;
        const auto font = TrueTypeFont::of(raw, &error);
        QVERIFY2(font, qPrintable(error));
        QList<quint16> glyphs{0};
        for (const quint32 g : raw.glyphIndexesForString(text)) {
            if (!glyphs.contains(quint16(g)))
                glyphs << quint16(g);
        }
        QList<quint16> order;
        const QByteArray file = font->subset(glyphs, &order);
        QCOMPARE(order.mid(0, glyphs.size()), glyphs); // asked-for glyphs keep their order
        const QRawFont sub(file, 200.0, QFont::PreferNoHinting);
        QVERIFY(sub.isValid());
        const QByteArray maxp = sub.fontTable("maxp");
        QCOMPARE(int(be16(maxp, 4)), int(order.size()));
        for (qsizetype i = 0; i < order.size(); ++i) {
            const QString difference
                    = pathDifference(sub.pathForGlyph(quint32(i)), raw.pathForGlyph(order[i]));
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("glyph %1: %2").arg(order[i]).arg(difference)));
            QCOMPARE(sub.advancesForGlyphIndexes(QList<quint32>{quint32(i)},
                                                 QRawFont::UseDesignMetrics),
                     raw.advancesForGlyphIndexes(QList<quint32>{order[i]},
                                                 QRawFont::UseDesignMetrics));
        }
    }

    void compositeGlyphsBringTheirParts()
    {
        // The first composite glyph of the label font, found by reading its tables here.
        const QRawFont raw = labelFont();
        const QByteArray head = raw.fontTable("head");
        const QByteArray loca = raw.fontTable("loca");
        const QByteArray glyf = raw.fontTable("glyf");
        const int count = be16(raw.fontTable("maxp"), 4);
        const bool longOffsets = be16(head, 50) == 1;
        auto offset
                = [&](int g) { return longOffsets ? be32(loca, g * 4) : 2u * be16(loca, g * 2); };
        int composite = -1;
        for (int g = 1; g < count && composite < 0; ++g) {
            if (offset(g + 1) > offset(g) && qint16(be16(glyf, offset(g))) < 0)
                composite = g;
        }
        if (composite < 0)
            QSKIP("the label font has no composite glyph");
        QString error;
        const auto font = TrueTypeFont::of(raw, &error);
        QList<quint16> order;
        const QByteArray file = font->subset({0, quint16(composite)}, &order);
        QVERIFY(order.size() > 2); // its parts came along
        const QRawFont sub(file, 200.0, QFont::PreferNoHinting);
        QVERIFY(sub.isValid());
        const QString difference = pathDifference(sub.pathForGlyph(1), raw.pathForGlyph(composite));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void subsetIsAWellFormedFile()
    {
        const QRawFont raw = labelFont();
        QString error;
        const auto font = TrueTypeFont::of(raw, &error);
        const QByteArray file = font->subset({0, glyphOf(raw, QStringLiteral("碳"))}, nullptr);
        QCOMPARE(file.size() % 4, 0);
        QCOMPARE(be32(file, 0), 0x00010000u);
        const int tables = be16(file, 4);
        QByteArray previous;
        for (int i = 0; i < tables; ++i) {
            const QByteArray tag = file.mid(12 + 16 * i, 4);
            QVERIFY2(tag > previous, tag.constData()); // sorted, as readers search them
            previous = tag;
            QCOMPARE(be32(file, 12 + 16 * i + 8) % 4, 0u); // each table on a 4-byte boundary
        }
        // The TrueType rule: with head.checkSumAdjustment set, the whole file's 32-bit sum is
        // 0xB1B0AFBA.
        quint32 sum = 0;
        for (qsizetype at = 0; at < file.size(); at += 4)
            sum += be32(file, at);
        QCOMPARE(sum, 0xB1B0AFBAu);
    }

    void fontWithoutOutlinesIsAnError()
    {
        QString error;
        const auto font = TrueTypeFont::fromTables({}, {}, QStringLiteral("SomeCff"), &error);
        QVERIFY(!font);
        QVERIFY2(error.contains(QStringLiteral("SomeCff")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no TrueType outlines")), qPrintable(error));

        TrueTypeFont::Tables damaged;
        damaged.glyf = QByteArray(10, '\0');
        damaged.loca = QByteArray(4, '\0');
        damaged.head = QByteArray(20, '\0');
        QVERIFY(!TrueTypeFont::fromTables(damaged, {}, QStringLiteral("Short"), &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    }

    void damagedTablesAreErrors_data()
    {
        // The label font's own tables, each broken in one way a damaged or hostile file could
        // be; the reader must say so, not read past a table's end later.
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("no glyphs (maxp numGlyphs 0)") << 0 << QStringLiteral("damaged");
        QTest::newRow("loca one entry short") << 1 << QStringLiteral("too short");
        QTest::newRow("hmtx cut in half") << 2 << QStringLiteral("too short");
        QTest::newRow("loca going backwards") << 3 << QStringLiteral("out of order");
        QTest::newRow("loca pointing past glyf") << 4 << QStringLiteral("out of order");
        QTest::newRow("head cut short") << 5 << QStringLiteral("damaged");
    }

    void damagedTablesAreErrors()
    {
        QFETCH(int, damage);
        QFETCH(QString, message);
        TrueTypeFont::Tables t = TrueTypeFont::Tables::of(labelFont());
        QString error;
        QVERIFY2(TrueTypeFont::fromTables(t, {}, QStringLiteral("Intact"), &error),
                 qPrintable(error)); // the font itself reads
        const bool longOffsets = be16(t.head, 50) == 1;
        const qsizetype entry = longOffsets ? 4 : 2;
        switch (damage) {
        case 0:
            put16(t.maxp, 4, 0);
            break;
        case 1:
            t.loca.chop(entry);
            break;
        case 2:
            t.hmtx.truncate(t.hmtx.size() / 2);
            break;
        case 3: // glyph 1 starting at 0, before the end of .notdef's box outline
            if (longOffsets)
                qToBigEndian<quint32>(0, t.loca.data() + 2 * entry);
            else
                put16(t.loca, 2 * entry, 0);
            break;
        case 4: // the end of the last glyph beyond glyf's end
            if (!longOffsets)
                QSKIP("the label font has short loca offsets");
            qToBigEndian<quint32>(quint32(t.glyf.size() + 4), t.loca.data() + t.loca.size() - 4);
            break;
        default:
            t.head.truncate(40);
            break;
        }
        QVERIFY(!TrueTypeFont::fromTables(t, {}, QStringLiteral("Broken"), &error));
        QVERIFY2(error.contains(QStringLiteral("Broken")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void compositeThatContainsItselfSubsetsOnce()
    {
        // A composite glyph whose component is itself (a loop a damaged font may hold) is kept
        // once and its reference renumbered, so subsetting ends. Glyph 1's data is replaced by
        // a one-component composite pointing at glyph 1, in a glyf of its own.
        TrueTypeFont::Tables t = TrueTypeFont::Tables::of(labelFont());
        const bool longOffsets = be16(t.head, 50) == 1;
        QByteArray composite(10, '\0');
        put16(composite, 0, 0xFFFF); // numberOfContours -1: composite
        composite.append(QByteArray(6, '\0'));
        put16(composite, 10, 0x0002); // flags: ARGS_ARE_XY_VALUES, bytes, no more components
        put16(composite, 12, 1); // glyphIndex: itself
        // loca: glyphs 0 and 1 start at 0, glyph 1 ends at the composite's end, and every
        // further glyph is empty there.
        const quint16 count = be16(t.maxp, 4);
        const QByteArray glyf = composite;
        QByteArray loca;
        for (int i = 0; i <= count; ++i) {
            const quint32 offset = i < 2 ? 0 : quint32(glyf.size());
            QByteArray b(longOffsets ? 4 : 2, '\0');
            if (longOffsets)
                qToBigEndian<quint32>(offset, b.data());
            else
                qToBigEndian<quint16>(quint16(offset / 2), b.data());
            loca += b;
        }
        t.glyf = glyf;
        t.loca = loca;
        QString error;
        const auto font = TrueTypeFont::fromTables(t, {}, QStringLiteral("Loop"), &error);
        QVERIFY2(font, qPrintable(error));
        QList<quint16> order;
        const QByteArray file = font->subset({0, 1}, &order);
        QVERIFY(!file.isEmpty());
        QCOMPARE(order, (QList<quint16>{0, 1}));
    }
};

QTEST_MAIN(TestTrueTypeFont)
#include "tst_truetypefont.moc"
