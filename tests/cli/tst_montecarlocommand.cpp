// `carbonlabel-cli montecarlo` as a user runs it (docs/uncertainty.md): the JSON names, percentiles
// of a profile with distributions against closed forms, reproducibility, thread independence,
// option checks and messages naming file and place.

#include "tests/common/clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using Json = nlohmann::ordered_json;

using carbonlabel::test::CliRun;

namespace {

CliRun cli(const QStringList &arguments)
{
    return carbonlabel::test::runCli(QStringList{QStringLiteral("montecarlo")} + arguments);
}

// Like the examples, but two numbers carry distributions:
// materials[0].quantity: aluminium, lognormal median 1 kg, gsd 1.5 (factor 9.16 kg CO2e/kg);
// use.annual_energy_kwh: triangular 8 / 10 / 14 kWh, over 4 years on the EU grid, 0.21302.
const char *kProfile = R"({
  "format": "carbonlabel-profile",
  "version": 1,
  "product": {"id": "mc-test", "name": {"en": "Uncertain device", "zh": "不确定设备"},
              "category": "computer", "lifetime_years": 4, "mass_kg": 1},
  "materials": [
    {"part": {"en": "Chassis"}, "factor": "mat_aluminium_average_ice",
     "quantity": {"value": 1, "gsd": 1.5}, "unit": "kg"}
  ],
  "use": {"grid": "grid_eu27_ember_2024", "annual_energy_kwh": {"value": 10, "min": 8, "max": 14}}
})";

constexpr double kZ95 = 1.6448536269514722;

} // namespace

class TestMonteCarloCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("uncertain.clprofile.json"));
        QFile f(m_profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kProfile);
        f.close();
        m_userDb = m_dir.filePath(QStringLiteral("user.sqlite"));
    }

    void jsonAgainstClosedForms()
    {
        // The profile's own distributions alone; factorUncertaintyByDefault adds the factors'.
        const CliRun r = cli({m_profile, QStringLiteral("--json"), QStringLiteral("--user-db"),
                              m_userDb, QStringLiteral("--no-factor-uncertainty")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        // The footprint result object, with the Monte Carlo keys added.
        QCOMPARE(j["format"].get<std::string>(), std::string("carbonlabel-result"));
        QCOMPARE(j["factor_uncertainty"].get<bool>(), false);
        QCOMPARE(j["samples"].get<int>(), 10000);
        QCOMPARE(j["seed"].get<std::uint64_t>(), std::uint64_t{42});
        // Deterministic: 1 x 9.16 + 10 kWh x 4 years x 0.21302 = 9.16 + 8.5208 = 17.6808.
        QVERIFY(std::abs(j["total_kg_co2e"].get<double>() - 17.6808) < 1e-9);
        QVERIFY(std::abs(j["total"]["deterministic"].get<double>() - 17.6808) < 1e-9);
        for (const char *key : {"mean", "median", "p5", "p95"}) {
            QVERIFY(j["total"].contains(key));
            for (const char *stage : {"materials_manufacturing", "distribution", "use_device",
                                      "use_digital", "end_of_life"})
                QVERIFY(j["stages"][stage].contains(key));
        }

        // Materials: 9.16 x lognormal(1, 1.5). sigma = ln 1.5 = 0.405. At n = 10,000 the
        // standard error in z of P5/P95 is sqrt(0.05 x 0.95 / n) / phi(1.645) = 0.0211, of the
        // median 0.0125; allow 4 of them, in log space times sigma.
        const Json &mm = j["stages"]["materials_manufacturing"];
        const double sigma = std::log(1.5);
        QVERIFY(std::abs(std::log(mm["median"].get<double>() / 9.16)) < 4 * 0.0125 * sigma);
        QVERIFY(std::abs(std::log(mm["p5"].get<double>() / (9.16 * std::pow(1.5, -kZ95))))
                < 4 * 0.0211 * sigma);
        QVERIFY(std::abs(std::log(mm["p95"].get<double>() / (9.16 * std::pow(1.5, kZ95))))
                < 4 * 0.0211 * sigma);
        // mean = 9.16 exp(sigma² / 2) = 9.9337; standard error 9.16 x 0.4216 / 100 = 0.0386.
        QVERIFY(std::abs(mm["mean"].get<double>() - 9.16 * std::exp(sigma * sigma / 2))
                < 4 * 0.0386);

        // Use: 4 x 0.21302 = 0.85208 kg per kWh-a-year, times triangular(8, 10, 14):
        // mean 0.85208 x 32 / 3 = 9.08885; sd 0.85208 x sqrt(28 / 18) = 1.0627, so the mean's
        // standard error is 0.0106. P95: 14 - sqrt(0.05 x 6 x 4) = 12.9046 kWh -> 10.9958; its
        // standard error sqrt(0.0475 / n) / f, f = 2 (14 - 12.9046) / 24 = 0.0913, is 0.0755 kWh
        // = 0.0643 kg.
        const Json &use = j["stages"]["use_device"];
        QVERIFY(std::abs(use["mean"].get<double>() - 0.85208 * 32.0 / 3.0) < 4 * 0.0106);
        QVERIFY(std::abs(use["p95"].get<double>() - 0.85208 * (14.0 - std::sqrt(1.2)))
                < 4 * 0.0643);
        QCOMPARE(j["stages"]["distribution"]["p95"].get<double>(), 0.0);

        // Sensitivity: both uncertain inputs by JSON path, the lognormal first (its spread of
        // about ±4 kg against ±1 kg), shares summing to 1.
        const Json &s = j["sensitivity"];
        QCOMPARE(s.size(), std::size_t{2});
        QCOMPARE(s[0]["path"].get<std::string>(), std::string("materials[0].quantity"));
        QCOMPARE(s[1]["path"].get<std::string>(), std::string("use.annual_energy_kwh"));
        QVERIFY(s[0]["share"].get<double>() > s[1]["share"].get<double>());
        QVERIFY(std::abs(s[0]["share"].get<double>() + s[1]["share"].get<double>() - 1.0) < 1e-12);
        QVERIFY(s[0]["spearman"].get<double>() > 0.0);
    }

    void factorUncertaintyByDefault()
    {
        // mat_aluminium_average_ice is ICE v2 (2011), pedigree (3;3;5;3;3): additional variances
        // 0.002 + 0.0006 + 0.04 + 0.0001 + 0.008 = 0.0507 (ecoinvent v3 table). With the
        // quantity's lognormal (ln 1.5)² = 0.164402 the materials stage is 9.16 x lognormal with
        // sigma² = 0.215102, sigma = 0.463791; P95 = 9.16 exp(1.6449 x 0.463791) = 19.5206.
        const CliRun r
                = cli({m_profile, QStringLiteral("--json"), QStringLiteral("--user-db"), m_userDb});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j["factor_uncertainty"].get<bool>(), true);
        const Json &mm = j["stages"]["materials_manufacturing"];
        const double sigma = std::sqrt(0.164402 + 0.0507);
        QVERIFY(std::abs(std::log(mm["median"].get<double>() / 9.16)) < 4 * 0.0125 * sigma);
        QVERIFY(std::abs(std::log(mm["p95"].get<double>() / (9.16 * std::exp(kZ95 * sigma))))
                < 4 * 0.0211 * sigma);
        QVERIFY(std::abs(std::log(mm["p5"].get<double>() / (9.16 * std::exp(-kZ95 * sigma))))
                < 4 * 0.0211 * sigma);
        // Both factors are now inputs of the sensitivity, named by their ids.
        QStringList paths;
        for (const Json &s : j["sensitivity"])
            paths.append(QString::fromStdString(s["path"].get<std::string>()));
        QVERIFY(paths.contains(u"factors.mat_aluminium_average_ice"));
        QVERIFY(paths.contains(u"factors.grid_eu27_ember_2024"));
    }

    void oneDrawPerFactor()
    {
        // The same factor on two fixed lines, 1 kg and 2 kg: one draw a sample, so the stage is
        // 3 x 9.16 = 27.48 kg times one lognormal with sigma² = 0.0507 (above), P95 = 27.48 x
        // exp(1.6449 x 0.225167) = 39.773. Two independent draws would give a narrower P95,
        // 27.48 x exp(1.6449 x 0.225167 x sqrt(5) / 3) = 36.43.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("twice.clprofile.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "carbonlabel-profile", "version": 1,
          "product": {"id": "twice", "name": {"en": "Twice"}, "lifetime_years": 1},
          "materials": [
            {"part": {"en": "A"}, "factor": "mat_aluminium_average_ice", "quantity": 1, "unit": "kg"},
            {"part": {"en": "B"}, "factor": "mat_aluminium_average_ice", "quantity": 2, "unit": "kg"}
          ]})");
        f.close();
        const CliRun r
                = cli({path, QStringLiteral("--json"), QStringLiteral("--user-db"), m_userDb});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        const double sigma = std::sqrt(0.0507);
        QVERIFY(std::abs(std::log(j["total"]["p95"].get<double>()
                                  / (27.48 * std::exp(kZ95 * sigma))))
                < 4 * 0.0211 * sigma);
        QCOMPARE(j["sensitivity"].size(), std::size_t{1});
        QCOMPARE(j["sensitivity"][0]["path"].get<std::string>(),
                 std::string("factors.mat_aluminium_average_ice"));
    }

    void reproducibleAndThreadIndependent()
    {
        const QStringList base{m_profile,
                               QStringLiteral("--json"),
                               QStringLiteral("--samples"),
                               QStringLiteral("5000"),
                               QStringLiteral("--user-db"),
                               m_userDb};
        const CliRun a = cli(base + QStringList{QStringLiteral("--seed"), QStringLiteral("7")});
        const CliRun b = cli(base
                             + QStringList{QStringLiteral("--seed"), QStringLiteral("7"),
                                           QStringLiteral("--threads"), QStringLiteral("1")});
        const CliRun c = cli(base
                             + QStringList{QStringLiteral("--seed"), QStringLiteral("7"),
                                           QStringLiteral("--threads"), QStringLiteral("3")});
        const CliRun d = cli(base + QStringList{QStringLiteral("--seed"), QStringLiteral("8")});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        QCOMPARE(a.out, c.out);
        QVERIFY(a.out != d.out);
        QCOMPARE(Json::parse(a.out.toStdString())["samples"].get<int>(), 5000);
        QCOMPARE(Json::parse(d.out.toStdString())["seed"].get<int>(), 8);
        // The largest seed is accepted.
        const CliRun big = cli(
                base
                + QStringList{QStringLiteral("--seed"), QStringLiteral("18446744073709551615")});
        QCOMPARE(big.exitCode, 0);
        QCOMPARE(Json::parse(big.out.toStdString())["seed"].get<std::uint64_t>(),
                 ~std::uint64_t{0});
    }

    void fixedProfileHasNoSpread()
    {
        // Without the factors' uncertainty the laptop example has no distribution: every
        // sample is the deterministic total, 220.3417246326 kg (worked in tst_footprintcommand).
        const QString laptop = QStringLiteral(CARBONLABEL_SOURCE_DIR
                                              "/resources/examples/laptop-14.clprofile.json");
        const CliRun r = cli({laptop, QStringLiteral("--json"), QStringLiteral("--samples"),
                              QStringLiteral("100"), QStringLiteral("--user-db"), m_userDb,
                              QStringLiteral("--no-factor-uncertainty")});
        QCOMPARE(r.exitCode, 0);
        const Json j = Json::parse(r.out.toStdString());
        QVERIFY(std::abs(j["total"]["p5"].get<double>() - 220.3417246326) < 1e-9);
        QVERIFY(std::abs(j["total"]["p95"].get<double>() - 220.3417246326) < 1e-9);
        QVERIFY(j["sensitivity"].empty());
    }

    void deviceExamplesHaveARange_data()
    {
        QTest::addColumn<QString>("example");
        for (const char *name : {"laptop-14", "smartphone", "rack-server", "wireless-mouse"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void deviceExamplesHaveARange()
    {
        // Every shipped factor is scored, so each device's range is neither a point nor wild:
        // P95/P5 between 1.1 and 5, the deterministic total inside it.
        QFETCH(QString, example);
        const CliRun r = cli({QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/")
                                      + example + QStringLiteral(".clprofile.json"),
                              QStringLiteral("--json"), QStringLiteral("--user-db"), m_userDb});
        QCOMPARE(r.exitCode, 0);
        const Json j = Json::parse(r.out.toStdString());
        const double p5 = j["total"]["p5"].get<double>();
        const double p95 = j["total"]["p95"].get<double>();
        const double deterministic = j["total"]["deterministic"].get<double>();
        QVERIFY2(p95 / p5 > 1.1 && p95 / p5 < 5.0, qPrintable(QString::number(p95 / p5)));
        QVERIFY(p5 < deterministic && deterministic < p95);
    }

    void table()
    {
        const CliRun r = cli({m_profile, QStringLiteral("--samples"), QStringLiteral("2000"),
                              QStringLiteral("--user-db"), m_userDb});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("2000 samples, seed 42"));
        QVERIFY(r.out.contains("P95"));
        QVERIFY(r.out.contains("Materials & manufacturing"));
        QVERIFY(r.out.contains("materials[0].quantity"));
        QVERIFY(r.out.contains("use.annual_energy_kwh"));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero samples")
                << QStringList{QStringLiteral("--samples"), QStringLiteral("0")}
                << QStringLiteral("--samples");
        QTest::newRow("too many samples")
                << QStringList{QStringLiteral("--samples"), QStringLiteral("10000001")}
                << QStringLiteral("--samples");
        QTest::newRow("samples not a number")
                << QStringList{QStringLiteral("--samples"), QStringLiteral("1e4")}
                << QStringLiteral("--samples");
        QTest::newRow("negative seed")
                << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")}
                << QStringLiteral("--seed");
        QTest::newRow("seed too large")
                << QStringList{QStringLiteral("--seed"), QStringLiteral("18446744073709551616")}
                << QStringLiteral("--seed");
        QTest::newRow("zero threads")
                << QStringList{QStringLiteral("--threads"), QStringLiteral("0")}
                << QStringLiteral("--threads");
        QTest::newRow("unknown option")
                << QStringList{QStringLiteral("--iterations"), QStringLiteral("5")}
                << QStringLiteral("iterations");
    }
    void badOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const CliRun r = cli(QStringList{m_profile} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void missingProfile()
    {
        const CliRun none = cli({});
        QCOMPARE(none.exitCode, 2);
        const CliRun r = cli({m_dir.filePath(QStringLiteral("absent.clprofile.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("absent.clprofile.json"));
    }

    void badDistributionNamesFileAndPlace()
    {
        // A gsd below 1 is no lognormal: the message names the file and the JSON path.
        const QString bad = m_dir.filePath(QStringLiteral("bad.clprofile.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kProfile).replace("\"gsd\": 1.5", "\"gsd\": 0.5"));
        f.close();
        const CliRun r
                = cli({bad, QStringLiteral("--json"), QStringLiteral("--user-db"), m_userDb});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad.clprofile.json") && r.err.contains("materials[0].quantity"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_userDb;
};

QTEST_GUILESS_MAIN(TestMonteCarloCommand)
#include "tst_montecarlocommand.moc"
