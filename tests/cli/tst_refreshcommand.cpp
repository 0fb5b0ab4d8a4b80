// `carbonlabel-cli refresh` as a user runs it (docs/uncertainty.md), on a fixed laptop profile
// (tests/common/data/laptop-refresh.clprofile.json). Its
// stage totals are worked by hand in tst_footprintcommand.cpp:
//   materials & manufacturing 27.91602671, distribution 9.42340425, end of life 0.0083648726,
//   so e0 = 37.3477958326 kg; a0 = (10 W x 8 h + 0.5 W x 16 h) x 220 days / 1000 = 19.36 kWh;
//   g0 = grid_eu27_ember_2024 = 0.21302 kg/kWh, so one year of use u = 4.1240672 kg.

#include "tests/common/clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <poppler-qt6.h>

#include <cmath>
#include <memory>

using Json = nlohmann::ordered_json;

using carbonlabel::test::CliRun;

namespace {

constexpr double kE0 = 37.3477958326;
constexpr double kUse = 4.1240672;

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestRefreshCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaults()
    {
        const CliRun r = cli({QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j["horizon_years"].get<int>(), 12);
        QVERIFY(near(j["embodied_kg_co2e"].get<double>(), kE0));
        QVERIFY(near(j["annual_energy_kwh"].get<double>(), 19.36));
        QVERIFY(near(j["grid_kg_co2e_per_kwh"].get<double>(), 0.21302));
        const Json &s = j["strategies"];
        QCOMPARE(s.size(), std::size_t{7}); // k = 2..8
        for (std::size_t i = 0; i < s.size(); ++i) {
            QCOMPARE(s[i]["cycle_years"].get<int>(), static_cast<int>(i) + 2);
            QCOMPARE(s[i]["cumulative_kg_co2e"].size(), std::size_t{12});
            QVERIFY(s[i].contains("annualised_kg_co2e"));
        }
        // k = 4 buys in years 0, 4 and 8, each device whole inside 12 years:
        // year 1: e0 + u = 41.4718630326; year 12: 3 e0 + 12 u = 161.5321938978; / 12
        // = 13.4610161582.
        const Json &k4 = s[2];
        QVERIFY(near(k4["cumulative_kg_co2e"][0].get<double>(), kE0 + kUse));
        QVERIFY(near(k4["cumulative_kg_co2e"][4].get<double>(), 2 * kE0 + 5 * kUse));
        QVERIFY(near(k4["cumulative_kg_co2e"][11].get<double>(), 3 * kE0 + 12 * kUse));
        QVERIFY(near(k4["annualised_kg_co2e"].get<double>(), (3 * kE0 + 12 * kUse) / 12));
        // k = 5 buys in years 0, 5, 10; the last has 2 of its 5 years inside: 2.4 e0 + 12 u.
        QVERIFY(near(s[3]["annualised_kg_co2e"].get<double>(), (2.4 * kE0 + 12 * kUse) / 12));
        // No rates: annualised = e0 / k + u falls with k, so the longest cycle is best.
        QCOMPARE(j["best_cycle_years"].get<int>(), 8);
        // Keep one laptop 3 years: (e0 + 3 u) / 3 = 16.5733324775.
        QCOMPARE(j["keep_years"][1]["years"].get<int>(), 3);
        QVERIFY(near(j["keep_years"][1]["annualised_kg_co2e"].get<double>(), kE0 / 3 + kUse));
        // Without --old-annual-kwh there is no replace-now question.
        QVERIFY(j["replace_now_payback_years"].is_null());
        QVERIFY(j["replace_now"].is_null());
    }

    void shortHorizonWithFallingGrid()
    {
        // H = 3, one cycle of 3 years, the grid halving each year: use u, u / 2, u / 4.
        // Cumulative e0 + u, e0 + 1.5 u, e0 + 1.75 u.
        const CliRun r
                = cli({QStringLiteral("--json"), QStringLiteral("--horizon"), QStringLiteral("3"),
                       QStringLiteral("--cycles"), QStringLiteral("3..3"),
                       QStringLiteral("--grid-rate"), QStringLiteral("-0.5")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        const Json &c = j["strategies"][0]["cumulative_kg_co2e"];
        QCOMPARE(c.size(), std::size_t{3});
        QVERIFY(near(c[0].get<double>(), kE0 + kUse));
        QVERIFY(near(c[1].get<double>(), kE0 + 1.5 * kUse));
        QVERIFY(near(c[2].get<double>(), kE0 + 1.75 * kUse));
        QCOMPARE(j["best_cycle_years"].get<int>(), 3);
    }

    void embodiedAndEnergyRates()
    {
        // H = 4, k = 2, re = +10 %, ra = -50 %: devices bought in years 0 and 2;
        // e(2) = 1.21 e0, a(2) = 0.25 a0. Total = e0 + 1.21 e0 + 2 u + 2 x 0.25 u = 2.21 e0 + 2.5
        // u.
        const CliRun r
                = cli({QStringLiteral("--json"), QStringLiteral("--horizon"), QStringLiteral("4"),
                       QStringLiteral("--cycles"), QStringLiteral("2..2"),
                       QStringLiteral("--embodied-rate"), QStringLiteral("0.1"),
                       QStringLiteral("--energy-rate"), QStringLiteral("-0.5")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        const Json &c = j["strategies"][0]["cumulative_kg_co2e"];
        QVERIFY(near(c[1].get<double>(), kE0 + 2 * kUse));
        QVERIFY(near(c[3].get<double>(), 2.21 * kE0 + 2.5 * kUse));
        QVERIFY(near(j["strategies"][0]["annualised_kg_co2e"].get<double>(),
                     (2.21 * kE0 + 2.5 * kUse) / 4));
    }

    void paybackFound()
    {
        // An old laptop using 60 kWh a year: (60 - 19.36) x 0.21302 = 8.6571328 kg saved a year.
        // After 4 years 34.63 < e0 = 37.35; after 5 years 43.29: pays back in year 5.
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("--old-annual-kwh"),
                              QStringLiteral("60")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j["replace_now_payback_years"].get<int>(), 5);
        QCOMPARE(j["replace_now"]["payback_years"].get<int>(), 5);
        QVERIFY(near(j["replace_now"]["cumulative_savings_kg_co2e"][4].get<double>(),
                     5 * 8.6571328));
        const CliRun text = cli({QStringLiteral("--old-annual-kwh"), QStringLiteral("60")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Pays back in year 5"), text.out.constData());
    }

    void paybackNever()
    {
        // 20 kWh: (20 - 19.36) x 0.21302 = 0.136 kg a year, 2.73 kg in 20 years < 37.35.
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("--old-annual-kwh"),
                              QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        QVERIFY(j["replace_now_payback_years"].is_null());
        QVERIFY(j["replace_now"].is_object());
        QVERIFY(j["replace_now"]["payback_years"].is_null());
        QCOMPARE(j["replace_now"]["limit_years"].get<int>(), 20);
        const CliRun text = cli({QStringLiteral("--old-annual-kwh"), QStringLiteral("20")});
        QVERIFY(text.out.contains("Never pays back within 20 years"));
    }

    void table()
    {
        const CliRun r = cli({QStringLiteral("--horizon"), QStringLiteral("6"),
                              QStringLiteral("--cycles"), QStringLiteral("2..4")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("H = 6 years"));
        // k = 4 over 6 years: the second laptop counts half: 1.5 e0 + 6 u = 80.77 kg, "80.8"
        // to three significant figures.
        QVERIFY2(r.out.contains("80.8"), r.out.constData());
        QVERIFY(r.out.contains("replace every 4 years"));
        QVERIFY(r.out.contains("Keep one device"));
    }

    void labelKindRefresh()
    {
        // `label --kind refresh` prints the refresh-cycle report: A4, both languages, the
        // strategy for k = 4 (3 e0 = 112; 12 u = 49.5; 162 in all; 13.5 a year) and the payback
        // of an old laptop needing twice the energy: 4.124 kg saved a year against 37.35 kg,
        // year 10.
        const QString out = m_dir.filePath(QStringLiteral("refresh.pdf"));
        const CliRun r
                = run({QStringLiteral("label"),
                       QStringLiteral(CARBONLABEL_SOURCE_DIR
                                      "/tests/common/data/laptop-refresh.clprofile.json"),
                       QStringLiteral("--kind"), QStringLiteral("refresh"),
                       QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--date"),
                       QStringLiteral("2026-03-01"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(f.readAll());
        QVERIFY(doc && doc->numPages() == 1);
        const std::unique_ptr<Poppler::Page> page = doc->page(0);
        const QSizeF mm = page->pageSizeF() / 72.0 * 25.4;
        QVERIFY(std::abs(mm.width() - 210.0) <= 0.1 && std::abs(mm.height() - 297.0) <= 0.1);
        const QString text = page->text(QRectF()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Refresh-cycle report / 更新周期报告")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("4 3 112 49.5 162 13.5 13.5")));
        QVERIFY(text.contains(QStringLiteral("(2 × the new one's): pays back in year 10.")));
        QVERIFY(text.contains(QStringLiteral("第10年回收")));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, QStringList options, const char *message) {
            QTest::newRow(name) << options << QString::fromLatin1(message);
        };
        row("horizon 0", {QStringLiteral("--horizon"), QStringLiteral("0")}, "--horizon");
        row("horizon 51", {QStringLiteral("--horizon"), QStringLiteral("51")}, "--horizon");
        row("horizon text", {QStringLiteral("--horizon"), QStringLiteral("ten")}, "--horizon");
        row("cycles reversed", {QStringLiteral("--cycles"), QStringLiteral("5..3")}, "--cycles");
        row("cycles from 0", {QStringLiteral("--cycles"), QStringLiteral("0..3")}, "--cycles");
        row("cycles past horizon",
            {QStringLiteral("--horizon"), QStringLiteral("6"), QStringLiteral("--cycles"),
             QStringLiteral("2..7")},
            "--cycles");
        row("cycles dash", {QStringLiteral("--cycles"), QStringLiteral("2-4")}, "--cycles");
        row("grid rate -1", {QStringLiteral("--grid-rate"), QStringLiteral("-1")}, "--grid-rate");
        row("energy rate text", {QStringLiteral("--energy-rate"), QStringLiteral("x")},
            "--energy-rate");
        row("embodied rate inf", {QStringLiteral("--embodied-rate"), QStringLiteral("inf")},
            "--embodied-rate");
        row("old kwh negative", {QStringLiteral("--old-annual-kwh"), QStringLiteral("-1")},
            "--old-annual-kwh");
    }
    void badOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const CliRun r = cli(options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void missingProfile()
    {
        const CliRun r
                = run({QStringLiteral("refresh"), m_dir.filePath(QStringLiteral("absent.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("absent.json"));
    }

private:
    CliRun run(const QStringList &arguments)
    {
        return carbonlabel::test::runCli(arguments, m_dir.filePath(QStringLiteral("user.sqlite")));
    }

    // `refresh` on the laptop example with `options`.
    CliRun cli(const QStringList &options)
    {
        return run(QStringList{QStringLiteral("refresh"),
                               QStringLiteral(CARBONLABEL_SOURCE_DIR
                                              "/tests/common/data/laptop-refresh.clprofile.json")}
                   + options);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRefreshCommand)
#include "tst_refreshcommand.moc"
