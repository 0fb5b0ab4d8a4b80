// SheetRenderer (issue 4, item 2): the A4 product sheet read back with Poppler-Qt6. Totals are
// the hand-worked ones of tests/lca (docs/profile-format.md's formulas over
// resources/factors/factors.csv).

#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/render/labeloptions.h"
#include "core/render/sheetrenderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <poppler-qt6.h>

#include <memory>

using namespace carbonlabel;

namespace {

const QString kExamples = QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/");

struct Sheet
{
    QStringList pages; // each page's text, whitespace folded
    QString all; // every page
    QString words; // every word in Poppler's order, one space apart
    QList<QSizeF> sizesMm;
    bool fontsEmbedded = false;
    QStringList fontNames;
};

Sheet read(const QByteArray &bytes)
{
    Sheet sheet;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return sheet;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        sheet.pages << page->text(QRectF()).simplified();
        const QSizeF pt = page->pageSizeF();
        sheet.sizesMm << QSizeF(pt.width() / 72.0 * 25.4, pt.height() / 72.0 * 25.4);
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList())
            sheet.words += (sheet.words.isEmpty() ? QString() : QStringLiteral(" ")) + box->text();
    }
    sheet.all = sheet.pages.join(QLatin1Char(' '));
    sheet.fontsEmbedded = true;
    for (const Poppler::FontInfo &f : doc->fonts()) {
        sheet.fontNames << f.name();
        sheet.fontsEmbedded = sheet.fontsEmbedded && f.isEmbedded();
    }
    return sheet;
}

