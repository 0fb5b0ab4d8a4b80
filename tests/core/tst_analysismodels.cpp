// The analysis models of the window (uncertainty, refresh cycles, where to run), checked by
// QAbstractItemModelTester, against figures worked by hand from docs/uncertainty.md and
// docs/profile-format.md.
#include "core/document/profiledocument.h"
#include "core/document/refreshcyclemodel.h"
#include "core/document/uncertaintymodel.h"
#include "core/document/whererunmodel.h"
#include "core/factors/factordatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class TestAnalysisModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

    static QString example(const char *name)
    {
        return QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
    }

    void uncertainty()
    {
        ProfileDocument doc(&m_db);
        UncertaintyModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QFile f(example("wireless-mouse.clprofile.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        // The lifetime triangular (2, 3, 5): the only uncertain number.
        data.replace("\"lifetime_years\": 3",
                     "\"lifetime_years\": {\"value\": 3, \"min\": 2, \"max\": 5}");
        QVERIFY(doc.openData(data, QString(), nullptr));
        model.setFactorUncertainty(false); // the factors' own spread is tested in tst_montecarlo
        model.run();
        QVERIFY(model.hasResult());
        QVERIFY(model.varies());
        // Only U depends on the lifetime: U = 0.13703136 / 3 per year x lifetime. The mean
        // lifetime is (2 + 3 + 5) / 3 = 10/3, so the mean total is
        // 1.22464282305 - 0.13703136 + 0.04567712 x 10/3 = 1.23986852972. Its standard error
        // over 10,000 samples is 0.04567712 x sqrt(7/18) / 100 = 0.00028.
        QCOMPARE_LE(std::abs(model.result().total.mean - 1.23986852972), 0.0015);
        // The smallest total: lifetime 2: 1.22464282305 - 0.04567712 = 1.17896570305.
        const UncertaintyModel::Histogram h = model.histogram(10);
        QCOMPARE(h.counts.size(), 10);
        QCOMPARE_GE(h.min, 1.17896570305 - 1e-9);
        QCOMPARE_LE(h.max, 1.22464282305 + 2 * 0.04567712 + 1e-9);
        int sum = 0;
        for (int c : h.counts)
            sum += c;
        QCOMPARE(sum, 10000);
        // One uncertain input: it explains everything.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(UncertaintyModel::PathRole).toString(),
                 QStringLiteral("product.lifetime_years"));
        QCOMPARE(model.index(0, UncertaintyModel::Share)
                         .data(UncertaintyModel::ValueRole)
                         .toDouble(),
                 1.0);
        // Without distributions: no spread.
        QVERIFY(doc.open(example("wireless-mouse.clprofile.json"), nullptr));
        model.run();
        QVERIFY(!model.varies());
        QCOMPARE(model.rowCount(), 0);

        // A line's input is named by its part: the mouse's fourth line, "Integrated circuits",
        // given a distribution on its quantity.
        QByteArray ics = data;
        QVERIFY(ics.contains("\"quantity\": 3, \"unit\": \"piece\""));
        ics.replace("\"quantity\": 3, \"unit\": \"piece\"",
                    "\"quantity\": {\"value\": 3, \"min\": 2, \"max\": 4}, \"unit\": \"piece\"");
        QVERIFY(doc.openData(ics, QString(), nullptr));
        model.run();
        QVERIFY(model.varies());
        bool named = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(UncertaintyModel::PathRole).toString()
                == u"materials[3].quantity")
                named = model.index(r, UncertaintyModel::Input).data().toString()
                        == u"Integrated circuits · quantity";
        }
        QVERIFY(named);
    }

    void refreshCycles()
    {
        ProfileDocument doc(&m_db);
        RefreshCycleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(doc.open(example("wireless-mouse.clprofile.json"), nullptr));
        lca::RefreshCycleInputs inputs; // H = 12, k = 2..8, no rates
        model.setInputs(inputs);
        model.run();
        QVERIFY(model.hasResult());
        // e0 = E + D + L = 1.01518200925 + 0.07170304 + 0.0007264138 = 1.08761146305;
        // a0 = (0.05 x 8 x 250 + 0.002 x 16 x 365) / 1000 = 0.11168 kWh; g0 = 0.409.
        QCOMPARE_LE(std::abs(model.values().embodiedKg - 1.08761146305), 1e-9);
        QCOMPARE_LE(std::abs(model.values().annualEnergyKwh - 0.11168), 1e-12);
        QCOMPARE(model.rowCount(), 7);
        // k = 4: devices at 0, 4, 8: 3 x 1.08761146305 = 3.26283438915; use 12 x 0.11168 x 0.409
        // = 0.54812544; per year (3.26283438915 + 0.54812544) / 12 = 0.31757998576.
        const int k4 = 2;
        QCOMPARE(model.index(k4, RefreshCycleModel::Devices)
                         .data(RefreshCycleModel::ValueRole)
                         .toInt(),
                 3);
        QCOMPARE_LE(std::abs(model.index(k4, RefreshCycleModel::PerYear)
                                     .data(RefreshCycleModel::ValueRole)
                                     .toDouble()
                             - 0.31757998576),
                    1e-9);
        // k = 8 is best: devices at 0 and 8, the second counted for 4 of its 8 years:
        // (1.5 x 1.08761146305 + 0.54812544) / 12 = 0.18162855288.
        const int k8 = 6;
        QVERIFY(model.index(k8, 0).data(RefreshCycleModel::BestRole).toBool());
        QCOMPARE_LE(std::abs(model.index(k8, RefreshCycleModel::PerYear)
                                     .data(RefreshCycleModel::ValueRole)
                                     .toDouble()
                             - 0.18162855288),
                    1e-9);
        // An old device of 1 kWh a year: saves (1 - 0.11168) x 0.409 = 0.36332288 kg a year,
        // reaching the new one's 1.08761146305 kg in the third year.
        model.setOldAnnualEnergyKwh(1.0);
        model.run();
        QCOMPARE(model.result()->replaceNow->paybackYears.value_or(-1), 3);
    }

    void whereToRun()
    {
        ProfileDocument doc(&m_db);
        WhereRunModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(doc.open(example("wireless-mouse.clprofile.json"), nullptr));
        model.run();
        QVERIFY(!model.hasResult());
        QVERIFY(!model.problem().isEmpty());
        // A mouse has nothing to move: the view heads the message as an empty state.
        QCOMPARE(model.problemTitle(), QStringLiteral("Nothing to move"));
        QVERIFY(model.baselineGridNames().isEmpty());
        QVERIFY(doc.open(example("ai-assistant.clprofile.json"), nullptr));
        model.run();
        QVERIFY(model.hasResult());
        QVERIFY(model.problemTitle().isEmpty());
        // Its inference and training run on grid_us_emaps_2024, named as its row is.
        QCOMPARE(model.baselineGridNames(), QStringList{QStringLiteral("United States · 2024")});
        QVERIFY(model.rowCount() > 10);
        // The AI parts use 2000 x 0.3 Wh x 1.1 = 0.66 kWh of inference and 2000 x 1287 MWh /
        // 10^11 = 0.02574 kWh of training a year: 0.68574 kWh, on whichever grid.
        double previous = 0.0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const double intensity = model.index(r, WhereRunModel::Intensity)
                                             .data(WhereRunModel::ValueRole)
                                             .toDouble();
            const double kg = model.index(r, WhereRunModel::KgCo2e)
                                      .data(WhereRunModel::ValueRole)
                                      .toDouble();
            QCOMPARE_LE(std::abs(kg - 0.68574 * intensity), 1e-9);
            QCOMPARE_GE(kg, previous);
            previous = kg;
        }
        // The baseline: the US grid, 0.68574 x 0.409 = 0.28046766 kg.
        QCOMPARE_LE(std::abs(model.result()->baselineKgCo2e - 0.28046766), 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisModels)
#include "tst_analysismodels.moc"
