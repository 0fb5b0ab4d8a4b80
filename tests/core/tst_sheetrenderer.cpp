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
        // One number policy (docs/labels.md): the sheet's figures are the badge's.
        QTest::newRow("mouse 1.22464282305") << "wireless-mouse"
                                             << "1.22"
                                             << "1.22";
        QTest::newRow("laptop 220.3417246326") << "laptop-14"
                                               << "220"
                                               << "220";
        // 6981.478205835 (tst_footprintcommand): 698|1 stays 698 tens, 6980.
        QTest::newRow("server 6981.478205835") << "rack-server"
                                               << "6980"
                                               << "6980";
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
        // from the dataset in tst_peerbenchmark). Its 220.3 kg total (tst_footprintcommand) is
        // above 73 of the 452 published laptops (the 73rd is 220.0 kg, the 74th 221.0): percentile
        // rank 100 x 73 / 452 = 16.2, printed 16; its 194.4 kg manufacturing is above 75 of the
        // 226 (the 75th is 193.4 kg, the 76th 194.5): 100 x 75 / 226 = 33.2, printed 33.
        const Evaluation e = m_examples.example(QStringLiteral("laptop-14"));
        const test::PdfText en = render(e, LabelOptions::Language::English);
        for (const char *text :
             {"Published peers",
              "Published laptop footprints (n=452), P10–P90: 195–422 kg CO2e; this product: "
              "percentile 16.",
              "Published laptop footprints, materials and manufacturing (n=226), P10–P90: "
              "132–315 kg CO2e; this product: percentile 33.",
              "P10 195", "P90 422", "P10 132", "P90 315", "this product · 220 kg",
              "this product · 194 kg", "ODbL 1.0"})
            QVERIFY2(test::containsWrapped(en.text, QString::fromUtf8(text)), text);
        const test::PdfText zh = render(e, LabelOptions::Language::Chinese);
        for (const char *text : {"同类产品公开碳足迹", "已公开的笔记本电脑碳足迹（n=452）",
                                 "本产品位于第 16 百分位", "本产品 · 220 kg"})
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
        QVERIFY2(withGiven.text.contains(QStringLiteral("90% range (P5–P95): 10.0 – 90.0 kg CO2e")),
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

    void dataQualityTableAndRating()
    {
        // The three-line profile of tst_dataqualitysummary, worked there by hand:
        // mat_pet_desnz 3.86390131 kg CO2e/kg, pedigree (2;3;1;3;3), year 2025, UK;
        // grid_cn_ember_2024 0.5575 kg CO2e/kWh, (2;1;1;1;1), 2024, CN; reference year 2031.
        // Lines: 1 kg PET 3.86390131; 2 kg PET with its own scores (1;1;1;1;1) 7.72780262;
        // 10 kWh x 0.5575 = 5.575; total 17.16670393.
        // Rows, largest first:
        //   the own line: 7.72780262 / 17.16670393 = 45.0%, 1 1 1 1 1, no spread: GSD 1.00;
        //   the grid: 5.575 / 17.16670393 = 32.5%, (2;1;3;1;1) (7 years -> temporal 3),
        //     GSD exp(sqrt(0.0006 + 0.002)) = 1.05231 -> 1.05;
        //   the shared PET: 3.86390131 / 17.16670393 = 22.5%, (2;3;3;4;3) (6 years -> 3, UK
        //     data for a CN factory -> 4), GSD exp(sqrt(0.0118)) = 1.11475 -> 1.11.
        // Weighted: reliability 1.54984 -> 1.5, completeness 1.45016 -> 1.5, temporal 2.09968
        // -> 2.1, geographical 1.67524 -> 1.7, technological 1.45016 -> 1.5; the rating is their
        // mean, 1.64502 -> 1.6, good (<= 2.5); every row scored: 100.0% of the total.
        QFile f(m_examples.filePath(QStringLiteral("dq.clprofile.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"json({"format": "carbonlabel-profile", "version": 1,
          "product": {"id": "dq", "name": {"en": "Data quality", "zh": "数据质量"},
                      "lifetime_years": 1, "reference_year": 2031},
          "materials": [
            {"part": {"en": "Shell", "zh": "外壳"}, "factor": "mat_pet_desnz", "quantity": 1,
             "unit": "kg"},
            {"part": {"en": "Measured shell", "zh": "实测外壳"}, "factor": "mat_pet_desnz",
             "quantity": 2, "unit": "kg", "pedigree": "(1;1;1;1;1)", "data_source": "primary"}
          ],
          "manufacturing": {"assembly_energy_kwh": 10, "grid": "grid_cn_ember_2024"}
        })json");
        f.close();
        const Evaluation e = m_examples.evaluate(f.fileName());
        QVERIFY(e.ok());
        const test::PdfText en = render(e, LabelOptions::Language::English);
        for (const char *text :
             {"Data quality: 1.6 of 5, good (contribution-weighted pedigree scores; 100.0% of "
              "the total scored). Method: pedigree matrix of the ecoinvent v3 data quality "
              "guideline (Weidema et al. 2013).",
              "Factor Share Reliability Completeness Temporal Geography Technology GSD",
              // A cell that wraps comes back with the row's other cells inside it.
              "PET (incl. forming), primary production ·", "Measured shell, own scores",
              "45.0% 1 1 1 1 1 1.00", "Grid electricity, China (Ember, lifecycle,",
              "32.5% 2 1 3 1 1 1.05", "22.5% 2 3 3 4 3 1.11",
              "Contribution-weighted score 100.0% 1.5 1.5 2.1 1.7 1.5"})
            QVERIFY2(test::containsWrapped(en.text, QString::fromUtf8(text)), text);
        QVERIFY(!en.text.contains(QStringLiteral("other factors")));
        // Largest first: the own line, the grid, then the shared PET.
        const QString flat = QString(en.text).remove(QRegularExpression(QStringLiteral("\\s+")));
        const qsizetype own = flat.indexOf(QStringLiteral("45.0%111111.00"));
        const qsizetype grid = flat.indexOf(QStringLiteral("32.5%213111.05"));
        const qsizetype pet = flat.indexOf(QStringLiteral("22.5%233431.11"));
        QVERIFY(own >= 0 && own < grid && grid < pet);

        const test::PdfText zh = render(e, LabelOptions::Language::Chinese);
        for (const char *text :
             {"数据质量：1.6（满分 5，1 为最佳），良好（按贡献加权的谱系评分；总量的 100.0% "
              "已评分）。方法：ecoinvent v3 数据质量指南的谱系矩阵（Weidema 等，2013）。",
              "排放因子 占比 可靠性 完整性 时间相关性 地理相关性 技术相关性 GSD",
              "PET（聚对苯二甲酸乙二醇酯", "实测外壳，自有评分", "45.0% 1 1 1 1 1 1.00",
              "贡献加权评分 100.0% 1.5 1.5 2.1 1.7 1.5"})
            QVERIFY2(test::containsWrapped(zh.text, QString::fromUtf8(text)), text);
        QVERIFY(!zh.text.contains(QStringLiteral("Data quality")));
        const test::PdfText both = render(e, LabelOptions::Language::Both);
        QVERIFY(both.text.contains(QStringLiteral("Data quality / 数据质量")));
        QVERIFY(test::containsWrapped(both.text, QStringLiteral("Data quality: 1.6 of 5, good")));
        QVERIFY(test::containsWrapped(both.text, QStringLiteral("数据质量：1.6（满分 5")));
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
