// BadgeRenderer (issue 4, item 1): every badge read back with Poppler-Qt6. Expected figures are
// worked by hand from docs/profile-format.md's formulas and the factors in
// resources/factors/factors.csv (the totals as in tests/lca), never taken from the program's
// output.

#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/render/badgerenderer.h"
#include "core/render/labelformat.h"
#include "core/render/labeloptions.h"
#include "tests/common/exampleprofiles.h"
#include "tests/common/pdftext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <poppler-qt6.h>

#include <memory>

using namespace carbonlabel;

namespace {

const QDate kDate(2026, 3, 1);

LabelOptions options(LabelOptions::Language language, QSizeF size = QSizeF(60, 90))
{
    LabelOptions o;
    o.language = language;
    o.sizeMm = size;
    o.date = kDate;
    return o;
}

} // namespace

class TestBadgeRenderer : public QObject
{
    Q_OBJECT

    test::ExampleProfiles m_examples;

    test::PdfText render(const Evaluation &e, const LabelOptions &o)
    {
        return test::renderPdf([&](QString *error) { return BadgeRenderer::render(e, o, error); },
                               &m_lastBytes);
    }
    QByteArray m_lastBytes;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_examples.open(&error), qPrintable(error));
    }

    // 3 significant digits, locale-independent; hand-rounded.
    void significantDigits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mouse") << 1.22464282305 << 3 << "1.22";
        QTest::newRow("laptop") << 53.8440646326 << 3 << "53.8";
        QTest::newRow("server") << 5808.36620583 << 3 << "5810";
        QTest::newRow("server exact") << 5808.36620583 << 6 << "5808.37";
        QTest::newRow("mouse exact") << 1.22464282305 << 6 << "1.22464";
        QTest::newRow("laptop exact") << 53.8440646326 << 6 << "53.8441";
        QTest::newRow("carry to a new digit") << 999.96 << 3 << "1000";
        QTest::newRow("carry in decimals") << 9.996 << 3 << "10.0";
        QTest::newRow("trailing zeros kept") << 3.0 << 3 << "3.00";
        QTest::newRow("small") << 0.000725983 << 3 << "0.000726";
        QTest::newRow("five digits grouped") << 12345.0 << 3 << "12 300";
        QTest::newRow("seven digits grouped") << 1234567.0 << 6 << "1 234 570";
        QTest::newRow("zero") << 0.0 << 3 << "0";
        QTest::newRow("negative") << -0.01234 << 3 << "-0.0123";
    }
    void significantDigits()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, expected);
        QCOMPARE(LabelFormat::significant(value, digits), expected);
    }

    void otherFormats()
    {
        QCOMPARE(LabelFormat::plain(3.0), QStringLiteral("3"));
        QCOMPARE(LabelFormat::plain(0.03), QStringLiteral("0.03"));
        QCOMPARE(LabelFormat::plain(19000.0), QStringLiteral("19 000"));
        QCOMPARE(LabelFormat::percent(0.829, 1), QStringLiteral("82.9%"));
        QCOMPARE(LabelFormat::percent(0.0004, 1), QStringLiteral("<0.1%"));
        QCOMPARE(LabelFormat::percent(0.004, 0), QStringLiteral("<1%"));
        QCOMPARE(LabelFormat::percent(0.0, 0), QStringLiteral("0%"));
        // 33.3 + 33.3 + 33.3: floors 33, 33, 33, the one left to the first (ties go first).
        QCOMPARE(LabelFormat::wholePercents({1, 1, 1}), (std::vector<int>{34, 33, 33}));
        // 82.9 / 5.9 / 11.2 / 0.06 -> floors 82 5 11 0 = 98; remainders .9 .9 .2 .06.
        QCOMPARE(LabelFormat::wholePercents({82.9, 5.9, 11.2, 0.0, 0.06}),
                 (std::vector<int>{83, 6, 11, 0, 0}));
        QCOMPARE(LabelFormat::wholePercents({0, 0}), (std::vector<int>{0, 0}));
        // A stage above zero that rounds to 0 % is not shown as nothing.
        QCOMPARE(LabelFormat::wholePercent(52, 27.9), QStringLiteral("52%"));
        QCOMPARE(LabelFormat::wholePercent(0, 0.008), QStringLiteral("<1%"));
        QCOMPARE(LabelFormat::wholePercent(0, 0.0), QStringLiteral("0%"));
        // Counts group like the other numbers from five digits; identifiers never do.
        QCOMPARE(LabelFormat::count(7), QStringLiteral("7"));
        QCOMPARE(LabelFormat::count(5810), QStringLiteral("5810"));
        QCOMPARE(LabelFormat::count(10000), QStringLiteral("10 000"));
        QCOMPARE(LabelFormat::count(-123456), QStringLiteral("-123 456"));
        QCOMPARE(LabelFormat::identifier(20240601), QStringLiteral("20240601"));
        // 0.05 x 100 = 5; 0.125 x 100 = 12.5.
        QCOMPARE(LabelFormat::plainPercent(0.05), QStringLiteral("5%"));
        QCOMPARE(LabelFormat::plainPercent(0.125), QStringLiteral("12.5%"));
        QCOMPARE(LabelFormat::change(0.02), QStringLiteral("+2 %"));
        QCOMPARE(LabelFormat::change(-0.015), QStringLiteral("-1.5 %"));
        QCOMPARE(LabelFormat::change(0.0), QStringLiteral("0 %"));
    }

    void optionsParse()
    {
        QString error;
        QCOMPARE(LabelOptions::parseSize(QStringLiteral("60x90"), &error),
                 std::optional<QSizeF>(QSizeF(60, 90)));
        QCOMPARE(LabelOptions::parseSize(QStringLiteral("62.5X90"), &error),
                 std::optional<QSizeF>(QSizeF(62.5, 90)));
        QCOMPARE(LabelOptions::parseSize(QStringLiteral("105×148"), &error),
                 std::optional<QSizeF>(QSizeF(105, 148)));
        QCOMPARE(LabelOptions::parseSize(QStringLiteral("40x60"), &error),
                 std::optional<QSizeF>(QSizeF(40, 60)));
        for (const char *bad : {"39.9x60", "40x59", "106x148", "105x149", "60", "60x", "x90",
                                "-60x90", "60x90mm", "1e2x90", ""}) {
            error.clear();
            QVERIFY2(!LabelOptions::parseSize(QString::fromUtf8(bad), &error), bad);
            QVERIFY2(error.startsWith(QStringLiteral("--size")), qPrintable(error));
        }
        QVERIFY(!LabelOptions::parseLanguage(QStringLiteral("fr"), &error));
        QVERIFY(error.contains(QStringLiteral("--lang")));
        QCOMPARE(LabelOptions::parseLanguage(QStringLiteral("both"), &error),
                 std::optional(LabelOptions::Language::Both));
        QVERIFY(!LabelOptions::parseKind(QStringLiteral("poster"), &error));
        QVERIFY(!LabelOptions::parseDate(QStringLiteral("2026-02-30"), &error));
        QCOMPARE(LabelOptions::parseDate(QStringLiteral("2026-03-01"), &error),
                 std::optional(kDate));
        LabelOptions o;
        QCOMPARE(o.sizeMm, QSizeF(60, 90)); // the default size
        QCOMPARE(o.languageCodes(), QStringList({QStringLiteral("en"), QStringLiteral("zh")}));
    }

    void totalsAsPrinted_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("figure");
        QTest::newRow("mouse, 1.22464282305 kg") << "wireless-mouse"
                                                 << "1.22 kg CO2e";
        QTest::newRow("laptop, 220.3417246326 kg") << "laptop-14"
                                                   << "220 kg CO2e";
        QTest::newRow("server, 6981.478205835 kg") << "rack-server"
                                                   << "6980 kg CO2e";
    }
    void totalsAsPrinted()
    {
        QFETCH(QString, example);
        QFETCH(QString, figure);
        const Evaluation e = m_examples.example(example);
        QVERIFY(e.ok());
        for (auto lang : {LabelOptions::Language::English, LabelOptions::Language::Chinese,
                          LabelOptions::Language::Both}) {
            const test::PdfText pdf = render(e, options(lang));
            QVERIFY2(pdf.words.contains(figure), qPrintable(pdf.words));
        }
    }

    void pageSizeInMillimetres_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("default 60 x 90") << QSizeF(60, 90);
        QTest::newRow("smallest 40 x 60") << QSizeF(40, 60);
        QTest::newRow("A6 105 x 148") << QSizeF(105, 148);
        QTest::newRow("wide 100 x 60") << QSizeF(100, 60);
        QTest::newRow("fractional 62.5 x 88.3") << QSizeF(62.5, 88.3);
    }
    void pageSizeInMillimetres()
    {
        QFETCH(QSizeF, size);
        const Evaluation e = m_examples.example(QStringLiteral("wireless-mouse"));
        const test::PdfText pdf = render(e, options(LabelOptions::Language::Both, size));
        QCOMPARE(pdf.pages.size(), 1);
        QVERIFY2(std::abs(pdf.sizesMm.value(0).width() - size.width()) <= 0.1,
                 qPrintable(QString::number(pdf.sizesMm.value(0).width())));
        QVERIFY2(std::abs(pdf.sizesMm.value(0).height() - size.height()) <= 0.1,
                 qPrintable(QString::number(pdf.sizesMm.value(0).height())));
        QVERIFY(pdf.words.contains(QStringLiteral("1.22 kg CO2e")));
        // Inside the card: no word closer than 1 mm to an edge.
        for (const QRectF &box : pdf.boxesMm)
            QVERIFY2(QRectF(1.0, 1.0, size.width() - 2.0, size.height() - 2.0).contains(box),
                     qPrintable(pdf.text));
    }

    void stageNamesInTheChosenLanguages()
    {
        const Evaluation e = m_examples.example(QStringLiteral("wireless-mouse"));
        // The mouse has no digital service: its badge shows the other four stages.
        const QList<lca::Stage> shown{lca::Stage::MaterialsManufacturing, lca::Stage::Distribution,
                                      lca::Stage::UseDevice, lca::Stage::EndOfLife};
        const test::PdfText en = render(e, options(LabelOptions::Language::English));
        const test::PdfText zh = render(e, options(LabelOptions::Language::Chinese));
        const test::PdfText both = render(e, options(LabelOptions::Language::Both));
        for (lca::Stage s : shown) {
            QVERIFY2(en.text.contains(StageNames::english(s)), qPrintable(en.text));
            QVERIFY2(!en.text.contains(StageNames::chinese(s)), qPrintable(en.text));
            QVERIFY2(zh.text.contains(StageNames::chinese(s)), qPrintable(zh.text));
            QVERIFY2(!zh.text.contains(StageNames::english(s)), qPrintable(zh.text));
            QVERIFY2(both.text.contains(StageNames::english(s)), qPrintable(both.text));
            QVERIFY2(both.text.contains(StageNames::chinese(s)), qPrintable(both.text));
        }
        QVERIFY(!en.text.contains(StageNames::english(lca::Stage::UseDigital)));
        QVERIFY(!both.text.contains(StageNames::chinese(lca::Stage::UseDigital)));
        // Literal stage names as docs/profile-format.md spells them.
        QVERIFY(en.text.contains(QStringLiteral("Materials & manufacturing")));
        QVERIFY(zh.text.contains(QStringLiteral("使用阶段（设备）")));
        // End of life: 0.1 kg x (0.4 x 0.00468568 + 0.6 x 0.00898311) = 0.000726 kg, 0.06 % of
        // 1.2246 kg: a tiny stage the legend still lists, as "<1%".
        QVERIFY2(en.text.contains(QStringLiteral("End of life <1%")), qPrintable(en.text));
    }

    void titleStandardDateDatasetAndAssumption()
    {
        const Evaluation e = m_examples.example(QStringLiteral("wireless-mouse"));
        const test::PdfText en = render(e, options(LabelOptions::Language::English));
        const test::PdfText zh = render(e, options(LabelOptions::Language::Chinese));
        const test::PdfText both = render(e, options(LabelOptions::Language::Both));
        QVERIFY(en.text.startsWith(QStringLiteral("Carbon impact Wireless mouse M1")));
        QVERIFY(zh.text.startsWith(QStringLiteral("碳足迹 无线鼠标 M1")));
        QVERIFY(both.text.startsWith(
                QStringLiteral("Carbon impact / 碳足迹 Wireless mouse M1 无线鼠标 M1")));
        for (const test::PdfText *pdf : {&en, &zh, &both}) {
            QVERIFY(pdf->text.contains(QStringLiteral("ISO 14067 / GB/T 24067")));
            QVERIFY(pdf->text.contains(QStringLiteral("2026-03-01")));
            QVERIFY(pdf->text.contains(QStringLiteral("2026.1"))); // resources/factors/VERSION
        }
        // Lifetime 3 years; use grid grid_us_emaps_2024, "Grid electricity, United States (...)".
        QVERIFY2(en.text.contains(
                         QStringLiteral("Based on 3 years of use, United States electricity")),
                 qPrintable(en.text));
        QVERIFY2(zh.text.contains(QStringLiteral("按使用3年、美国电力计算")), qPrintable(zh.text));
        QVERIFY(!en.text.contains(QStringLiteral("Offsets")));
    }

    void neutralMarkOnlyWhenEarned()
    {
        // Certified offsets of 1.5 kg cover the 1.22464 kg total: earned.
        const Evaluation covered
                = m_examples.mouseWith(QStringLiteral("covered"), [](nlohmann::json &j) {
                      j["offsets"] = {{"kg_co2e", 1.5},
                                      {"standard", "Gold Standard"},
                                      {"certificate", "GS-VER-2026-0042"}};
                  });
        QVERIFY(covered.ok());
        const test::PdfText both = render(covered, options(LabelOptions::Language::Both));
        QVERIFY2(both.text.contains(QStringLiteral("Carbon neutral / 碳中和")),
                 qPrintable(both.text));
        QVERIFY(both.text.contains(
                QStringLiteral("Certified offsets of 1.50 kg CO2e cover the total: Gold Standard, "
                               "certificate GS-VER-2026-0042")));
        QVERIFY(test::containsWrapped(
                both.text,
                QStringLiteral("经认证的碳抵消 1.50 kg CO2e 覆盖全部排放：Gold "
                               "Standard，证书 GS-VER-2026-0042")));
        QVERIFY(render(covered, options(LabelOptions::Language::English))
                        .text.contains(QStringLiteral("Carbon neutral")));
        QVERIFY(render(covered, options(LabelOptions::Language::Chinese))
                        .text.contains(QStringLiteral("碳中和")));
        // The total is unchanged by offsets.
        QVERIFY(both.words.contains(QStringLiteral("1.22 kg CO2e")));

        // 1.0 kg < 1.22464 kg: offsets shown, not subtracted, no mark.
        const Evaluation partial
                = m_examples.mouseWith(QStringLiteral("partial"), [](nlohmann::json &j) {
                      j["offsets"] = {{"kg_co2e", 1.0},
                                      {"standard", "Gold Standard"},
                                      {"certificate", "GS-1"}};
                  });
        const test::PdfText p = render(partial, options(LabelOptions::Language::Both));
        QVERIFY2(p.text.contains(QStringLiteral("Offsets: 1.00 kg CO2e, not subtracted")),
                 qPrintable(p.text));
        QVERIFY(p.text.contains(QStringLiteral("碳抵消：1.00 kg CO2e（未从总量中扣减）")));
        QVERIFY(!p.text.contains(QStringLiteral("Carbon neutral")));
        QVERIFY(!p.text.contains(QStringLiteral("碳中和")));

        // Enough, but no certificate: no mark.
        const Evaluation uncertified
                = m_examples.mouseWith(QStringLiteral("uncertified"), [](nlohmann::json &j) {
                      j["offsets"] = {
                              {"kg_co2e", 5.0}, {"standard", "Gold Standard"}, {"certificate", ""}};
                  });
        const test::PdfText u = render(uncertified, options(LabelOptions::Language::Both));
        QVERIFY(u.text.contains(QStringLiteral("Offsets: 5.00 kg CO2e")));
        QVERIFY(!u.text.contains(QStringLiteral("Carbon neutral")));
        QVERIFY(!u.text.contains(QStringLiteral("碳中和")));

        // The plain mouse has no offsets and no mark.
        const test::PdfText plain = render(m_examples.example(QStringLiteral("wireless-mouse")),
                                           options(LabelOptions::Language::Both));
        QVERIFY(!plain.text.contains(QStringLiteral("碳中和")));
        QVERIFY(!plain.text.contains(QStringLiteral("Offsets")));
    }

    void longNamesNeverOverflow_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("language");
        QTest::newRow("60 x 90 both") << QSizeF(60, 90) << int(LabelOptions::Language::Both);
        QTest::newRow("40 x 60 both") << QSizeF(40, 60) << int(LabelOptions::Language::Both);
        QTest::newRow("40 x 60 en") << QSizeF(40, 60) << int(LabelOptions::Language::English);
        QTest::newRow("40 x 60 zh") << QSizeF(40, 60) << int(LabelOptions::Language::Chinese);
        QTest::newRow("105 x 148 both") << QSizeF(105, 148) << int(LabelOptions::Language::Both);
    }
    void longNamesNeverOverflow()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, language);
        const QString en = QStringLiteral(
                "Ultra-quiet ergonomic wireless optical mouse with rechargeable battery, "
                "Bluetooth Low Energy and a USB-C receiver, limited anniversary edition in "
                "graphite grey");
        const QString zh = QStringLiteral(
                "超静音人体工学无线光电鼠标，配备可充电电池、低功耗蓝牙和USB-C接收器，"
                "周年纪念限量版石墨灰色款式，适用于办公与家庭，附赠收纳袋与备用脚贴");
        const QString unbroken = QStringLiteral(
                "Supercalifragilisticexpialidocious-Mouse-Model-X-2026-Anniversary");
        for (const QString &name : {en, unbroken}) {
            // With certified offsets too: the most a badge ever holds.
            const Evaluation e
                    = m_examples.mouseWith(QStringLiteral("long"), [&](nlohmann::json &j) {
                          j["product"]["name"]
                                  = {{"en", name.toStdString()}, {"zh", zh.toStdString()}};
                          j["offsets"] = {{"kg_co2e", 1.5},
                                          {"standard", "Gold Standard"},
                                          {"certificate", "GS-VER-2026-0042"}};
                      });
            QVERIFY(e.ok());
            const test::PdfText pdf = render(e, options(LabelOptions::Language(language), size));
            QCOMPARE(pdf.pages.size(), 1);
            QVERIFY2(pdf.words.contains(QStringLiteral("1.22 kg CO2e")), qPrintable(pdf.words));
            QVERIFY(pdf.text.contains(QStringLiteral("ISO 14067 / GB/T 24067")));
            const QRectF inside(1.0, 1.0, size.width() - 2.0, size.height() - 2.0);
            for (const QRectF &box : pdf.boxesMm) {
                QVERIFY2(inside.contains(box),
                         qPrintable(QStringLiteral("%1 %2 %3 %4 outside the card: %5")
                                            .arg(box.x())
                                            .arg(box.y())
                                            .arg(box.width())
                                            .arg(box.height())
                                            .arg(pdf.text)));
            }
            // No two words on top of each other.
            for (qsizetype i = 0; i < pdf.boxesMm.size(); ++i) {
                for (qsizetype k = i + 1; k < pdf.boxesMm.size(); ++k) {
                    const QRectF overlap = pdf.boxesMm[i].intersected(pdf.boxesMm[k]);
                    QVERIFY2(overlap.width() < 0.2 || overlap.height() < 0.2, qPrintable(pdf.text));
                }
            }
        }
    }

    void vectorEmbeddedAndReproducible()
    {
        const Evaluation e = m_examples.example(QStringLiteral("laptop-14"));
        const test::PdfText pdf = render(e, options(LabelOptions::Language::Both));
        const QByteArray first = m_lastBytes;
        QVERIFY(pdf.fontsEmbedded);
        QVERIFY(!pdf.fontNames.isEmpty());
        for (const QString &name : pdf.fontNames)
            QVERIFY2(name.contains(QStringLiteral("WenQuanYi")), qPrintable(name));
        QVERIFY(!first.contains("/Subtype /Image")); // nothing rasterised
        QVERIFY(!first.contains("/Subtype/Image"));
        QVERIFY(first.contains("/CreationDate (D:20260301000000"));
        render(e, options(LabelOptions::Language::Both));
        QCOMPARE(m_lastBytes, first); // same input, same date: same bytes
    }

    void rangeUnderTheFigure()
    {
        // One line: 2 kg of PET (3.86390131 kg CO2e/kg), the quantity uniform on 1..3 kg, and
        // the line's own pedigree (1;1;1;1;1), which gives the factor no spread (GSD 1): the
        // total is 2 x 3.86390131 = 7.72780262, printed 7.73; P5 and P95 of the uniform are
        // 1.1 and 2.9 kg, so the 90 % range is 4.25029144 to 11.2053138 kg CO2e, printed in the
        // figure's three significant digits as 4.25 and 11.2. 10 000 samples estimate a
        // quantile of a uniform to about sqrt(0.05 x 0.95 / 10 000) x 2 kg = 0.0044 kg (0.4 %):
        // the printed digits are checked within 1.5 %.
        QFile f(m_examples.filePath(QStringLiteral("range.clprofile.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"json({"format": "carbonlabel-profile", "version": 1,
          "product": {"id": "range", "name": {"en": "Range", "zh": "区间"}, "lifetime_years": 1},
          "materials": [{"part": {"en": "Shell"}, "factor": "mat_pet_desnz",
                         "quantity": {"value": 2, "min": 1, "max": 3, "dist": "uniform"},
                         "unit": "kg", "pedigree": "(1;1;1;1;1)"}]})json");
        f.close();
        const Evaluation e = m_examples.evaluate(f.fileName());
        QVERIFY(e.ok());
        static const QRegularExpression range(
                QStringLiteral("(\\d\\.\\d\\d)–(\\d\\d\\.\\d) kg CO2e"));
        const auto checkRange = [](const QString &words) {
            const QRegularExpressionMatch m = range.match(words);
            QVERIFY2(m.hasMatch(), qPrintable(words));
            QVERIFY2(std::abs(m.captured(1).toDouble() / 4.25029144 - 1.0) < 0.015,
                     qPrintable(m.captured(0)));
            QVERIFY2(std::abs(m.captured(2).toDouble() / 11.2053138 - 1.0) < 0.015,
                     qPrintable(m.captured(0)));
        };
        LabelOptions o = options(LabelOptions::Language::English);
        const test::PdfText plain = render(e, o);
        const QByteArray withoutRange = m_lastBytes;
        QVERIFY(plain.words.contains(QStringLiteral("7.73 kg CO2e")));
        QVERIFY(!plain.text.contains(QStringLiteral("range")));
        o.range = true;
        const test::PdfText en = render(e, o);
        QVERIFY2(en.text.contains(QStringLiteral("90% range (P5–P95): ")), qPrintable(en.text));
        checkRange(en.text);
        QVERIFY(m_lastBytes != withoutRange);
        // The same seed: the same badge.
        const QByteArray first = m_lastBytes;
        render(e, o);
        QCOMPARE(m_lastBytes, first);
        // Under the figure: the line after the big figure's.
        const qsizetype figure = en.text.indexOf(QStringLiteral("7.73"));
        QVERIFY(figure >= 0 && figure < en.text.indexOf(QStringLiteral("90% range")));
        o.language = LabelOptions::Language::Chinese;
        const test::PdfText zh = render(e, o);
        QVERIFY2(zh.text.contains(QStringLiteral("90%区间（P5–P95）：")), qPrintable(zh.text));
        checkRange(zh.text);
        o.language = LabelOptions::Language::Both;
        o.sizeMm = QSizeF(40, 60);
        const test::PdfText both = render(e, o);
        QVERIFY2(both.text.contains(QStringLiteral("90% range / 90%区间 (P5–P95): ")),
                 qPrintable(both.text));
        checkRange(both.text);
        for (const QRectF &box : both.boxesMm)
            QVERIFY(box.right() <= 40.0 && box.bottom() <= 60.0);

        // Without any spread (the line's own draw fixed, the quantity plain) no range is
        // printed: there is none.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"json({"format": "carbonlabel-profile", "version": 1,
          "product": {"id": "point", "name": {"en": "Point"}, "lifetime_years": 1},
          "materials": [{"part": {"en": "Shell"}, "factor": "mat_pet_desnz", "quantity": 2,
                         "unit": "kg", "pedigree": "(1;1;1;1;1)"}]})json");
        f.close();
        const Evaluation point = m_examples.evaluate(f.fileName());
        QVERIFY(point.ok());
        o = options(LabelOptions::Language::English);
        o.range = true;
        QVERIFY(!render(point, o).text.contains(QStringLiteral("range")));
    }

    void errorsAreValues()
    {
        const Evaluation e = m_examples.example(QStringLiteral("wireless-mouse"));
        QString error;
        LabelOptions tooSmall = options(LabelOptions::Language::English, QSizeF(30, 50));
        QVERIFY(BadgeRenderer::render(e, tooSmall, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("40 x 60")), qPrintable(error));
        error.clear();
        const Evaluation broken = m_examples.evaluate(
                m_examples.filePath(QStringLiteral("missing.clprofile.json")));
        QVERIFY(!broken.ok());
        QVERIFY(BadgeRenderer::render(broken, options(LabelOptions::Language::English), &error)
                        .isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestBadgeRenderer)
#include "tst_badgerenderer.moc"
