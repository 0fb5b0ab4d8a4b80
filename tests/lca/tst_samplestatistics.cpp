// Type-7 quantiles and mid-rank percentile ranks, worked by hand.
#include "lca/samplestatistics.h"

#include <QTest>
#include <vector>

using lca::SampleStatistics;

class TestSampleStatistics : public QObject
{
    Q_OBJECT

private slots:
    void quantile_data()
    {
        QTest::addColumn<std::vector<double>>("sorted");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        const std::vector<double> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // h = (n - 1)·p = 9·0.5 = 4.5: x[4] + 0.5·(x[5] - x[4]) = 5 + 0.5 = 5.5.
        QTest::newRow("median of 1..10") << ten << 0.5 << 5.5;
        // h = 9·0.1 = 0.9: 1 + 0.9·1 = 1.9.
        QTest::newRow("P10 of 1..10") << ten << 0.1 << 1.9;
        // h = 9·0.95 = 8.55: 9 + 0.55·1 = 9.55.
        QTest::newRow("P95 of 1..10") << ten << 0.95 << 9.55;
        QTest::newRow("P0") << ten << 0.0 << 1.0;
        QTest::newRow("P100") << ten << 1.0 << 10.0;
        // h = 2·0.25 = 0.5 over {0, 10, 100}: 0 + 0.5·10 = 5.
        QTest::newRow("uneven gaps") << std::vector<double>{0, 10, 100} << 0.25 << 5.0;
        QTest::newRow("one value") << std::vector<double>{7} << 0.9 << 7.0;
        QTest::newRow("none") << std::vector<double>{} << 0.5 << 0.0;
    }
    void quantile()
    {
        QFETCH(std::vector<double>, sorted);
        QFETCH(double, p);
        QFETCH(double, expected);
        QCOMPARE(SampleStatistics::quantileOfSorted(sorted, p), expected);
    }

    void percentileRank_data()
    {
        QTest::addColumn<std::vector<double>>("sorted");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        const std::vector<double> four{1, 2, 3, 4};
        // (values below + half the equal ones) / n: 2 below 2.5 -> 2/4 = 50.
        QTest::newRow("between") << four << 2.5 << 50.0;
        // 1 below, 1 equal: (1 + 0.5)/4 = 37.5.
        QTest::newRow("on a value") << four << 2.0 << 37.5;
        QTest::newRow("below all") << four << 0.5 << 0.0;
        QTest::newRow("above all") << four << 9.0 << 100.0;
        // {1, 2, 2, 2, 5}, x = 2: 1 below, 3 equal: (1 + 1.5)/5 = 50.
        QTest::newRow("ties") << std::vector<double>{1, 2, 2, 2, 5} << 2.0 << 50.0;
        // The median of an odd sample is at 50: {1, 2, 3}, x = 2: (1 + 0.5)/3 = 50.
        QTest::newRow("odd median") << std::vector<double>{1, 2, 3} << 2.0 << 50.0;
        QTest::newRow("none") << std::vector<double>{} << 1.0 << 0.0;
    }
    void percentileRank()
    {
        QFETCH(std::vector<double>, sorted);
        QFETCH(double, x);
        QFETCH(double, expected);
        QCOMPARE(SampleStatistics::percentileRank(sorted, x), expected);
    }
};

QTEST_APPLESS_MAIN(TestSampleStatistics)
#include "tst_samplestatistics.moc"
