// carbonlabel-cli footprint / validate / factors, run as a user runs them: exit codes, messages
// naming file and place, and --json compared with totals worked by hand from
// docs/profile-format.md.
#include "tests/common/clirunner.h"
#include "tests/common/exampleprofiles.h"
#include "tests/common/near.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using carbonlabel::test::CliRun;
using carbonlabel::test::ExampleProfiles;
using carbonlabel::test::near;
using carbonlabel::test::runCli;

class TestFootprintCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_userDb = m_dir.filePath(QStringLiteral("user.sqlite"));
    }

    // Totals worked by hand from the formulas with the factor values of
    // resources/factors/factors.csv.
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("materials");
        QTest::addColumn<double>("distribution");
        QTest::addColumn<double>("useDevice");
        QTest::addColumn<double>("useDigital");
        QTest::addColumn<double>("endOfLife");
        QTest::addColumn<double>("total");

        // Mouse (yield loss 3 %, so every material line x 1.03):
        //  ABS 52 g x 3.76 = 0.19552; rubber 3 g x 2.85 = 0.00855; PCB 25 cm2 = 0.0025 m2 x 0.41
        //  = 0.001025; ICs 3 x 0.15 = 0.45; copper 2 g x 2.71 = 0.00542; steel 6 g x 1.95 = 0.0117
        //  sum 0.672215 x 1.03 = 0.69238145; assembly 0.4 kWh x 0.5306 = 0.21224;
        //  carton 0.08 x 1.19972542 = 0.0959780336; film 0.005 x 2.91650513 = 0.01458252565
        //  E = 0.69238145 + 0.21224 + 0.0959780336 + 0.01458252565 = 1.01518200925
        //  D: mass_kg 0.1 + packaging 0.085 = 0.185 kg = 0.000185 t;
        //     0.000185 x (19000 x 0.01612 + 800 x 0.10163) = 0.000185 x 387.584 = 0.07170304
        //  U: (0.05 x 8 x 250 + 0.002 x 16 x 365) / 1000 = (100 + 11.68) / 1000 = 0.11168 kWh/yr
        //     x 3 years x 0.409 = 0.13703136
        //  L: 0.1 kg x (0.4 x 0.00468568 + 0.6 x 0.00898311) = 0.1 x 0.007264138 = 0.0007264138
        //  T = 1.01518200925 + 0.07170304 + 0.13703136 + 0.0007264138 = 1.22464282305
        QTest::newRow("mouse") << ExampleProfiles::path(QStringLiteral("wireless-mouse"))
                               << 1.01518200925 << 0.07170304 << 0.13703136 << 0.0 << 0.0007264138
                               << 1.22464282305;
        // Laptop (yield loss 2 %): 0.35 x 9.16 = 3.206; 0.15 x 7.62 = 1.143; display 0.054 m2 x
        //  888 = 47.952; 0.056 kWh x 61 = 3.416; 150 mm2 x 0.0197 = 2.955; 1 x 9.14; 16 x 0.048
        //  = 0.768; SSD 512 GB x 0.16 = 81.92; main board 300 cm2 x 0.032549 = 9.7647; 0.05 x
        //  2.71 = 0.1355; 0.08 x 1.95 = 0.156; adapter 1 x 26.6; sum 187.1562 x 1.02 =
        //  190.899324; assembly 5 x 0.55 = 2.75; carton 0.5 x 1.19972542 = 0.59986271; EPS 0.05
        //  x 3.29 = 0.1645; E = 194.41368671
        //  D: (1.4 + 0.55) kg = 0.00195 t x (9000 x 0.5313 + 500 x 0.10163) = 0.00195 x 4832.515
        //     = 9.42340425
        //  U: (10 x 8 x 220 + 0.5 x 16 x 220) / 1000 = 19.36 kWh/yr x 4 x 0.21302 = 16.4962688
        //  L: 1.4 x (0.5 x 0.00468568 + 0.2 x 0.00468568 + 0.3 x 0.00898311) = 1.4 x 0.005974909
        //     = 0.0083648726
        //  T = 194.41368671 + 9.42340425 + 16.4962688 + 0.0083648726 = 220.3417246326
        QTest::newRow("laptop") << ExampleProfiles::path(QStringLiteral("laptop-14"))
                                << 194.41368671 << 9.42340425 << 16.4962688 << 0.0 << 0.0083648726
                                << 220.3417246326;
        // Smartphone (yield 2 %): 0.04 x 1.35 = 0.054; 0.03 x 12.79 = 0.3837; 0.0177 kWh x 106
        //  = 1.8762; 100 x 0.0197 = 1.97; 8 x 0.048 = 0.384; 128 x 0.0056 = 0.7168; main board
        //  50 cm2 x 0.032549 = 1.62745; 0.01 x 7.62 = 0.0762; 0.01 x 2.71 = 0.0271; sum 7.11545 x
        //  1.02 = 7.257759;
        //  assembly 1.5 x 0.4042 = 0.6063; box 0.15 x 1.19972542 = 0.179958813
        //  E = 7.257759 + 0.6063 + 0.179958813 = 8.044017813
        //  D: 0.00034 t x (9000 x 0.5313 + 300 x 0.10163) = 0.00034 x 4812.189 = 1.63614426
        //  U: 4 kWh x 3 x 0.70896 = 8.50752
        //  L: 0.19 x (0.3 x 0.00468568 + 0.7 x 0.00898311) = 0.19 x 0.007693881 = 0.00146183739
        //  T = 8.044017813 + 1.63614426 + 8.50752 + 0.00146183739 = 18.18914391039
        QTest::newRow("smartphone")
                << ExampleProfiles::path(QStringLiteral("smartphone")) << 8.044017813 << 1.63614426
                << 8.50752 << 0.0 << 0.00146183739 << 18.18914391039;
        // Rack server (no manufacturing section, so no yield loss): 150 + 66.1 + 800 x 0.0197
        //  (= 15.76) + 2 x 9.14 (= 18.28) + 384 x 0.065 (= 24.96) + 7680 GB x 0.16 (= 1228.8,
        //  whole drives) + 2.4 x 24.3 (= 58.32) + 6.68 = 1568.9; carton 3 x 1.19972542
        //  = 3.59917626; foam 0.5 x 3.29 = 1.645; E = 1574.14417626
        //  D: 0.0285 t x (306.28 + 81.304) = 11.046144
        //  U: 350 x 24 x 365 / 1000 = 3066 kWh/yr x 5 x 0.352 = 5396.16
        //  L: 25 x (0.9 x 0.00468568 + 0.1 x 0.00898311) = 25 x 0.005115423 = 0.127885575
        //  T = 1574.14417626 + 11.046144 + 5396.16 + 0.127885575 = 6981.478205835
        QTest::newRow("rack server")
                << ExampleProfiles::path(QStringLiteral("rack-server")) << 1574.14417626
                << 11.046144 << 5396.16 << 0.0 << 0.127885575 << 6981.478205835;
        // Video hour (lifetime 1): U = 0.02 x 0.21302 = 0.0042604;
        //  S = 3 x 0.06 x 0.21302 + 0.165 x 1.0 x 0.21302 = 0.0383436 + 0.0351483 = 0.0734919
        //  T = 0.0777523
        QTest::newRow("video hour") << ExampleProfiles::path(QStringLiteral("video-stream-1h"))
                                    << 0.0 << 0.0 << 0.0042604 << 0.0734919 << 0.0 << 0.0777523;
        // AI assistant (lifetime 1): network 0.1 x 0.06 x 0.47294 = 0.00283764;
        //  inference 2000 x 0.3 / 1000 x 1.1 x 0.409 = 0.26994;
        //  training 2000 x 1287 x 1000 / 1e11 x 0.409 = 0.02574 x 0.409 = 0.01052766
        //  S = 0.00283764 + 0.26994 + 0.01052766 = 0.2833053
        QTest::newRow("ai assistant") << ExampleProfiles::path(QStringLiteral("ai-assistant"))
                                      << 0.0 << 0.0 << 0.0 << 0.2833053 << 0.0 << 0.2833053;
    }
    void examples()
    {
        QFETCH(QString, file);
        QFETCH(double, materials);
        QFETCH(double, distribution);
        QFETCH(double, useDevice);
        QFETCH(double, useDigital);
        QFETCH(double, endOfLife);
        QFETCH(double, total);
        const CliRun r
                = runCli({QStringLiteral("footprint"), file, QStringLiteral("--json")}, m_userDb);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(o.value(QStringLiteral("format")).toString(),
                 QStringLiteral("carbonlabel-result"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject stages = o.value(QStringLiteral("stages")).toObject();
        QCOMPARE(stages.size(), 5);
        QVERIFY(near(stages.value(QStringLiteral("materials_manufacturing")).toDouble(),
                     materials));
        QVERIFY(near(stages.value(QStringLiteral("distribution")).toDouble(), distribution));
        QVERIFY(near(stages.value(QStringLiteral("use_device")).toDouble(), useDevice));
        QVERIFY(near(stages.value(QStringLiteral("use_digital")).toDouble(), useDigital));
        QVERIFY(near(stages.value(QStringLiteral("end_of_life")).toDouble(), endOfLife));
        QVERIFY2(near(o.value(QStringLiteral("total_kg_co2e")).toDouble(), total),
                 qPrintable(QString::number(o.value(QStringLiteral("total_kg_co2e")).toDouble(),
                                            'g', 17)));
        // the contributions add up to the total, each names its line, stage and factor
        double sum = 0;
        for (const QJsonValue &c : o.value(QStringLiteral("contributions")).toArray()) {
            const QJsonObject co = c.toObject();
            QVERIFY(!co.value(QStringLiteral("path")).toString().isEmpty());
            QVERIFY(!co.value(QStringLiteral("factor")).toString().isEmpty());
            QVERIFY(stages.contains(co.value(QStringLiteral("stage")).toString()));
            sum += co.value(QStringLiteral("kg_co2e")).toDouble();
        }
        QVERIFY(near(sum, total));
        for (const QJsonValue &f : o.value(QStringLiteral("factors")).toArray()) {
            const QJsonObject fo = f.toObject();
            for (const char *key : {"id", "value", "unit", "source", "dataset_version"})
                QVERIFY2(fo.contains(QLatin1String(key)), key);
        }
        QCOMPARE(o.value(QStringLiteral("offsets_kg_co2e")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("carbon_neutral")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("warnings")).isArray());
        QVERIFY(o.value(QStringLiteral("product")).toObject().contains(QStringLiteral("id")));
        QCOMPARE(o.value(QStringLiteral("eol_credits_kg_co2e")).toDouble(), 0.0);
    }

    void co2OnlyWarning()
    {
        // the mouse is assembled on China's MEE grid factor, which counts CO2 only
        const CliRun r = runCli({QStringLiteral("footprint"),
                                 ExampleProfiles::path(QStringLiteral("wireless-mouse")),
                                 QStringLiteral("--json")},
                                m_userDb);
        const QJsonArray warnings = QJsonDocument::fromJson(r.out)
                                            .object()
                                            .value(QStringLiteral("warnings"))
                                            .toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().startsWith(QStringLiteral("manufacturing.grid: ")));
        QVERIFY(warnings.at(0).toString().contains(QStringLiteral("CO2 only")));
    }

    void table()
    {
        const CliRun r = runCli({QStringLiteral("footprint"),
                                 ExampleProfiles::path(QStringLiteral("wireless-mouse"))},
                                m_userDb);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("无线鼠标 M1")));
        QVERIFY(out.contains(QStringLiteral("Materials & manufacturing")));
        QVERIFY(out.contains(QStringLiteral("1.22"))); // the total, 1.22464 to 3 figures
    }

    // The smartphone (category "smartphone") among the 50 published smartphone footprints: its
    // total, 18.19 kg (examples_data), is below the lowest of them (20.5 kg), so percentile 0,
    // and below P5; P10 and P90 of the totals are 39 and 88 kg in the dataset's own reference
    // table (38.8 and 88.1 to 0.1 kg). The mouse (peripheral) has no group: "benchmark" is null.
    void benchmark()
    {
        const CliRun json = runCli({QStringLiteral("footprint"),
                                    ExampleProfiles::path(QStringLiteral("smartphone")),
                                    QStringLiteral("--json")},
                                   m_userDb);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject b = QJsonDocument::fromJson(json.out).object()["benchmark"].toObject();
        QCOMPARE(b["group"].toString(), QStringLiteral("smartphone"));
        QCOMPARE(b["n"].toInt(), 50);
        QVERIFY(b["source"].toString().contains(QLatin1String("Boavizta")));
        QVERIFY(b["licence"].toString().contains(QLatin1String("ODbL 1.0")));
        const QJsonObject total = b["total"].toObject();
        QCOMPARE(total.keys(), QStringList({"median", "n", "p10", "p5", "p90", "p95"}));
        QVERIFY(std::abs(total["p10"].toDouble() - 39.0) <= 0.5);
        QVERIFY(std::abs(total["p90"].toDouble() - 88.0) <= 0.5);
        QCOMPARE(b["manufacturing"].toObject()["n"].toInt(), 50);
        QCOMPARE(b["percentile_total"].toDouble(), 0.0);
        QCOMPARE(b["percentile_manufacturing"].toDouble(), 0.0);
        const QJsonArray warnings
                = QJsonDocument::fromJson(json.out).object()["warnings"].toArray();
        QStringList below;
        for (const QJsonValue &w : warnings) {
            if (w.toString().contains(QLatin1String("below P5")))
                below << w.toString();
        }
        QCOMPARE(below.size(), 2); // the total and materials & manufacturing

        const CliRun table = runCli(
                {QStringLiteral("footprint"), ExampleProfiles::path(QStringLiteral("smartphone"))},
                m_userDb);
        const QString out = QString::fromUtf8(table.out);
        QVERIFY2(out.contains(QStringLiteral("Published smartphone footprints (n=50): 38.8–88.1 kg "
                                             "(P10–P90); this product: percentile 0")),
                 qPrintable(out));
        QVERIFY(out.contains(QLatin1String("ODbL 1.0")));

        const CliRun mouse = runCli({QStringLiteral("footprint"),
                                     ExampleProfiles::path(QStringLiteral("wireless-mouse")),
                                     QStringLiteral("--json")},
                                    m_userDb);
        QVERIFY(QJsonDocument::fromJson(mouse.out).object()["benchmark"].isNull());
    }

    // The stage column is 34 columns wide, the kg column 14, right-aligned. Chinese characters
    // take two columns each, so a Chinese name is padded by its display width, not its length.
    void tableColumnsByDisplayWidth_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("row");
        // Laptop materials & manufacturing 194.41368671 kg (examples_data) -> "194" (three
        // significant figures): 3 characters, 11 spaces before it in the 14-column field.
        // "Materials & manufacturing" is 25 columns: 9 spaces to 34, then the one between.
        QTest::newRow("en") << QStringLiteral("C.UTF-8")
                            << QStringLiteral("  Materials & manufacturing")
                        + QString(9 + 1 + 11, ' ') + QStringLiteral("194");
        // 原材料与制造 is 6 characters but 12 columns: 22 spaces to 34 (not 28). Then the share,
        // 194.41368671 of 220.3417246326 = 88.233 % -> "88.2 %", 3 spaces before it in 9 columns.
        QTest::newRow("zh") << QStringLiteral("zh_CN.UTF-8")
                            << QStringLiteral("  原材料与制造") + QString(22 + 1 + 11, ' ')
                        + QStringLiteral("194");
    }
    void tableColumnsByDisplayWidth()
    {
        QFETCH(QString, locale);
        QFETCH(QString, row);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        const CliRun r = runCli(
                {QStringLiteral("footprint"), ExampleProfiles::path(QStringLiteral("laptop-14"))},
                m_userDb, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText()
                         .split(QLatin1Char('\n'))
                         .contains(row + QString(4, ' ') + QStringLiteral("88.2 %")),
                 r.out.constData());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // part of stderr
        const QString mouse = ExampleProfiles::path(QStringLiteral("wireless-mouse"));
        QTest::newRow("no command") << QStringList{} << 2 << "Usage";
        QTest::newRow("unknown command") << QStringList{"bake"} << 2 << "unknown command \"bake\"";
        QTest::newRow("help") << QStringList{"--help"} << 0 << "";
        QTest::newRow("footprint help") << QStringList{"footprint", "--help"} << 0 << "";
        QTest::newRow("no profile") << QStringList{"footprint"} << 2 << "missing argument";
        QTest::newRow("two profiles")
                << QStringList{"footprint", mouse, mouse} << 2 << "too many arguments";
        QTest::newRow("unknown option") << QStringList{"footprint", mouse, "--jsn"} << 2 << "jsn";
        QTest::newRow("missing file") << QStringList{"footprint", "/nonexistent/p.json"} << 2
                                      << "/nonexistent/p.json: cannot open the file";
        QTest::newRow("db missing")
                << QStringList{"footprint", mouse, "--db", "/nonexistent/f.sqlite"} << 2
                << "/nonexistent/f.sqlite";
        QTest::newRow("db not sqlite") << QStringList{"footprint", mouse, "--db", mouse} << 2
                                       << "wireless-mouse.clprofile.json";
        QTest::newRow("validate ok") << QStringList{"validate", mouse} << 0 << "";
        QTest::newRow("factors show") << QStringList{"factors", "show", "mat_abs_ice"} << 0 << "";
        QTest::newRow("factors show unknown")
                << QStringList{"factors", "show", "nope"} << 2 << "unknown factor id \"nope\"";
        QTest::newRow("factors bad action")
                << QStringList{"factors", "delete", "x"} << 2 << "unknown action";
        QTest::newRow("factors import missing")
                << QStringList{"factors", "import", "/nonexistent/f.csv"} << 2
                << "/nonexistent/f.csv";
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = runCli(arguments, arguments.size() > 1 ? m_userDb : QString());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void badProfileNamesFileAndPath()
    {
        const QString file = m_dir.filePath(QStringLiteral("bad.clprofile.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "carbonlabel-profile", "version": 1,
  "product": {"id": "x", "name": {"en": "X"}, "lifetime_years": -1},
  "materials": [{"part": {"en": "A"}, "factor": "mat_abs_ice", "quantity": 1, "unit": "kWh"}]})");
        f.close();
        for (const char *command : {"footprint", "validate"}) {
            const CliRun r = runCli({QLatin1String(command), file}, m_userDb);
            QCOMPARE(r.exitCode, 2);
            const QString err = QString::fromUtf8(r.err);
            QVERIFY2(err.contains(file + QStringLiteral(": product.lifetime_years: ")),
                     qPrintable(err));
        }
        // a unit error is found once the syntax is right
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"format": "carbonlabel-profile", "version": 1,
  "product": {"id": "x", "name": {"en": "X"}, "lifetime_years": 1},
  "materials": [{"part": {"en": "A"}, "factor": "mat_abs_ice", "quantity": 1, "unit": "kWh"}]})");
        f.close();
        const CliRun r = runCli({QStringLiteral("validate"), file}, m_userDb);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(
                         file
                         + QStringLiteral(": materials[0].unit: unit \"kWh\" does not convert")),
                 r.err.constData());
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("deep") << QByteArray(100000, '[');
        QTest::newRow("huge number")
                << QByteArray(R"({"format":"carbonlabel-profile","version":1e999})");
        QTest::newRow("string soup") << QByteArray(
                R"({"format":"carbonlabel-profile","version":1,"product":"x","materials":7,"use":[],"end_of_life":{"routes":{}}})");
    }
    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, content);
        const QString file = m_dir.filePath(QStringLiteral("garbage.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        for (const char *command : {"footprint", "validate"}) {
            const CliRun r = runCli({QLatin1String(command), file}, m_userDb);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(file.toUtf8()));
        }
    }

    void factorsSearchBothLanguages()
    {
        for (const char *query : {"铝", "alumin"}) {
            const CliRun r = runCli({QStringLiteral("factors"), QStringLiteral("search"),
                                     QString::fromUtf8(query), QStringLiteral("--json")},
                                    m_userDb);
            QCOMPARE(r.exitCode, 0);
            QStringList ids;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
                ids << v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(ids.contains(QStringLiteral("mat_aluminium_primary_ice")),
                     qPrintable(ids.join(' ')));
        }
    }

    void factorsImportIntoUserLayer()
    {
        const QString csv = m_dir.filePath(QStringLiteral("team.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,category,name_en,name_zh,value,unit,region,year,source,source_detail,"
                "uncertainty_gsd,notes\n"
                "team_pcb_8l,electronic_component,\"PCB, 8-layer (supplier "
                "EPD)\",八层电路板（供应商EPD）,120,kgCO2e/m2,CN,2025,Supplier EPD,EPD 123,,\n");
        f.close();
        const QString userDb = m_dir.filePath(QStringLiteral("import.sqlite"));
        CliRun r = runCli({QStringLiteral("factors"), QStringLiteral("import"), csv}, userDb);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("factors"), QStringLiteral("show"),
                    QStringLiteral("team_pcb_8l"), QStringLiteral("--json")},
                   userDb);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("value")).toDouble(),
                 120.0);
        // Not scored: no pedigree, GSD 1 (no spread).
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pedigree")).isNull());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("gsd")).toDouble(),
                 1.0);
        // A shipped grid: Ember (2;1;1;1;1), GSD exp(sqrt(0.0006)) = 1.0247974; its basis.
        r = runCli({QStringLiteral("factors"), QStringLiteral("show"),
                    QStringLiteral("grid_cn_ember_2024"), QStringLiteral("--json")},
                   userDb);
        const QJsonObject grid = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(grid.value(QStringLiteral("pedigree")).toArray(), (QJsonArray{2, 1, 1, 1, 1}));
        QVERIFY(std::abs(grid.value(QStringLiteral("gsd")).toDouble() - 1.0247973619913604)
                < 1e-12);
        QCOMPARE(grid.value(QStringLiteral("grid_basis")).toString(), u"lifecycle");
        QCOMPARE(grid.value(QStringLiteral("grid_scope")).toString(), u"generation");
        // a bad row: nothing imported, the row and column named
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("id,category,name_en,name_zh,value,unit,region,year,source,source_detail,"
                "uncertainty_gsd,notes\n"
                "team_ok,material,Ok,好,1,kgCO2e/kg,CN,2025,S,,,\n"
                "team_bad,material,Bad,坏,abc,kgCO2e/kg,CN,2025,S,,,\n");
        f.close();
        r = runCli({QStringLiteral("factors"), QStringLiteral("import"), csv}, userDb);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("3") && r.err.contains("value"), r.err.constData());
        r = runCli({QStringLiteral("factors"), QStringLiteral("show"), QStringLiteral("team_ok")},
                   userDb);
        QCOMPARE(r.exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_userDb;
};

QTEST_GUILESS_MAIN(TestFootprintCommand)
#include "tst_footprintcommand.moc"
