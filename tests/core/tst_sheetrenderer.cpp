// SheetRenderer (issue 4, item 2): the A4 product sheet read back with Poppler-Qt6. Totals are
// the hand-worked ones of tests/lca (docs/profile-format.md's formulas over
// resources/factors/factors.csv).

#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/render/labeloptions.h"
#include "core/render/sheetrenderer.h"
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

LabelOptions sheetOptions(LabelOptions::Language language)
{
    LabelOptions o;
    o.kind = LabelOptions::Kind::Sheet;
    o.language = language;
    o.date = QDate(2026, 3, 1);
    return o;
}

} // namespace

class TestSheetRenderer : public QObject
{
    Q_OBJECT

    test::ExampleProfiles m_examples;

    test::PdfText render(const Evaluation &e, LabelOptions::Language language)
    {
        return test::renderPdf(
                [&](QString *error) {
                    return SheetRenderer::render(e, sheetOptions(language), error);
                },
                &m_lastBytes);
    }
    QByteArray m_lastBytes;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_examples.open(&error), qPrintable(error));
    }

    void a4PagesNumberedWithHeaderAndFooter_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("en") << int(LabelOptions::Language::English);
        QTest::newRow("zh") << int(LabelOptions::Language::Chinese);
        QTest::newRow("both") << int(LabelOptions::Language::Both);
    }
    void a4PagesNumberedWithHeaderAndFooter()
    {
        QFETCH(int, language);
        const auto lang = LabelOptions::Language(language);
        const test::PdfText sheet = render(m_examples.example(QStringLiteral("laptop-14")), lang);
        const int n = sheet.pages.size();
        QVERIFY2(n >= 2, "a laptop's sheet with every factor takes more than one page");
        for (int i = 0; i < n; ++i) {
            QVERIFY(std::abs(sheet.sizesMm[i].width() - 210.0) <= 0.1);
            QVERIFY(std::abs(sheet.sizesMm[i].height() - 297.0) <= 0.1);
            const QString &page = sheet.pages[i];
            const QString en = QStringLiteral("Page %1 of %2").arg(i + 1).arg(n);
            const QString zh = QStringLiteral("第 %1 页，共 %2 页").arg(i + 1).arg(n);
            if (lang != LabelOptions::Language::Chinese)
                QVERIFY2(page.contains(en), qPrintable(page));
            if (lang != LabelOptions::Language::English)
                QVERIFY2(page.contains(zh), qPrintable(page));
            // Header: the product; footer: standard and dataset.
            QVERIFY2(page.contains(lang == LabelOptions::Language::Chinese
                                           ? QStringLiteral("14英寸笔记本电脑")
                                           : QStringLiteral("14-inch laptop")),
                     qPrintable(page));
            QVERIFY(page.contains(QStringLiteral("ISO 14067 / GB/T 24067")));
            QVERIFY(page.contains(QStringLiteral("2026.1")));
            QVERIFY(page.contains(QStringLiteral("2026-03-01")));
        }
        QVERIFY(sheet.fontsEmbedded);
        for (const QString &name : sheet.fontNames)
            QVERIFY2(name.contains(QStringLiteral("WenQuanYi")), qPrintable(name));
        QVERIFY(!m_lastBytes.contains("/Subtype /Image"));
    }

    void exactTotals_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("badge");
        QTest::newRow("mouse 1.22464282305") << "wireless-mouse"
                                             << "1.22464"
                                             << "1.22";
        QTest::newRow("laptop 63.7762126326") << "laptop-14"
                                              << "63.7762"
                                              << "63.8";
        QTest::newRow("server 5808.36620583") << "rack-server"
                                              << "5808.37"
                                              << "5810";
    }
    void exactTotals()
    {
        QFETCH(QString, example);
        QFETCH(QString, exact);
        QFETCH(QString, badge);
        const test::PdfText sheet
                = render(m_examples.example(example), LabelOptions::Language::English);
        QVERIFY2(sheet.words.contains(exact + QStringLiteral(" kg CO2e")), qPrintable(sheet.words));
        QVERIFY(sheet.text.contains(QStringLiteral("On the label: ") + badge
                                    + QStringLiteral(" kg CO2e")));
        // The stage table's total row.
        QVERIFY2(sheet.text.contains(QStringLiteral("Total ") + exact + QStringLiteral(" 100.0%")),
                 qPrintable(sheet.text));
    }

    void stagesContributorsAssumptionsFactorsMethodology()
    {
        const Evaluation e = m_examples.example(QStringLiteral("laptop-14"));
        const test::PdfText en = render(e, LabelOptions::Language::English);
        for (lca::Stage s : lca::kAllStages)
            QVERIFY2(en.text.contains(StageNames::english(s)), qPrintable(StageNames::english(s)));
        for (const char *heading : {"Life-cycle stages", "Top contributors", "Assumptions",
                                    "Emission factors used", "Methodology", "Uncertainty"})
            QVERIFY2(en.text.contains(QString::fromLatin1(heading)), heading);
        // Parts by name, transport legs, grids and the lifetime.
        for (const char *text :
             {"Processor die", "Chassis", "Transport leg 1", "Transport leg 2", "4 years",
              "9000 km", "grid_eu27_ember_2024", "grid_cn_mee_east_2023"})
            QVERIFY2(test::containsWrapped(en.text, QString::fromLatin1(text)), text);
        // Every factor the laptop uses, by id, with its source's year.
        for (const Factor &f : e.built.factors)
            QVERIFY2(test::containsWrapped(en.text, f.id), qPrintable(f.id));
        QVERIFY(test::containsWrapped(en.text,
                                      QStringLiteral("ICE v2.0 Inventory of Carbon & Energy")));
        // grid_cn_mee_east_2023 is in kgCO2/kWh: marked.
        QVERIFY(en.text.contains(QStringLiteral("CO2 only")));
        QVERIFY(!en.text.contains(QStringLiteral("仅CO2")));
        const test::PdfText zh = render(e, LabelOptions::Language::Chinese);
        QVERIFY(zh.text.contains(QStringLiteral("仅CO2")));
        for (lca::Stage s : lca::kAllStages)
            QVERIFY(zh.text.contains(StageNames::chinese(s)));
        QVERIFY(zh.text.contains(QStringLiteral("方法说明")));
        QVERIFY(!zh.text.contains(QStringLiteral("Methodology")));
        const test::PdfText both = render(e, LabelOptions::Language::Both);
        QVERIFY(both.text.contains(QStringLiteral("CO2 only / 仅CO2")));
        QVERIFY(both.text.contains(QStringLiteral("Methodology / 方法说明")));
    }

    void publishedPeers()
    {
        // The laptop is in the laptop group: published totals n=452, P10 195 kg, P90 422 kg;
        // materials and manufacturing n=226, 132–315 kg (docs/benchmark.md's table, recomputed
        // from the dataset in tst_peerbenchmark). Its 63.8 kg total is above one published laptop
        // (62.0 kg) of 452: percentile rank 100 x 1 / 452 = 0.2, printed 0; its 37.8 kg
        // manufacturing is below all 226: percentile 0.
        const Evaluation e = m_examples.example(QStringLiteral("laptop-14"));
        const test::PdfText en = render(e, LabelOptions::Language::English);
        for (const char *text :
             {"Published peers",
              "Published laptop footprints (n=452), P10–P90: 195–422 kg CO2e; this product: "
              "percentile 0.",
              "Published laptop footprints, materials and manufacturing (n=226), P10–P90: "
              "132–315 kg CO2e; this product: percentile 0.",
              "P10 195", "P90 422", "P10 132", "P90 315", "this product · 63.8 kg",
              "this product · 37.8 kg", "ODbL 1.0"})
            QVERIFY2(test::containsWrapped(en.text, QString::fromUtf8(text)), text);
        const test::PdfText zh = render(e, LabelOptions::Language::Chinese);
        for (const char *text : {"同类产品公开碳足迹", "已公开的笔记本电脑碳足迹（n=452）",
                                 "本产品位于第 0 百分位", "本产品 · 63.8 kg"})
            QVERIFY2(test::containsWrapped(zh.text, QString::fromUtf8(text)), text);
        QVERIFY(!zh.text.contains(QStringLiteral("Published peers")));
        // A mouse has no published group: no section.
        const test::PdfText mouse = render(m_examples.example(QStringLiteral("wireless-mouse")),
                                           LabelOptions::Language::English);
        QVERIFY(!mouse.text.contains(QStringLiteral("Published peers")));
    }

    void uncertaintyRangeAndHistogram()
    {
        // Lognormal housing mass and a triangular use power: the range is no longer a point.
        const Evaluation e
                = m_examples.mouseWith(QStringLiteral("uncertain"), [](nlohmann::json &j) {
                      j["materials"][0]["quantity"] = {{"value", 52}, {"gsd", 1.3}};
                      j["use"]["modes"][0]["power_w"]
                              = {{"value", 0.05}, {"min", 0.03}, {"max", 0.09}};
                  });
        QVERIFY(e.ok());
        const test::PdfText sheet = render(e, LabelOptions::Language::Both);
        QVERIFY2(sheet.text.contains(QStringLiteral("90% range (P5–P95): ")),
                 qPrintable(sheet.text));
        QVERIFY(sheet.text.contains(QStringLiteral("10 000 samples, seed 42")));
        QVERIFY(sheet.text.contains(QStringLiteral("P95 ")));
        QVERIFY(sheet.text.contains(QStringLiteral("bars: share of 10 000 samples")));
        // The same seed: the same sheet.
        const QByteArray first = m_lastBytes;
        render(e, LabelOptions::Language::Both);
        QCOMPARE(m_lastBytes, first);

        // A result given by the caller is printed as given: P5 10, P95 90 of 1..100.
        lca::MonteCarloResult given;
        given.samples = 100;
        given.seed = 7;
        for (int i = 1; i <= 100; ++i)
            given.totals.push_back(i);
        given.total = {50.5, 50.5, 10.0, 90.0};
        QString error;
        const test::PdfText withGiven = test::readPdf(SheetRenderer::render(
                e, sheetOptions(LabelOptions::Language::English), &given, &error));
        QVERIFY2(withGiven.text.contains(
                         QStringLiteral("90% range (P5–P95): 10.0000 – 90.0000 kg CO2e")),
                 qPrintable(withGiven.text));
        QVERIFY(withGiven.text.contains(QStringLiteral("100 samples, seed 7")));
        // Without one, no uncertainty section.
        const test::PdfText without = test::readPdf(SheetRenderer::render(
                e, sheetOptions(LabelOptions::Language::English), nullptr, &error));
        QVERIFY(!without.text.contains(QStringLiteral("Uncertainty")));
        QVERIFY(!without.text.contains(QStringLiteral("P5")));

        // The shipped laptop gives no distribution, but every shipped factor has data-quality
        // scores, so its sheet shows a range.
        const test::PdfText laptop = render(m_examples.example(QStringLiteral("laptop-14")),
                                            LabelOptions::Language::English);
        QVERIFY(laptop.text.contains(QStringLiteral("90% range (P5–P95)")));
        QVERIFY(!laptop.text.contains(QStringLiteral("No uncertainty range")));
    }

    void neutralOnlyWhenEarned()
    {
        const Evaluation covered
                = m_examples.mouseWith(QStringLiteral("covered"), [](nlohmann::json &j) {
                      j["offsets"] = {{"kg_co2e", 1.5},
                                      {"standard", "Gold Standard"},
                                      {"certificate", "GS-VER-2026-0042"}};
                  });
        const test::PdfText yes = render(covered, LabelOptions::Language::English);
        // The fact's label, then its value, which may wrap in its column.
        QVERIFY2(
                yes.text.contains(QStringLiteral("Carbon neutral yes: Gold Standard, certificate")),
                qPrintable(yes.text));
        QVERIFY(yes.text.contains(QStringLiteral("GS-VER-2026-0042")));
        const test::PdfText no = render(m_examples.example(QStringLiteral("wireless-mouse")),
                                        LabelOptions::Language::English);
        QVERIFY(no.text.contains(QStringLiteral("Carbon neutral no")));
    }
};

QTEST_MAIN(TestSheetRenderer)
#include "tst_sheetrenderer.moc"
