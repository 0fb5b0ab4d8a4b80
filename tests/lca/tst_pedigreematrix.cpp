// lca::PedigreeMatrix: the GSD of hand-worked score sets from the ecoinvent version 3 table of
// additional variances (Weidema et al. 2013), and the temporal and geographical scoring rules
// of docs/uncertainty.md.

#include "lca/pedigreematrix.h"

#include <QtTest>

#include <cmath>

using lca::PedigreeMatrix;
using lca::PedigreeScores;

Q_DECLARE_METATYPE(PedigreeScores)

class TestPedigreeMatrix : public QObject
{
    Q_OBJECT

private slots:
    void gsd_data()
    {
        QTest::addColumn<PedigreeScores>("scores");
        QTest::addColumn<double>("basicGsd");
        QTest::addColumn<double>("expected");
        // Each: sigma² = (ln basic)² + the five variances of the table, GSD = exp(sigma).
        // All 1: no additional variance, GSD 1.
        QTest::newRow("all best") << PedigreeScores{1, 1, 1, 1, 1} << 1.0 << 1.0;
        // A national grid (2;1;1;1;1): 0.0006; sigma 0.0244949, GSD 1.0247974.
        QTest::newRow("grid") << PedigreeScores{2, 1, 1, 1, 1} << 1.0 << 1.0247973619913604;
        // ICE v2 material (3;3;5;3;3): 0.002 + 0.0006 + 0.04 + 0.0001 + 0.008 = 0.0507;
        // sigma 0.2251666, GSD 1.2525314.
        QTest::newRow("ICE material") << PedigreeScores{3, 3, 5, 3, 3} << 1.0 << 1.252531376779365;
        // All worst (5;5;5;5;5): 0.04 + 0.008 + 0.04 + 0.002 + 0.12 = 0.21; sigma 0.4582576,
        // GSD 1.5813162.
        QTest::newRow("all worst") << PedigreeScores{5, 5, 5, 5, 5} << 1.0 << 1.5813162494407733;
        // (2;3;2;4;4) on a basic GSD of 1.5: 0.0006 + 0.0006 + 0.0002 + 0.0006 + 0.04 = 0.042,
        // plus (ln 1.5)² = 0.1644019: sigma² 0.2064019, sigma 0.4543148, GSD 1.5750938.
        QTest::newRow("with basic") << PedigreeScores{2, 3, 2, 4, 4} << 1.5 << 1.57509378737232;
        // Not scored, basic 1.3: the basic uncertainty alone.
        QTest::newRow("basic only") << PedigreeScores{} << 1.3 << 1.3;
    }

    void gsd()
    {
        QFETCH(PedigreeScores, scores);
        QFETCH(double, basicGsd);
        QFETCH(double, expected);
        QVERIFY(std::abs(PedigreeMatrix::gsd(scores, basicGsd) - expected) < 1e-12);
    }

    void varianceTable()
    {
        // The table's corners and one value of each row, as printed in the guideline.
        QCOMPARE(PedigreeMatrix::variance(PedigreeMatrix::Reliability, 4), 0.008);
        QCOMPARE(PedigreeMatrix::variance(PedigreeMatrix::Completeness, 5), 0.008);
        QCOMPARE(PedigreeMatrix::variance(PedigreeMatrix::Temporal, 3), 0.002);
        QCOMPARE(PedigreeMatrix::variance(PedigreeMatrix::Geographical, 2), 0.000025);
        QCOMPARE(PedigreeMatrix::variance(PedigreeMatrix::Technological, 5), 0.12);
        QCOMPARE(PedigreeMatrix::variance(PedigreeMatrix::Technological, 1), 0.0);
        QCOMPARE(PedigreeMatrix::variance(PedigreeMatrix::Reliability, 0), 0.0);
    }

    void validity()
    {
        QVERIFY(PedigreeScores{}.isValid());
        QVERIFY(!PedigreeScores{}.isScored());
        QVERIFY((PedigreeScores{1, 2, 3, 4, 5}.isValid()));
        QVERIFY(!(PedigreeScores{1, 2, 3, 4, 6}.isValid()));
        QVERIFY(!(PedigreeScores{1, 0, 3, 4, 5}.isValid())); // partly scored
    }

    void temporal_data()
    {
        QTest::addColumn<int>("dataYear");
        QTest::addColumn<int>("referenceYear");
        QTest::addColumn<int>("score");
        QTest::newRow("same year") << 2024 << 2024 << 1;
        QTest::newRow("2 years") << 2024 << 2026 << 1;
        QTest::newRow("3 years") << 2023 << 2026 << 2;
        QTest::newRow("5 years") << 2021 << 2026 << 2;
        QTest::newRow("6 years") << 2020 << 2026 << 3;
        QTest::newRow("9 years") << 2017 << 2026 << 3;
        QTest::newRow("10 years") << 2016 << 2026 << 4;
        QTest::newRow("14 years") << 2012 << 2026 << 4;
        QTest::newRow("15 years") << 2011 << 2026 << 5;
        QTest::newRow("data newer than the reference") << 2026 << 2020 << 3;
        QTest::newRow("year unknown") << 0 << 2026 << 5;
    }

    void temporal()
    {
        QFETCH(int, dataYear);
        QFETCH(int, referenceYear);
        QFETCH(int, score);
        QCOMPARE(PedigreeMatrix::temporalScore(dataYear, referenceYear), score);
    }

    void geographical_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("use");
        QTest::addColumn<int>("score");
        QTest::newRow("same country") << "CN"
                                      << "CN" << 1;
        QTest::newRow("UK is GB") << "UK"
                                  << "GB" << 1;
        QTest::newRow("world for a country") << "GLOBAL"
                                             << "TW" << 2;
        QTest::newRow("EU for a member") << "EU"
                                         << "FR" << 2;
        QTest::newRow("EU for a non-member") << "EU"
                                             << "NO" << 4;
        QTest::newRow("country for its grid region") << "US"
                                                     << "US-CAL-CISO" << 2;
        QTest::newRow("another region of the country") << "CN-east"
                                                       << "CN-north" << 3;
        QTest::newRow("another country") << "GB"
                                         << "CN" << 4;
        QTest::newRow("two areas: the factor's own score") << "GLOBAL/UK"
                                                           << "CN" << 0;
        QTest::newRow("use unknown") << "CN"
                                     << "" << 0;
    }

    void geographical()
    {
        QFETCH(QString, data);
        QFETCH(QString, use);
        QFETCH(int, score);
        QCOMPARE(PedigreeMatrix::geographicalScore(data.toStdString(), use.toStdString()), score);
    }
};

QTEST_APPLESS_MAIN(TestPedigreeMatrix)
#include "tst_pedigreematrix.moc"
