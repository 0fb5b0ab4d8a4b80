#include "core/factors/factorsearchtext.h"
#include "tests/common/datarow.h"

#include <QTest>

using carbonlabel::FactorSearchText;
using carbonlabel::test::row;

class TestFactorSearchText : public QObject
{
    Q_OBJECT

private slots:
    void indexed_data();
    void indexed();
    void expression_data();
    void expression();
};

void TestFactorSearchText::indexed_data()
{
    QTest::addColumn<QString>("nameZh");
    QTest::addColumn<QString>("unigrams");
    QTest::addColumn<QString>("bigrams");

    row("punctuation splits runs", "原生铝（通用）", "原 生 铝 通 用", "原生 生铝 0 通用");
    row("one-character run", "铝（通用，市场平均，含33%再生料）",
        "铝 通 用 市 场 平 均 含 33 再 生 料", "通用 0 市场 场平 平均 0 再生 生料");
    row("Latin inside", "ABS塑料（丙烯腈-丁二烯-苯乙烯）", "ABS 塑 料 丙 烯 腈 丁 二 烯 苯 乙 烯",
        "塑料 0 丙烯 烯腈 0 丁二 二烯 0 苯乙 乙烯");
    row("digits split a run", "2023年全国电力", "2023 年 全 国 电 力", "年全 全国 国电 电力");
    row("outside the BMP", "𠀋铝", "𠀋 铝", "𠀋铝");
    row("empty", "", "", "");
}

void TestFactorSearchText::indexed()
{
    QFETCH(QString, nameZh);
    QFETCH(QString, unigrams);
    QFETCH(QString, bigrams);
    QCOMPARE(FactorSearchText::unigrams(nameZh), unigrams);
    QCOMPARE(FactorSearchText::bigrams(nameZh), bigrams);
}

void TestFactorSearchText::expression_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expression");

    const QString words = QStringLiteral("{id category region name_en zh_unigrams} : ");
    QTest::newRow("one character") << "铝"
                                   << "zh_unigrams : \"铝\"";
    QTest::newRow("two characters") << "电网"
                                    << "zh_bigrams : \"电网\"";
    QTest::newRow("four characters") << "市场平均"
                                     << "zh_bigrams : \"市场 场平 平均\"";
    QTest::newRow("prefix") << "alumin" << words + "\"alumin\"*";
    QTest::newRow("mixed, no space")
            << "recycled铝" << words + "\"recycled\"* AND zh_unigrams : \"铝\"";
    QTest::newRow("syntax stripped")
            << "\"alu*\" OR (:^-铜)"
            << words + "\"alu\"* AND " + words + "\"OR\"* AND zh_unigrams : \"铜\"";
    QTest::newRow("id split like unicode61")
            << "mat_abs_ice"
            << words + "\"mat\"* AND " + words + "\"abs\"* AND " + words + "\"ice\"*";
    QTest::newRow("only syntax") << "\"*(:^-{}[]+,.;'\\"
                                 << "";
    QTest::newRow("blank") << " \t\n"
                           << "";
}

void TestFactorSearchText::expression()
{
    QFETCH(QString, query);
    QFETCH(QString, expression);
    QCOMPARE(FactorSearchText::ftsExpression(query), expression);
}

QTEST_APPLESS_MAIN(TestFactorSearchText)
#include "tst_factorsearchtext.moc"
