// AxisTicks: round ticks for the window's charts, each case worked out by hand.
#include "core/base/axisticks.h"

#include <QTest>

using namespace carbonlabel;

class TestAxisTicks : public QObject
{
    Q_OBJECT

private slots:
    void laptopRefreshChart()
    {
        // 0 to 333.17 kg in at most 5 intervals: 333.17 / 5 = 66.6, so 10, 20 and 50 need 34, 17
        // and 7 intervals; 100 needs ceil(3.33) = 4: ticks 0, 100, 200, 300, 400.
        const AxisTicks t = AxisTicks::nice(0.0, 333.17, 5);
        QCOMPARE(t.step, 100.0);
        QCOMPARE(t.min, 0.0);
        QCOMPARE(t.max, 400.0);
        QCOMPARE(t.decimals, 0);
        QCOMPARE(t.values(), (QList<double>{0, 100, 200, 300, 400}));
    }

    void years()
    {
        // Years 1 to 12 in at most 6 intervals of whole years: 11 / 6 = 1.83; a step of 1
        // needs 11, a step of 2 runs from 0 to 12 in 6.
        const AxisTicks t = AxisTicks::nice(1.0, 12.0, 6, 1.0);
        QCOMPARE(t.step, 2.0);
        QCOMPARE(t.min, 0.0);
        QCOMPARE(t.max, 12.0);
        // Three years: 2 / 6 = 0.33, but no step below one year: 1, 2, 3.
        const AxisTicks three = AxisTicks::nice(1.0, 3.0, 6, 1.0);
        QCOMPARE(three.step, 1.0);
        QCOMPARE(three.values(), (QList<double>{1, 2, 3}));
    }

    void fractions()
    {
        // A histogram from 0.71 to 2.93 kg: 2.22 / 5 = 0.444; 0.1 and 0.2 need 23 and 12
        // intervals, 0.5 runs from 0.5 to 3 in 5. One decimal prints each tick exactly.
        const AxisTicks t = AxisTicks::nice(0.71, 2.93, 5);
        QCOMPARE(t.step, 0.5);
        QCOMPARE(t.min, 0.5);
        QCOMPARE(t.max, 3.0);
        QCOMPARE(t.decimals, 1);
        QCOMPARE(t.values(), (QList<double>{0.5, 1.0, 1.5, 2.0, 2.5, 3.0}));
        // 0.012 to 0.047: 0.035 / 5 = 0.007; 0.005 needs 10 - 2 = 8, 0.01 runs from 0.01 to
        // 0.05 in 4. The ticks are the doubles nearest 0.03 and so on, not 3 × 0.01.
        const AxisTicks small = AxisTicks::nice(0.012, 0.047, 5);
        QCOMPARE(small.step, 0.01);
        QCOMPARE(small.decimals, 2);
        QCOMPARE(small.values().at(2), 0.03);
    }

    void boundsOnTicks()
    {
        // Data ending on a tick is not pushed a step further: 0 to 400 in 4 intervals of 100.
        QCOMPARE(AxisTicks::nice(0.0, 400.0, 5).max, 400.0);
        // An empty range becomes one unit: 0 to 1 in 5 steps of 0.2.
        const AxisTicks empty = AxisTicks::nice(0.0, 0.0, 5);
        QCOMPARE(empty.max, 1.0);
        QCOMPARE(empty.step, 0.2);
        // Counts of samples, 0 to 1,360 in whole numbers: 272 a step, so 500: 0 to 1,500.
        const AxisTicks counts = AxisTicks::nice(0.0, 1360.0, 5, 1.0);
        QCOMPARE(counts.step, 500.0);
        QCOMPARE(counts.max, 1500.0);
    }
};

QTEST_APPLESS_MAIN(TestAxisTicks)
#include "tst_axisticks.moc"