// Whitespace-insensitive: a wrapped table cell comes back with a space where it broke.
bool containsWrapped(const QString &text, QString needle)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space).contains(needle.remove(space));
}

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

    QTemporaryDir m_dir;
    FactorDatabase m_db;

    Evaluation example(const QString &name)
    {
        return ProfileEvaluator::evaluateFile(kExamples + name + QStringLiteral(".clprofile.json"),
                                              m_db);
    }

    Evaluation mouseWith(const QString &name, const std::function<void(nlohmann::json &)> &change)
    {
        QFile in(kExamples + QStringLiteral("wireless-mouse.clprofile.json"));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        nlohmann::json json = nlohmann::json::parse(in.readAll().toStdString());
        change(json);
        const QString path = m_dir.filePath(name + QStringLiteral(".clprofile.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QByteArray::fromStdString(json.dump(2)));
        out.close();
        return ProfileEvaluator::evaluateFile(path, m_db);
    }

    Sheet render(const Evaluation &e, LabelOptions::Language language)
    {
        QString error;
        const QByteArray bytes = SheetRenderer::render(e, sheetOptions(language), &error);
        if (bytes.isEmpty())
            qWarning() << "render failed:" << error;
        m_lastBytes = bytes;
        return read(bytes);
    }
    QByteArray m_lastBytes;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                           m_dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(m_db.errorString()));
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
        const Sheet sheet = render(example(QStringLiteral("laptop-14")), lang);
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
        QTest::newRow("laptop 53.8440646326") << "laptop-14"
                                              << "53.8441"
                                              << "53.8";
        QTest::newRow("server 5808.36620583") << "rack-server"
                                              << "5808.37"
                                              << "5810";
    }
    void exactTotals()
    {
        QFETCH(QString, example);
        QFETCH(QString, exact);
        QFETCH(QString, badge);
        const Sheet sheet = render(this->example(example), LabelOptions::Language::English);
        QVERIFY2(sheet.words.contains(exact + QStringLiteral(" kg CO2e")), qPrintable(sheet.words));
        QVERIFY(sheet.all.contains(QStringLiteral("On the label: ") + badge
                                   + QStringLiteral(" kg CO2e")));
        // The stage table's total row.
        QVERIFY2(sheet.all.contains(QStringLiteral("Total ") + exact + QStringLiteral(" 100.0%")),
                 qPrintable(sheet.all));
    }

    void stagesContributorsAssumptionsFactorsMethodology()
    {
        const Evaluation e = example(QStringLiteral("laptop-14"));
        const Sheet en = render(e, LabelOptions::Language::English);
        for (lca::Stage s : lca::kAllStages)
            QVERIFY2(en.all.contains(StageNames::english(s)), qPrintable(StageNames::english(s)));
        for (const char *heading : {"Life-cycle stages", "Top contributors", "Assumptions",
                                    "Emission factors used", "Methodology", "Uncertainty"})
            QVERIFY2(en.all.contains(QString::fromLatin1(heading)), heading);
        // Parts by name, transport legs, grids and the lifetime.
        for (const char *text :
             {"Processor die", "Chassis", "Transport leg 1", "Transport leg 2", "4 years",
              "9000 km", "grid_eu27_ember_2024", "grid_cn_mee_east_2023"})
            QVERIFY2(containsWrapped(en.all, QString::fromLatin1(text)), text);
        // Every factor the laptop uses, by id, with its source's year.
        for (const Factor &f : e.built.factors)
            QVERIFY2(containsWrapped(en.all, f.id), qPrintable(f.id));
        QVERIFY(containsWrapped(en.all, QStringLiteral("ICE v2.0 Inventory of Carbon & Energy")));
        // grid_cn_mee_east_2023 is in kgCO2/kWh: marked.
        QVERIFY(en.all.contains(QStringLiteral("CO2 only")));
        QVERIFY(!en.all.contains(QStringLiteral("仅CO2")));
        const Sheet zh = render(e, LabelOptions::Language::Chinese);
        QVERIFY(zh.all.contains(QStringLiteral("仅CO2")));
        for (lca::Stage s : lca::kAllStages)
            QVERIFY(zh.all.contains(StageNames::chinese(s)));
        QVERIFY(zh.all.contains(QStringLiteral("方法说明")));
        QVERIFY(!zh.all.contains(QStringLiteral("Methodology")));
        const Sheet both = render(e, LabelOptions::Language::Both);
        QVERIFY(both.all.contains(QStringLiteral("CO2 only / 仅CO2")));
        QVERIFY(both.all.contains(QStringLiteral("Methodology / 方法说明")));
    }

    void uncertaintyRangeAndHistogram()
    {
        // Lognormal housing mass and a triangular use power: the range is no longer a point.
        const Evaluation e = mouseWith(QStringLiteral("uncertain"), [](nlohmann::json &j) {
            j["materials"][0]["quantity"] = {{"value", 52}, {"gsd", 1.3}};
            j["use"]["modes"][0]["power_w"] = {{"value", 0.05}, {"min", 0.03}, {"max", 0.09}};
        });
        QVERIFY(e.ok());
        const Sheet sheet = render(e, LabelOptions::Language::Both);
        QVERIFY2(sheet.all.contains(QStringLiteral("90% range (P5–P95): ")), qPrintable(sheet.all));
        QVERIFY(sheet.all.contains(QStringLiteral("10 000 samples, seed 42")));
        QVERIFY(sheet.all.contains(QStringLiteral("P95 ")));
        QVERIFY(sheet.all.contains(QStringLiteral("bars: share of 10 000 samples")));
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
        const Sheet withGiven = read(SheetRenderer::render(
                e, sheetOptions(LabelOptions::Language::English), &given, &error));
        QVERIFY2(withGiven.all.contains(
                         QStringLiteral("90% range (P5–P95): 10.0000 – 90.0000 kg CO2e")),
                 qPrintable(withGiven.all));
        QVERIFY(withGiven.all.contains(QStringLiteral("100 samples, seed 7")));
        // Without one, no uncertainty section.
        const Sheet without = read(SheetRenderer::render(
                e, sheetOptions(LabelOptions::Language::English), nullptr, &error));
        QVERIFY(!without.all.contains(QStringLiteral("Uncertainty")));
        QVERIFY(!without.all.contains(QStringLiteral("P5")));

        // The shipped laptop has no uncertain input: said in words, no histogram.
        const Sheet laptop
                = render(example(QStringLiteral("laptop-14")), LabelOptions::Language::English);
        QVERIFY(laptop.all.contains(QStringLiteral("No uncertainty range: no input carries one")));
    }

    void neutralOnlyWhenEarned()
    {
        const Evaluation covered = mouseWith(QStringLiteral("covered"), [](nlohmann::json &j) {
            j["offsets"] = {{"kg_co2e", 1.5},
                            {"standard", "Gold Standard"},
                            {"certificate", "GS-VER-2026-0042"}};
        });
        const Sheet yes = render(covered, LabelOptions::Language::English);
        // The fact's label, then its value, which may wrap in its column.
        QVERIFY2(yes.all.contains(QStringLiteral("Carbon neutral yes: Gold Standard, certificate")),
                 qPrintable(yes.all));
        QVERIFY(yes.all.contains(QStringLiteral("GS-VER-2026-0042")));
        const Sheet no = render(example(QStringLiteral("wireless-mouse")),
                                LabelOptions::Language::English);
        QVERIFY(no.all.contains(QStringLiteral("Carbon neutral no")));
    }
};

QTEST_MAIN(TestSheetRenderer)
#include "tst_sheetrenderer.moc"
