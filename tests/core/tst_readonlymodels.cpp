// The read-only models of the window: stage totals, contributions, problems and factor search,
// each checked by QAbstractItemModelTester while the document changes under it.
#include "core/document/contributionsmodel.h"
#include "core/document/diagnosticsmodel.h"
#include "core/document/factorsearchmodel.h"
#include "core/document/profiledocument.h"
#include "core/document/stagetotalsmodel.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "core/render/labelpalette.h"
#include "tests/common/exampleprofiles.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace carbonlabel;

class TestReadOnlyModels : public QObject
{
    Q_OBJECT

    test::ExampleProfiles m_examples;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_examples.open());
    }

    void stageTotals()
    {
        ProfileDocument doc(&m_examples.database());
        StageTotalsModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(doc.open(test::ExampleProfiles::mouse(), nullptr));
        QCOMPARE(model.rowCount(), 5);
        const double e
                = model.data(model.index(0, StageTotalsModel::KgCo2e), StageTotalsModel::ValueRole)
                          .toDouble();
        QCOMPARE_LE(std::abs(e - 1.01518200925), 1e-9);
        // Distribution: 0.07170304 of 1.22464282305 = 5.855 %
        const double share
                = model.data(model.index(1, StageTotalsModel::Share), StageTotalsModel::ValueRole)
                          .toDouble();
        QCOMPARE_LE(std::abs(share - 0.07170304 / 1.22464282305), 1e-12);
        QCOMPARE(model.data(model.index(1, StageTotalsModel::Share)).toString(),
                 QStringLiteral("5.9 %"));
        QCOMPARE(model.data(model.index(0, 0)).toString(),
                 QStringLiteral("Materials & manufacturing"));
        // The window shows each stage in the colour the printed label gives it.
        QCOMPARE(model.data(model.index(3, 0), Qt::DecorationRole).value<QColor>(),
                 LabelPalette::stage(lca::Stage::UseDigital));
        doc.setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("62"));
    }

    void contributions()
    {
        ProfileDocument doc(&m_examples.database());
        ContributionsModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(doc.open(test::ExampleProfiles::mouse(), nullptr));
        // 6 materials + assembly + 2 packaging + 2 legs + 2 modes + 2 routes = 15 lines
        QCOMPARE(model.rowCount(), 15);
        double previous = 1e9;
        for (int r = 0; r < model.rowCount(); ++r) {
            const double kg = model.data(model.index(r, ContributionsModel::KgCo2e),
                                         ContributionsModel::ValueRole)
                                      .toDouble();
            QVERIFY(kg <= previous);
            previous = kg;
        }
        // The largest line: 3 IC packages; the assembly energy 0.4 kWh x grid CN is next.
        QCOMPARE(model.data(model.index(0, ContributionsModel::Source)).toString(),
                 QStringLiteral("Integrated circuits"));
        doc.setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("oops"));
        // While the profile has errors, the last valid result stays.
        QVERIFY(doc.isStale());
        QCOMPARE(model.rowCount(), 15);
        doc.undoStack()->undo();
        QVERIFY(!doc.isStale());
        QCOMPARE(model.rowCount(), 15);
    }

    void diagnostics()
    {
        ProfileDocument doc(&m_examples.database());
        DiagnosticsModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(doc.open(test::ExampleProfiles::mouse(), nullptr));
        // The mouse's assembly grid counts CO2 only: one warning.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.errorCount(), 0);
        doc.setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("oops"));
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), DiagnosticsModel::PathRole).toString(),
                 QStringLiteral("materials[0].quantity"));
        QCOMPARE(model.data(model.index(0, 0)).toString(),
                 QStringLiteral("Materials, line 1 · quantity"));
    }

    void factorSearch()
    {
        FactorLibrary library(&m_examples.database());
        FactorSearchModel model(&library);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), m_examples.database().count());
        model.setQuery(QStringLiteral("ABS"));
        QVERIFY(model.rowOf(QStringLiteral("mat_abs_ice")) >= 0);
        model.setQuery(QStringLiteral("塑料"));
        QVERIFY(model.rowOf(QStringLiteral("mat_abs_ice")) >= 0);
        model.setQuery(QString());
        model.setCategory(QStringLiteral("transport"));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.factor(r).category, QStringLiteral("transport"));
        QVERIFY(model.rowCount() > 0);
        model.setCategory(QString());
        model.setDenominator(QStringLiteral("kWh"));
        QVERIFY(model.rowOf(QStringLiteral("grid_world_ember_2024")) >= 0);
        QCOMPARE(model.rowOf(QStringLiteral("mat_abs_ice")), -1);
        model.setDenominator(QString());
        model.setCompletionMode(true);
        QCOMPARE(model.columnCount(), 1);
        const int abs = model.rowOf(QStringLiteral("mat_abs_ice"));
        QCOMPARE(model.data(model.index(abs, 0)).toString(),
                 QStringLiteral(
                         "ABS (acrylonitrile butadiene styrene) / "
                         "ABS塑料（丙烯腈-丁二烯-苯乙烯） · 3.76 kgCO2e/kg · GLOBAL/UK · 2011"));
        QCOMPARE(model.data(model.index(abs, 0), Qt::EditRole).toString(),
                 QStringLiteral("mat_abs_ice"));
        // A user factor appears when added, through the library.
        Factor f;
        f.id = QStringLiteral("user_test_resin");
        f.category = QStringLiteral("material");
        f.nameEn = QStringLiteral("Test resin");
        f.nameZh = QStringLiteral("测试树脂");
        f.value = 2.5;
        f.unit = QStringLiteral("kgCO2e/kg");
        QString error;
        QVERIFY2(library.addUserFactor(f, &error), qPrintable(error));
        QVERIFY(model.rowOf(QStringLiteral("user_test_resin")) >= 0);
        QVERIFY(library.removeUserFactor(f.id, &error));
        QCOMPARE(model.rowOf(QStringLiteral("user_test_resin")), -1);
        f.value = std::nan("");
        QVERIFY(!FactorLibrary::validate(f).isEmpty());
    }

    // Where a grid is chosen (a factor field per kWh: the window's grid fields, the settings'
    // default grid) no fragment or constant is offered (Factor::offeredAsGrid); the factor
    // browser, with no denominator, lists them all. Scopes from resources/factors/factors.csv.
    void gridPicker_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("query"); // words a user types that find it
        QTest::addColumn<bool>("offered");
        QTest::newRow("Ember, generation") << "grid_world_ember_2024"
                                           << "Ember" << true;
        QTest::newRow("Electricity Maps, consumption") << "grid_se_emaps_2024"
                                                       << "Sweden" << true;
        QTest::newRow("DESNZ, whole grid") << "grid_gb_desnz_2025"
                                           << "DESNZ" << true;
        QTest::newRow("China MEE, scope not stated") << "grid_cn_mee_national_2023"
                                                     << "MEE" << true;
        QTest::newRow("DESNZ T&D losses") << "grid_gb_desnz_td_2025"
                                          << "DESNZ" << false;
        QTest::newRow("DESNZ well-to-tank") << "grid_gb_desnz_wtt_gen_2025"
                                            << "DESNZ" << false;
        QTest::newRow("DESNZ well-to-tank, T&D") << "grid_gb_desnz_wtt_td_2025"
                                                 << "DESNZ" << false;
        QTest::newRow("SWD constant") << "grid_world_swd_v4_constant"
                                      << "" << false;
        QTest::newRow("OneByte constant") << "grid_dc_onebyte_grey"
                                          << "" << false;
        QTest::newRow("Strubell's US average") << "grid_us_strubell2019"
                                               << "Strubell" << false;
        QTest::newRow("Barnard's California") << "grid_us_ca_barnard2019"
                                              << "California" << false;
        QTest::newRow("not a grid") << "mat_abs_ice"
                                    << "ABS" << true;
    }
    void gridPicker()
    {
        QFETCH(QString, id);
        QFETCH(QString, query);
        QFETCH(bool, offered);
        const auto f = m_examples.database().factor(id);
        QVERIFY(f);
        QCOMPARE(f->offeredAsGrid(), offered);
        QCOMPARE(f->isGridFragment() || f->isGridConstant(), !offered);

        FactorLibrary library(&m_examples.database());
        FactorSearchModel model(&library);
        QVERIFY(model.rowOf(id) >= 0); // browsing: every factor
        model.setDenominator(QStringLiteral("kWh"));
        if (f->category == QLatin1String("grid_electricity"))
            QCOMPARE(model.rowOf(id) >= 0, offered);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString scope = model.factor(r).gridScope;
            QVERIFY2(scope != QLatin1String("td_losses") && scope != QLatin1String("wtt")
                             && scope != QLatin1String("constant"),
                     qPrintable(model.factor(r).id));
        }
        if (!query.isEmpty() && f->category == QLatin1String("grid_electricity")) {
            model.setQuery(query);
            QCOMPARE(model.rowOf(id) >= 0, offered);
            model.setDenominator(QString());
            QVERIFY2(model.rowOf(id) >= 0, qPrintable(query));
        }
    }

    // A fragment stays usable by typing its id: the mouse's use grid set to DESNZ's T&D losses
    // evaluates without an error.
    void gridFragmentById()
    {
        ProfileDocument doc(&m_examples.database());
        QVERIFY(doc.open(test::ExampleProfiles::mouse(), nullptr));
        doc.setFieldText(QStringLiteral("use.grid"), QStringLiteral("grid_gb_desnz_td_2025"));
        QCOMPARE(doc.fieldText(QStringLiteral("use.grid")),
                 QStringLiteral("grid_gb_desnz_td_2025"));
        QVERIFY(doc.evaluation().ok());
        DiagnosticsModel problems(&doc);
        QCOMPARE(problems.errorCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyModels)
#include "tst_readonlymodels.moc"
