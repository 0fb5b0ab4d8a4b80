// TextColumns: the columns a text takes in a terminal, counted by hand from Unicode's East Asian
// Width (a Chinese or full-width character is two columns), and the padding of table cells.
#include "app/cli/textcolumns.h"

#include <QTest>

using namespace carbonlabel;

class TestTextColumns : public QObject
{
    Q_OBJECT

private slots:
    void width_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("empty") << QString() << 0;
        // U-s-e, space, (, d-e-v-i-c-e, ): 3 + 1 + 1 + 6 + 1 = 12
        QTest::newRow("latin") << QStringLiteral("Use (device)") << 12;
        // 原 材 料 与 制 造: 6 ideographs x 2 = 12
        QTest::newRow("ideographs") << QStringLiteral("原材料与制造") << 12;
        // 使 用 阶 段 （ 设 备 ）: 6 ideographs and 2 full-width brackets, 8 x 2 = 16
        QTest::newRow("full-width brackets") << QStringLiteral("使用阶段（设备）") << 16;
        // 千 克 (4) + C O 2 e (4) = 8
        QTest::newRow("mixed") << QStringLiteral("千克CO2e") << 8;
        // ，and ： are full-width (2 each); the ASCII comma and colon are not
        QTest::newRow("punctuation") << QStringLiteral("a，b：c, d: e") << 13;
        // Ａ Ｂ: full-width Latin letters, 2 each
        QTest::newRow("full-width latin") << QStringLiteral("ＡＢ") << 4;
        // 한 국: Hangul syllables, 2 each
        QTest::newRow("hangul") << QStringLiteral("한국") << 4;
        // e and a combining acute accent: one column
        QTest::newRow("combining mark") << QStringLiteral("e\u0301") << 1;
        // – (en dash) and ½ are ambiguous or narrow: one column each, as a Western terminal
        QTest::newRow("ambiguous") << QStringLiteral("–½") << 2;
        // U+20BB7 𠮷, outside the Basic Multilingual Plane (a surrogate pair): 2
        QTest::newRow("supplementary ideograph") << QStringLiteral("\U00020BB7") << 2;
        // U+1F30D, the globe emoji: wide, 2
        QTest::newRow("emoji") << QStringLiteral("\U0001F30D") << 2;
    }
    void width()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(TextColumns::width(text), columns);
    }

    void pad()
    {
        // 原材料 is 6 columns: 2 spaces to 8, on the right when left-aligned.
        QCOMPARE(TextColumns::pad(QStringLiteral("原材料"), -8), QStringLiteral("原材料  "));
        QCOMPARE(TextColumns::pad(QStringLiteral("原材料"), 8), QStringLiteral("  原材料"));
        QCOMPARE(TextColumns::pad(QStringLiteral("kg"), 5), QStringLiteral("   kg"));
        QCOMPARE(TextColumns::pad(QStringLiteral("kg"), -5), QStringLiteral("kg   "));
        // Already as wide or wider: whole, never cut.
        QCOMPARE(TextColumns::pad(QStringLiteral("原材料与制造"), 10),
                 QStringLiteral("原材料与制造"));
        QCOMPARE(TextColumns::pad(QStringLiteral("abc"), 0), QStringLiteral("abc"));
    }

    void row()
    {
        // "  " + 阶段 (4 columns) padded to 8 + " " + "12.5" padded to 6 + newline
        QCOMPARE(TextColumns::row({QStringLiteral("阶段"), QStringLiteral("12.5")}, {-8, 6}),
                 QStringLiteral("  阶段       12.5\n"));
        // The same table in English and Chinese is equally wide: 2 + 14 + 1 + 7 = 24.
        const QString en = TextColumns::row(
                {QStringLiteral("Use (device)"), QStringLiteral("16.496")}, {-14, 7});
        const QString zh = TextColumns::row(
                {QStringLiteral("使用阶段（设备）"), QStringLiteral("16.496")}, {-14, 7});
        QCOMPARE(TextColumns::width(en.chopped(1)), 24);
        // 16 columns do not fit 14: the cell is whole and the row two columns wider.
        QCOMPARE(TextColumns::width(zh.chopped(1)), 26);
    }
};

QTEST_APPLESS_MAIN(TestTextColumns)
#include "tst_textcolumns.moc"
