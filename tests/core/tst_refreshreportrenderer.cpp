// RefreshReportRenderer: the A4 refresh-cycle report read back with Poppler-Qt6 — page size,
// the strategy rows, the payback sentences, all three languages, reproducible bytes.
//
// The laptop fixture's (tests/common/data/laptop-refresh.clprofile.json) numbers are worked by hand
// in tests/cli/tst_refreshcommand.cpp: e0 = 37.3477958326 kg, a0 = 19.36 kWh a year, g0 = 0.21302
// kg/kWh, u = a0 x g0 = 4.1240672 kg.

#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/render/labeloptions.h"
#include "core/render/refreshreportrenderer.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

#include <memory>

using namespace carbonlabel;

namespace {

struct Read
{
    QSizeF sizeMm;
    int pages = 0;
    QString text;
};

Read readPdf(const QByteArray &pdf)
{
    Read r;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return r;
    r.pages = doc->numPages();
    if (r.pages < 1)
        return r;
    const std::unique_ptr<Poppler::Page> page = doc->page(0);
    const QSizeF points = page->pageSizeF();
    r.sizeMm = QSizeF(points.width() / 72.0 * 25.4, points.height() / 72.0 * 25.4);
    r.text = page->text(QRectF());
    return r;
}

// The whitespace Poppler puts between words varies with layout; compare with it collapsed.
QString squeeze(const QString &s)
{
    return s.simplified();
}

} // namespace

class TestRefreshReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
        m_laptop = ProfileEvaluator::evaluateFile(
                QStringLiteral(CARBONLABEL_SOURCE_DIR
                               "/tests/common/data/laptop-refresh.clprofile.json"),
                m_db);
        QVERIFY(m_laptop.ok());
    }

    void englishDefaults()
    {
        QString error;
        const QByteArray pdf = RefreshReportRenderer::render(
                m_laptop, options(LabelOptions::Language::English), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        keep(pdf, QStringLiteral("refresh-en.pdf"));
        const Read r = readPdf(pdf);
        QCOMPARE(r.pages, 1);
        QVERIFY(std::abs(r.sizeMm.width() - 210.0) <= 0.1);
        QVERIFY(std::abs(r.sizeMm.height() - 297.0) <= 0.1);
        const QString t = squeeze(r.text);
        QVERIFY2(t.contains(QStringLiteral("Refresh-cycle report")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("14-inch laptop")));
        QVERIFY(t.contains(QStringLiteral("emissions over 12 years")));
        QVERIFY(!t.contains(QStringLiteral("更新周期报告")));
        // Strategy rows, three significant digits: cycle, devices, embodied, use, total,
        // per year, one device kept k years per year.
        // k = 4: devices at 0, 4, 8; 3 e0 = 112.04; 12 u = 49.489; 161.53; / 12 = 13.461;
        //   one laptop kept 4 years: e0 / 4 + u = 13.461.
        QVERIFY2(t.contains(QStringLiteral("4 3 112 49.5 162 13.5 13.5")), qPrintable(t));
        // k = 8: devices at 0 and 8, the second with 4 of its 8 years inside: 1.5 e0 = 56.022;
        //   105.51 in all, 8.7925 a year; one laptop kept 8 years: e0 / 8 + u = 8.7925.
        QVERIFY(t.contains(QStringLiteral("8 2 56.0 49.5 106 8.79 8.79")));
        // k = 5: devices at 0, 5, 10, the last 2 of 5 years inside: 2.4 e0 = 89.635; 139.12;
        //   11.594 a year; one laptop kept 5 years: e0 / 5 + u = 11.594.
        QVERIFY(t.contains(QStringLiteral("5 3 89.6 49.5 139 11.6 11.6")));
        QVERIFY(t.contains(QStringLiteral("replace every 8 years, 8.79 kg CO2e a year")));
        // Payback for old laptops needing 1.5, 2 and 3 x 19.36 kWh: savings of 0.5, 1 and
        // 2 x 4.1240672 = 2.062, 4.124 and 8.248 kg a year against 37.348 kg: 18.1, 9.06 and
        // 4.53 years, so years 19, 10 and 5.
        QVERIFY2(t.contains(QStringLiteral("Old device using 29.0 kWh a year (1.5 × the new "
                                           "one's): pays back in year 19.")),
                 qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("(2 × the new one's): pays back in year 10.")));
        QVERIFY(t.contains(QStringLiteral("(3 × the new one's): pays back in year 5.")));
        // Assumptions.
        QVERIFY(t.contains(QStringLiteral("New device: 37.3 kg CO2e embodied")));
        QVERIFY(t.contains(QStringLiteral("19.4 kWh a year from the profile's power modes")));
        QVERIFY(t.contains(QStringLiteral("Grid: 0.213 kg CO2e/kWh (grid_eu27_ember_2024)")));
        QVERIFY(t.contains(QStringLiteral("2026-03-01")));
    }

    void chinese()
    {
        QString error;
        const QByteArray pdf = RefreshReportRenderer::render(
                m_laptop, options(LabelOptions::Language::Chinese), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString t = squeeze(readPdf(pdf).text);
        QVERIFY2(t.contains(QStringLiteral("更新周期报告")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("14英寸笔记本电脑")));
        QVERIFY(t.contains(QStringLiteral("12年内的排放")));
        QVERIFY(t.contains(QStringLiteral("4 3 112 49.5 162 13.5 13.5")));
        QVERIFY(t.contains(QStringLiteral("第10年回收")));
        QVERIFY(t.contains(QStringLiteral("每8年更换一次，年均8.79 kg CO2e")));
        QVERIFY(!t.contains(QStringLiteral("Refresh-cycle report")));
    }

    void bothLanguages()
    {
        QString error;
        const QByteArray pdf = RefreshReportRenderer::render(
                m_laptop, options(LabelOptions::Language::Both), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const Read r = readPdf(pdf);
        QCOMPARE(r.pages, 1);
        const QString t = squeeze(r.text);
        QVERIFY(t.contains(QStringLiteral("Refresh-cycle report / 更新周期报告")));
        QVERIFY(t.contains(QStringLiteral("pays back in year 19.")));
        QVERIFY(t.contains(QStringLiteral("第19年回收")));
    }

    void explicitSettings()
    {
        // H = 6, cycles 2..4, an old laptop using 60 kWh a year.
        // k = 4 over 6 years: the second laptop counts half: 1.5 e0 + 6 u = 80.77; 13.46 a year.
        // Savings (60 - 19.36) x 0.21302 = 8.657 kg a year; 34.63 after 4 years < 37.35 <
        // 43.29 after 5: year 5.
        lca::RefreshCycleInputs settings;
        settings.horizonYears = 6;
        settings.minCycleYears = 2;
        settings.maxCycleYears = 4;
        settings.replaceNow = lca::ReplaceNowInputs{60.0, 0.0, 0.0};
        QString error;
        const QByteArray pdf = RefreshReportRenderer::render(
                m_laptop, options(LabelOptions::Language::English), settings, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString t = squeeze(readPdf(pdf).text);
        QVERIFY2(t.contains(QStringLiteral("4 2 56.0 24.7 80.8 13.5 13.5")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Old device using 60 kWh a year: pays back in year 5.")));
        QVERIFY(t.contains(QStringLiteral("emissions over 6 years")));
    }

    void neverPaysBack()
    {
        lca::RefreshCycleInputs settings;
        settings.replaceNow = lca::ReplaceNowInputs{20.0, 0.0, 0.0};
        QString error;
        const QString t
                = squeeze(readPdf(RefreshReportRenderer::render(
                                          m_laptop, options(LabelOptions::Language::English),
                                          settings, &error))
                                  .text);
        QVERIFY(t.contains(QStringLiteral("does not pay back within 20 years.")));
    }

    void manyCycles()
    {
        // The largest the CLI allows: 50 years, cycles 1..50, falling grid, an old device.
        // Still one A4 page; k = 50 buys once: 50 years of use at a falling grid plus e0.
        lca::RefreshCycleInputs settings;
        settings.horizonYears = 50;
        settings.minCycleYears = 1;
        settings.maxCycleYears = 50;
        settings.gridRate = -0.03;
        settings.embodiedRate = -0.02;
        settings.replaceNow = lca::ReplaceNowInputs{40.0, 0.0, 0.0};
        QString error;
        const QByteArray pdf = RefreshReportRenderer::render(
                m_laptop, options(LabelOptions::Language::Both), settings, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        keep(pdf, QStringLiteral("refresh-many.pdf"));
        const Read r = readPdf(pdf);
        QCOMPARE(r.pages, 1);
        const QString t = squeeze(r.text);
        QVERIFY(t.contains(QStringLiteral("every 50 years / 每50年")));
        QVERIFY(t.contains(QStringLiteral("emissions over 50 years")));
    }

    void reproducible()
    {
        QString error;
        const QByteArray a = RefreshReportRenderer::render(
                m_laptop, options(LabelOptions::Language::Both), &error);
        const QByteArray b = RefreshReportRenderer::render(
                m_laptop, options(LabelOptions::Language::Both), &error);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
    }

    void badSettings()
    {
        lca::RefreshCycleInputs settings;
        settings.gridRate = -2.0;
        QString error;
        QVERIFY(RefreshReportRenderer::render(m_laptop, options(LabelOptions::Language::English),
                                              settings, &error)
                        .isEmpty());
        QVERIFY(!error.isEmpty());
        Evaluation broken;
        error.clear();
        QVERIFY(RefreshReportRenderer::render(broken, options(LabelOptions::Language::English),
                                              &error)
                        .isEmpty());
        QVERIFY(!error.isEmpty());
    }

    // A service without a device (the AI assistant: no materials, no use energy) has no refresh
    // cycles: no report naming a best one, but the reason.
    void noDeviceNoReport()
    {
        const Evaluation ai = ProfileEvaluator::evaluateFile(
                QStringLiteral(CARBONLABEL_SOURCE_DIR
                               "/resources/examples/ai-assistant.clprofile.json"),
                m_db);
        QVERIFY(ai.ok());
        QString error;
        QVERIFY(RefreshReportRenderer::render(ai, options(LabelOptions::Language::English), &error)
                        .isEmpty());
        QVERIFY2(error.contains(u"this profile has none"), qPrintable(error));
    }

private:
    // Set CARBONLABEL_TEST_OUTPUT to a folder to keep the PDFs for a look.
    static void keep(const QByteArray &pdf, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CARBONLABEL_TEST_OUTPUT");
        if (dir.isEmpty())
            return;
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::WriteOnly))
            f.write(pdf);
    }

    static LabelOptions options(LabelOptions::Language language)
    {
        LabelOptions o;
        o.kind = LabelOptions::Kind::Refresh;
        o.language = language;
        o.date = QDate(2026, 3, 1);
        return o;
    }

    QTemporaryDir m_dir;
    FactorDatabase m_db;
    Evaluation m_laptop;
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestRefreshReportRenderer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_refreshreportrenderer.moc"
