// BomImporter: headers in English or Chinese, every row a material line or an error naming its
// line and column, suggestions for unknown factors, units checked against the factor.
#include "core/evaluation/bomimporter.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class TestBomImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FactorDatabase m_db;

    QString errors(const BomImporter::Result &r)
    {
        QStringList lines;
        for (const Diagnostic &d : r.diagnostics)
            lines << d.toString();
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                           m_dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(m_db.errorString()));
    }

    void englishHeaders()
    {
        const QByteArray csv = "part_en,part_zh,factor,quantity,unit\r\n"
                               "Housing,外壳,mat_abs_ice,52,g\r\n"
                               "\"Main board, 2-layer\",主板,ec_pcb_2layer_act,25,cm2\r\n"
                               "Integrated circuits,,ec_ic_package_act,3,piece\r\n";
        BomImportOptions options;
        options.lifetimeYears = 3;
        options.massKg = 0.1;
        const BomImporter::Result r
                = BomImporter::import(csv, QStringLiteral("/tmp/Mouse M1.csv"), m_db, options);
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QVERIFY(r.diagnostics.isEmpty());
        const Profile &p = *r.profile;
        QCOMPARE(p.product.id, QStringLiteral("mouse-m1"));
        QCOMPARE(p.product.lifetimeYears.value, 3.0);
        QCOMPARE(p.materials.size(), 3);
        QCOMPARE(p.materials[1].part.en, QStringLiteral("Main board, 2-layer"));
        QCOMPARE(p.materials[1].part.zh, QStringLiteral("主板"));
        QCOMPARE(p.materials[1].factor, QStringLiteral("ec_pcb_2layer_act"));
        QCOMPARE(p.materials[1].quantity.value, 25.0);
        QCOMPARE(p.materials[1].unit, QStringLiteral("cm2"));
        // The skeleton computes: 52 g x 3.76 + 0.0025 m2 x 0.41 + 3 x 0.15 = 0.19552 + 0.001025
        // + 0.45 = 0.646545 kg CO2e, the mouse's lines without its 3 % yield loss.
        const Evaluation e = ProfileEvaluator::evaluate(p, m_db);
        QVERIFY(e.ok());
        QVERIFY(qAbs(e.result.total() - 0.646545) < 1e-9);
    }

    // Chinese headers, columns in another order; no lifetime: 1 and a warning.
    void chineseHeaders()
    {
        const QByteArray csv = "\xEF\xBB\xBF排放因子,数量,单位,部件中文名\n"
                               "mat_copper_average_ice,2,g,弹簧\n";
        const BomImporter::Result r = BomImporter::import(csv, QStringLiteral("bom.csv"), m_db, {});
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(r.profile->materials.size(), 1);
        QCOMPARE(r.profile->materials[0].part.zh, QStringLiteral("弹簧"));
        QCOMPARE(r.profile->product.lifetimeYears.value, 1.0);
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(!r.diagnostics[0].isError());
        QCOMPARE(r.diagnostics[0].path, QStringLiteral("product.lifetime_years"));
    }

    // Every bad row is reported, with its line and column; no profile at all.
    void errorsNameLineAndColumn()
    {
        const QByteArray csv = "part_en,part_zh,factor,quantity,unit\n"
                               "Housing,外壳,abs plastic,52,g\n"
                               "Board,主板,ec_pcb_2layer_act,25,kg\n"
                               "Screws,螺丝,mat_steel_world_avg_ice,six,g\n"
                               ",,mat_abs_ice,1,g\n"
                               "Spring,弹簧,mat_copper_average_ice,2,g\n";
        const BomImporter::Result r = BomImporter::import(csv, QStringLiteral("bom.csv"), m_db, {});
        QVERIFY(!r.ok());
        QVERIFY(!r.profile);
        const QString text = errors(r);
        QVERIFY2(text.contains(QStringLiteral("line 2, column 3 (factor): unknown factor \"abs "
                                              "plastic\"; did you mean mat_abs_ice")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 3, column 5 (unit): unit \"kg\" does not fit "
                                              "factor ec_pcb_2layer_act, which is per m2")),
                 qPrintable(text));
        QVERIFY2(text.contains(
                         QStringLiteral("line 4, column 4 (quantity): \"six\" is not a number")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 5, column 1 (part_en)")), qPrintable(text));
        QCOMPARE(r.diagnostics.size(), 4);
    }

    // QString::toDouble reads "inf" and "nan"; neither is a quantity.
    void infiniteQuantity()
    {
        for (const QByteArray &q : {QByteArray("inf"), QByteArray("-inf"), QByteArray("nan")}) {
            const QByteArray csv = "part_en,part_zh,factor,quantity,unit\n"
                                   "Housing,外壳,mat_abs_ice,"
                    + q + ",g\n";
            const BomImporter::Result r
                    = BomImporter::import(csv, QStringLiteral("bom.csv"), m_db, {});
            QVERIFY(!r.ok());
            QVERIFY2(errors(r).contains(QStringLiteral("line 2, column 4 (quantity)")),
                     qPrintable(errors(r)));
        }
    }

    void badHeaders()
    {
        const BomImporter::Result r = BomImporter::import(
                "part,factor,qty,unit\nA,mat_abs_ice,1,g\n", QStringLiteral("bom.csv"), m_db, {});
        QVERIFY(!r.ok());
        const QString text = errors(r);
        QVERIFY2(text.contains(QStringLiteral("line 1, column 1: unknown column \"part\"")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("missing column \"quantity\"")), qPrintable(text));
        QVERIFY(!BomImporter::import("part_en,factor,quantity,unit\n", QStringLiteral("bom.csv"),
                                     m_db, {})
                         .ok());
        const BomImporter::Result broken
                = BomImporter::import("part_en,factor,quantity,unit\n\"A,mat_abs_ice,1,g\n",
                                      QStringLiteral("bom.csv"), m_db, {});
        QVERIFY(!broken.ok());
        QCOMPARE(broken.diagnostics.constFirst().line, 2);
    }
};

QTEST_GUILESS_MAIN(TestBomImporter)
#include "tst_bomimporter.moc"
