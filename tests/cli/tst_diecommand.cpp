// `carbonlabel-cli die` as a user runs it (docs/cli.md): ACT's per-area logic die model over the
// shipped factors, worked by hand below, and a message naming the option or factor for every
// bad input. The model itself is checked against ACT's own figure in tests/lca.

#include "tests/common/clirunner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using carbonlabel::test::CliRun;

namespace {

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestDieCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString userDb() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }
    // With a user layer of the test's own, never the user's.
    CliRun die(const QStringList &arguments) const
    {
        return carbonlabel::test::runCli(QStringList{QStringLiteral("die")} + arguments, userDb());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void json_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<double>("kgPerCm2");
        QTest::addColumn<double>("total");
        // ACT's defaults: fab in Taiwan (grid_tw_ember_2024, 0.63515 kg/kWh), 97 % abatement =
        // mean of mfg_fab_gas_7nm_gpa95_act 0.35 and ..._gpa99_act 0.2 = 0.275 kg/cm2, materials
        // 0.5 kg/cm2, yield 0.875, one package of 0.15 kg. At 7 nm (2.15 kWh/cm2), 150 mm2:
        //   (0.63515 x 2.15 + 0.275 + 0.5) / 0.875 = 2.1405725 / 0.875 = 2.4463685714 kg/cm2
        //   x 1.5 cm2 = 3.6695528571 + 0.15 = 3.8195528571 kg.
        QTest::newRow("defaults, 7 nm") << QStringList{"--area", "150", "--node", "7nm", "--json"}
                                        << 2.1405725 / 0.875 << 1.5 * 2.1405725 / 0.875 + 0.15;
        // 28 nm (0.9 kWh/cm2), 95 % (0.175), yield 1, no package, 46.4 mm2:
        //   0.63515 x 0.9 + 0.175 + 0.5 = 1.246635 kg/cm2 x 0.464 = 0.57843864 kg.
        QTest::newRow("28 nm, 95 %, yield 1")
                << QStringList{"--area",  "46.4", "--node",     "28", "--abatement", "95",
                               "--yield", "1",    "--packages", "0",  "--json"}
                << 1.246635 << 0.57843864;
        // The EU-27 grid (0.21302) at 3 nm (3.25 kWh/cm2), 99 % (0.275), 100 mm2, 2 packages:
        //   (0.21302 x 3.25 + 0.275 + 0.5) / 0.875 = 1.467315 / 0.875 = 1.6769314286 kg/cm2
        //   x 1 cm2 + 0.3 = 1.9769314286 kg.
        QTest::newRow("EU grid, 3 nm, 99 %")
                << QStringList{"--area",      "100", "--node",     "3nm",
                               "--abatement", "99",  "--fab-grid", "grid_eu27_ember_2024",
                               "--packages",  "2",   "--json"}
                << 1.467315 / 0.875 << 1.467315 / 0.875 + 0.3;
    }
    void json()
    {
        QFETCH(QStringList, arguments);
        QFETCH(double, kgPerCm2);
        QFETCH(double, total);
        const CliRun r = die(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto j = nlohmann::json::parse(r.out.constData());
        QCOMPARE(QString::fromStdString(j["model"].get<std::string>()),
                 QStringLiteral("act_logic"));
        QVERIFY2(near(j["kg_co2e_per_cm2"]["total"].get<double>(), kgPerCm2), r.out.constData());
        QVERIFY2(near(j["total_kg_co2e"].get<double>(), total), r.out.constData());
        const double shares = j["kg_co2e_per_cm2"]["energy"].get<double>()
                + j["kg_co2e_per_cm2"]["gases"].get<double>()
                + j["kg_co2e_per_cm2"]["materials"].get<double>();
        QVERIFY(near(shares, kgPerCm2));
        QVERIFY(near(j["die_kg_co2e"].get<double>() + j["packaging_kg_co2e"].get<double>(), total));
        QVERIFY(!j["factors"].empty());
    }

    void table()
    {
        const CliRun r = die({QStringLiteral("--area"), QStringLiteral("150"),
                              QStringLiteral("--node"), QStringLiteral("7nm")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = r.outText();
        // 3.8195528571 to three significant digits (the number policy); the per-area figure
        // 2.446 to 2.45.
        QVERIFY2(out.contains(QStringLiteral("3.82")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("2.45")), qPrintable(out));
        for (const char *id : {"grid_tw_ember_2024", "mfg_fab_energy_7nm_act",
                               "mfg_fab_gas_7nm_gpa95_act", "mfg_fab_gas_7nm_gpa99_act",
                               "mfg_fab_materials_act", "ec_ic_package_act", "param_fab_yield_act"})
            QVERIFY2(out.contains(QLatin1String(id)), id);
    }

    // --save-as keeps the total as a user factor a profile line can use: 3.8195528571 kg a
    // piece for the 150 mm2 die at 7 nm (json_data's first row).
    void saveAs()
    {
        const CliRun r = die({QStringLiteral("--area"), QStringLiteral("150"),
                              QStringLiteral("--node"), QStringLiteral("7nm"),
                              QStringLiteral("--save-as"), QStringLiteral("my_soc_die")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const CliRun show = carbonlabel::test::runCli(
                {QStringLiteral("factors"), QStringLiteral("show"), QStringLiteral("my_soc_die"),
                 QStringLiteral("--json")},
                userDb());
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const auto j = nlohmann::json::parse(show.out.constData());
        QVERIFY(near(j["value"].get<double>(), 1.5 * 2.1405725 / 0.875 + 0.15));
        QCOMPARE(QString::fromStdString(j["unit"].get<std::string>()),
                 QStringLiteral("kgCO2e/unit"));
        QVERIFY(j["user_defined"].get<bool>());
        QVERIFY(QString::fromStdString(j["source_detail"].get<std::string>())
                        .contains(QLatin1String("mfg_fab_energy_7nm_act")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no area") << QStringList{"--node", "7nm"} << "--area is required";
        QTest::newRow("area 0") << QStringList{"--area", "0", "--node", "7nm"}
                                << "--area: expected mm2, more than 0";
        QTest::newRow("node") << QStringList{"--area", "10", "--node", "6nm"}
                              << "--node: expected one of 28nm";
        QTest::newRow("abatement")
                << QStringList{"--area", "10", "--node", "7", "--abatement", "96"}
                << "--abatement: expected 95, 97 or 99, found \"96\"";
        QTest::newRow("yield") << QStringList{"--area", "10", "--node", "7", "--yield", "1.5"}
                               << "--yield: expected more than 0 and at most 1, found \"1.5\"";
        QTest::newRow("unknown grid")
                << QStringList{"--area", "10", "--node", "7", "--fab-grid", "grid_nowhere"}
                << "--fab-grid: factor grid_nowhere is not in the database";
        QTest::newRow("grid not per kWh")
                << QStringList{"--area", "10", "--node", "7", "--fab-grid", "mat_abs_ice"}
                << "--fab-grid: factor mat_abs_ice is in kgCO2e/kg, not per unit of electricity";
        QTest::newRow("a file") << QStringList{"--area", "10", "--node", "7", "x.json"}
                                << "too many arguments";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = die(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDieCommand)
#include "tst_diecommand.moc"
