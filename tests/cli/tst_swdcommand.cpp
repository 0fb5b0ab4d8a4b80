// `carbonlabel-cli swd` as a user runs it (docs/digital-services.md): exit codes, messages naming
// the option, and the JSON keys and values, checked against values worked by hand from the SWD
// formulas (see tests/lca/tst_swdmodel.cpp for the working).

#include "tests/common/clirunner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

using Segments = std::vector<std::pair<std::string, double>>;
Q_DECLARE_METATYPE(Segments)

using carbonlabel::test::CliRun;

namespace {

CliRun swd(const QStringList &arguments)
{
    return carbonlabel::test::runCli(QStringList{QStringLiteral("swd")} + arguments);
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected)
            <= 1e-12 * std::max(std::abs(actual), std::abs(expected)) + 1e-18;
}

// The keys of CO2.js's segmented result, in its order (docs/digital-services.md).
const std::vector<std::string> kV4Keys{"dataCenterOperationalCO2e",
                                       "networkOperationalCO2e",
                                       "consumerDeviceOperationalCO2e",
                                       "dataCenterEmbodiedCO2e",
                                       "networkEmbodiedCO2e",
                                       "consumerDeviceEmbodiedCO2e",
                                       "totalEmbodiedCO2e",
                                       "totalOperationalCO2e",
                                       "dataCenterCO2e",
                                       "networkCO2e",
                                       "consumerDeviceCO2e"};

Segments withKeys(const std::vector<std::string> &keys, const std::vector<double> &values)
{
    Segments s;
    for (std::size_t i = 0; i < keys.size() && i < values.size(); ++i)
        s.emplace_back(keys[i], values[i]);
    return s;
}

// v4, 1 GB, 494 g/kWh: 0.055, 0.059, 0.08, 0.012, 0.013, 0.081 kWh x 494; then embodied
// 52.364, operational 95.836, DC 33.098, network 35.568, device 79.534.
const std::vector<double> kV4OneGb{27.17,  29.146, 39.52,  5.928,  6.422, 40.014,
                                   52.364, 95.836, 33.098, 35.568, 79.534};

QString compareSegments(const nlohmann::ordered_json &actual, const Segments &expected)
{
    if (!actual.is_object())
        return QStringLiteral("not a JSON object");
    if (actual.size() != expected.size())
        return QStringLiteral("%1 keys, expected %2").arg(actual.size()).arg(expected.size());
    std::size_t i = 0;
    for (const auto &[key, value] : actual.items()) {
        const auto &[expectedKey, expectedValue] = expected[i++];
        if (key != expectedKey) {
            return QStringLiteral("key %1 is \"%2\", expected \"%3\"")
                    .arg(i - 1)
                    .arg(QString::fromStdString(key), QString::fromStdString(expectedKey));
        }
        if (!value.is_number() || !near(value.get<double>(), expectedValue)) {
            return QStringLiteral("%1 = %2, expected %3")
                    .arg(QString::fromStdString(key), QString::fromStdString(value.dump()))
                    .arg(expectedValue, 0, 'g', 17);
        }
    }
    return {};
}

} // namespace

class TestSwdCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void json_data();
    void json();
    void table();
    void help();
    void cases();
    void casesErrors();
};

void TestSwdCommand::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CARBONLABEL_BIN_DIR "/carbonlabel-cli")),
             "build carbonlabel-cli first");
}

void TestSwdCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // stderr must contain it (the option's name)

    QTest::newRow("ok") << QStringList{"--bytes", "1e9", "--json"} << 0 << QString();
    QTest::newRow("ok v3 per visit")
            << QStringList{"--bytes", "1000", "--model", "swd-v3", "--per-visit", "--json"} << 0
            << QString();
    QTest::newRow("missing bytes") << QStringList{"--json"} << 2 << "--bytes";
    QTest::newRow("bytes without value") << QStringList{"--bytes"} << 2 << "--bytes";
    QTest::newRow("negative bytes") << QStringList{"--bytes", "-1", "--json"} << 2 << "--bytes";
    QTest::newRow("garbage bytes") << QStringList{"--bytes", "12abc", "--json"} << 2 << "--bytes";
    QTest::newRow("NaN bytes") << QStringList{"--bytes", "nan", "--json"} << 2 << "--bytes";
    QTest::newRow("unknown model")
            << QStringList{"--bytes", "1", "--model", "swd-v5", "--json"} << 2 << "--model";
    QTest::newRow("garbage grid") << QStringList{"--bytes", "1", "--grid-network", "lots", "--json"}
                                  << 2 << "--grid-network";
    QTest::newRow("grouped number")
            << QStringList{"--bytes", "1", "--grid-device", "1,000", "--json"} << 2
            << "--grid-device";
    QTest::newRow("negative grid")
            << QStringList{"--bytes", "1", "--grid-datacenter", "-3", "--json"} << 2
            << "--grid-datacenter";
    QTest::newRow("factor above 1")
            << QStringList{"--bytes", "1", "--green-hosting-factor", "1.5", "--json"} << 2
            << "--green-hosting-factor";
    QTest::newRow("factor with v3")
            << QStringList{"--bytes", "1", "--model", "swd-v3", "--green-hosting-factor", "0.5"}
            << 2 << "--green-hosting-factor";
    QTest::newRow("share without per visit")
            << QStringList{"--bytes", "1", "--first-visit-share", "0.5", "--json"} << 2
            << "--first-visit-share";
    QTest::newRow("share above 1")
            << QStringList{"--bytes", "1", "--per-visit", "--return-visit-share", "2", "--json"}
            << 2 << "--return-visit-share";
    QTest::newRow("garbage ratio")
            << QStringList{"--bytes", "1", "--per-visit", "--data-reload-ratio", "x", "--json"} << 2
            << "--data-reload-ratio";
    QTest::newRow("unknown option") << QStringList{"--bytes", "1", "--colour"} << 2 << "colour";
    QTest::newRow("stray argument") << QStringList{"--bytes", "1", "extra"} << 2 << "extra";
    QTest::newRow("cases without json") << QStringList{"--cases", "x.jsonl"} << 2 << "--json";
    QTest::newRow("cases with bytes")
            << QStringList{"--cases", "x.jsonl", "--bytes", "1", "--json"} << 2 << "--bytes";
    QTest::newRow("cases file missing")
            << QStringList{"--cases", "/nonexistent/cases.jsonl", "--json"} << 2
            << "/nonexistent/cases.jsonl";
}

void TestSwdCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const CliRun run = swd(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY(run.err.isEmpty());
        QVERIFY(!run.out.isEmpty());
    } else {
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
}

void TestSwdCommand::json_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Segments>("expected");

    // Default model v4, per byte, 1 GB: total 0.3 kWh x 494 = 148.2.
    Segments v4 = withKeys(kV4Keys, kV4OneGb);
    v4.emplace_back("total", 148.2);
    QTest::newRow("v4 1 GB") << QStringList{"--bytes", "1000000000", "--json"} << v4;

    // --green: segments unchanged, total 148.2 - 27.17 = 121.03.
    Segments green = withKeys(kV4Keys, kV4OneGb);
    green.emplace_back("total", 121.03);
    QTest::newRow("v4 green") << QStringList{"--bytes", "1e9",     "--model",
                                             "swd-v4",  "--green", "--json"}
                              << green;

    // v4 per visit, factor 0.5, first 0.6, return 0.4, reload 0.1: first visit
    // 148.2 - 13.585 = 134.615, return visit 13.4615, total 80.769 + 5.3846 = 86.1536.
    Segments visit = withKeys(kV4Keys, kV4OneGb);
    visit.emplace_back("firstVisitCO2e", 134.615);
    visit.emplace_back("returnVisitCO2e", 13.4615);
    visit.emplace_back("total", 86.1536);
    QTest::newRow("v4 per visit") << QStringList{"--bytes",     "1e9",
                                                 "--per-visit", "--green-hosting-factor",
                                                 "0.5",         "--first-visit-share",
                                                 "0.6",         "--return-visit-share",
                                                 "0.4",         "--data-reload-ratio",
                                                 "0.1",         "--json"}
                                  << visit;

    // v4, 2 GB, grids 100 / 200 / 300 (operational only): 11, 23.6, 48; embodied at 494:
    // 11.856, 12.844, 80.028; total 187.328.
    Segments grids = withKeys(
            kV4Keys,
            {11, 23.6, 48, 11.856, 12.844, 80.028, 104.728, 82.6, 22.856, 36.444, 128.028});
    grids.emplace_back("total", 187.328);
    QTest::newRow("v4 grids") << QStringList{"--bytes",        "2e9", "--grid-datacenter", "100",
                                             "--grid-network", "200", "--grid-device",     "300",
                                             "--json"}
                              << grids;

    // v3 per byte, 1 GB: 0.81 kWh x (0.52, 0.14, 0.19, 0.15) x 472.94.
    QTest::newRow("v3 1 GB") << QStringList{"--bytes", "1e9", "--model", "swd-v3", "--json"}
                             << Segments{{"consumerDeviceCO2", 199.202328},
                                         {"networkCO2", 53.631396},
                                         {"productionCO2", 72.785466},
                                         {"dataCenterCO2", 57.46221},
                                         {"total", 383.0814}};

    // v3 per visit, green (DC at 50 g/kWh -> 6.075), first 0.5, return 0.5, reload 0.1:
    // first = segment x 0.5, subsequent = segment x 0.05; total 331.69419 x 0.55.
    QTest::newRow("v3 per visit") << QStringList{"--bytes",
                                                 "1e9",
                                                 "--model",
                                                 "swd-v3",
                                                 "--green",
                                                 "--per-visit",
                                                 "--first-visit-share",
                                                 "0.5",
                                                 "--return-visit-share",
                                                 "0.5",
                                                 "--data-reload-ratio",
                                                 "0.1",
                                                 "--json"}
                                  << Segments{{"consumerDeviceCO2 - first", 99.601164},
                                              {"consumerDeviceCO2 - subsequent", 9.9601164},
                                              {"networkCO2 - first", 26.815698},
                                              {"networkCO2 - subsequent", 2.6815698},
                                              {"productionCO2 - first", 36.392733},
                                              {"productionCO2 - subsequent", 3.6392733},
                                              {"dataCenterCO2 - first", 3.0375},
                                              {"dataCenterCO2 - subsequent", 0.30375},
                                              {"total", 182.4318045}};
}

