// carbonlabel-cli import-bom, run as a user runs it: the profile it writes computes, errors
// name file, line and column with exit 2 and nothing written.
#include "tests/common/clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using carbonlabel::test::CliRun;

class TestImportBom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    CliRun cli(const QStringList &arguments)
    {
        return carbonlabel::test::runCli(arguments, m_dir.filePath(QStringLiteral("user.sqlite")));
    }

    QString write(const char *name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The mouse's six material lines in Chinese headers; the profile written computes
    // materials 0.672215 kg CO2e (tests/cli/tst_footprintcommand.cpp, before the 3 % yield loss).
    void writesAProfileThatComputes()
    {
        const QString csv
                = write("mouse-bom.csv",
                        "部件英文名,部件中文名,排放因子,数量,单位\n"
                        "Housing,外壳,mat_abs_ice,52,g\n"
                        "Scroll wheel tyre,滚轮胶圈,mat_rubber_general_ice,3,g\n"
                        "Main board (2-layer PCB),主板（双层电路板）,ec_pcb_2layer_act,25,cm2\n"
                        "Integrated circuits,集成电路,ec_ic_package_act,3,piece\n"
                        "Springs and contacts,弹簧与触点,mat_copper_average_ice,2,g\n"
                        "Screws and weight,螺丝与配重,mat_steel_world_avg_ice,6,g\n");
        const QString profile = m_dir.filePath(QStringLiteral("mouse.clprofile.json"));
        const CliRun r = cli({QStringLiteral("import-bom"), csv, QStringLiteral("-o"), profile,
                              QStringLiteral("--id"), QStringLiteral("mouse-m1"),
                              QStringLiteral("--name-en"), QStringLiteral("Wireless mouse M1"),
                              QStringLiteral("--lifetime"), QStringLiteral("3"),
                              QStringLiteral("--mass"), QStringLiteral("0.1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const CliRun f = cli({QStringLiteral("footprint"), profile, QStringLiteral("--json")});
        QVERIFY2(f.exitCode == 0, f.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(f.out).object();
        const double materials = result.value(QStringLiteral("stages"))
                                         .toObject()
                                         .value(QStringLiteral("materials_manufacturing"))
                                         .toDouble();
        // 0.19552 + 0.00855 + 0.001025 + 0.45 + 0.00542 + 0.0117 = 0.672215
        QVERIFY2(qAbs(materials - 0.672215) < 1e-9,
                 qPrintable(QString::number(materials, 'g', 17)));
        QCOMPARE(result.value(QStringLiteral("product"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                 QStringLiteral("mouse-m1"));
    }

    // Without -o the profile goes to standard output; without --lifetime a warning says 1 is a
    // placeholder.
    void stdoutAndPlaceholderLifetime()
    {
        const QString csv
                = write("one.csv", "part_en,factor,quantity,unit\nHousing,mat_abs_ice,52,g\n");
        const CliRun r = cli({QStringLiteral("import-bom"), csv});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject profile = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(profile.value(QStringLiteral("format")).toString(),
                 QStringLiteral("carbonlabel-profile"));
        QCOMPARE(profile.value(QStringLiteral("product"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                 QStringLiteral("one"));
        QCOMPARE(profile.value(QStringLiteral("product"))
                         .toObject()
                         .value(QStringLiteral("lifetime_years"))
                         .toDouble(),
                 1.0);
        QVERIFY2(r.err.contains("one.csv: product.lifetime_years: warning:"), r.err.constData());
    }

    void errorsWriteNothing()
    {
        const QString csv = write("bad.csv",
                                  "part_en,part_zh,factor,quantity,unit\n"
                                  "Housing,外壳,abs plastic,52,g\n"
                                  "Spring,弹簧,mat_copper_average_ice,2,g\n");
        const QString profile = m_dir.filePath(QStringLiteral("bad.clprofile.json"));
        const CliRun r = cli({QStringLiteral("import-bom"), csv, QStringLiteral("-o"), profile});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad.csv: line 2, column 3 (factor): unknown factor \"abs "
                                "plastic\"; did you mean mat_abs_ice"),
                 r.err.constData());
        QVERIFY(!QFile::exists(profile));
        QCOMPARE(cli({QStringLiteral("import-bom"), m_dir.filePath(QStringLiteral("none.csv"))})
                         .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("import-bom"), csv, QStringLiteral("--lifetime"),
                      QStringLiteral("x")})
                         .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestImportBom)
#include "tst_importbom.moc"