void TestSwdCommand::json()
{
    QFETCH(QStringList, arguments);
    QFETCH(Segments, expected);

    const CliRun run = swd(arguments);
    QCOMPARE(run.exitCode, 0);
    const auto result = nlohmann::ordered_json::parse(run.out.constData(), nullptr, false);
    QVERIFY2(!result.is_discarded(), run.out.constData());
    const QString problem = compareSegments(result, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSwdCommand::table()
{
    const CliRun run = swd({"--bytes", "1e9", "--model", "swd-v3"});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("swd-v3")));
    QVERIFY(text.contains(QStringLiteral("productionCO2")));
    QVERIFY(text.contains(QStringLiteral("383.081"))); // total, 6 significant digits
}

void TestSwdCommand::help()
{
    const CliRun run = swd({"--help"});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const char *option :
         {"--bytes", "--model", "--green", "--green-hosting-factor", "--grid-datacenter",
          "--grid-network", "--grid-device", "--per-visit", "--first-visit-share",
          "--return-visit-share", "--data-reload-ratio", "--json", "--cases"}) {
        QVERIFY2(text.contains(QLatin1String(option)), option);
    }
}

void TestSwdCommand::cases()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"bytes\": 1e9}\n"
               "\n"
               "{\"bytes\": 1e9, \"model\": \"swd-v3\", \"per-visit\": true}\n"
               "{\"bytes\": 1e9, \"model\": \"swd-v3\", \"green\": true, \"grid-device\": 100}\n");
    file.close();

    const CliRun run = swd({"--cases", path, "--json"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the blank line is skipped

    Segments v4 = withKeys(kV4Keys, kV4OneGb);
    v4.emplace_back("total", 148.2);
    // v3 per visit defaults: first = segment x 0.75, subsequent = segment x 0.005.
    const Segments v3Visit{{"consumerDeviceCO2 - first", 149.401746},
                           {"consumerDeviceCO2 - subsequent", 0.99601164},
                           {"networkCO2 - first", 40.223547},
                           {"networkCO2 - subsequent", 0.26815698},
                           {"productionCO2 - first", 54.5890995},
                           {"productionCO2 - subsequent", 0.36392733},
                           {"dataCenterCO2 - first", 43.0966575},
                           {"dataCenterCO2 - subsequent", 0.28731105},
                           {"total", 289.226457}};
    // v3 green with device grid 100: 42.12 + 53.631396 + 72.785466 + 6.075 = 174.611862.
    const Segments v3Green{{"consumerDeviceCO2", 42.12},
                           {"networkCO2", 53.631396},
                           {"productionCO2", 72.785466},
                           {"dataCenterCO2", 6.075},
                           {"total", 174.611862}};
    const std::vector<Segments> expected{v4, v3Visit, v3Green};
    for (int i = 0; i < 3; ++i) {
        const auto line = nlohmann::ordered_json::parse(lines[i].constData(), nullptr, false);
        const QString problem = compareSegments(line, expected[std::size_t(i)]);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("line %1: %2").arg(i).arg(problem)));
    }
}

void TestSwdCommand::casesErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"bytes\": -5}\n"
               "{\"bytes\": 1e9, \"model\": \"swd-v3\"}\n"
               "not json\n"
               "{\"bytes\": 1, \"grid-nework\": 10}\n"
               "{\"bytes\": 1, \"model\": \"swd-v3\", \"green-hosting-factor\": 0.5}\n");
    file.close();

    const CliRun run = swd({"--cases", path, "--json"});
    QCOMPARE(run.exitCode, 2); // some cases failed; every line still has its output line
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(path + QStringLiteral(":1: bytes")), qPrintable(err));
    QVERIFY2(err.contains(path + QStringLiteral(":3:")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("grid-nework")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral(":5: green-hosting-factor")), qPrintable(err));
    for (int i : {0, 2, 3, 4}) {
        const auto line = nlohmann::json::parse(lines[i].constData(), nullptr, false);
        QVERIFY2(line.is_object() && line.contains("error"), lines[i].constData());
    }
    const auto good = nlohmann::json::parse(lines[1].constData(), nullptr, false);
    QVERIFY(good.is_object() && good.contains("total"));
    QVERIFY(near(good["total"].get<double>(), 383.0814));
}

QTEST_GUILESS_MAIN(TestSwdCommand)
#include "tst_swdcommand.moc"
