// lca::RefreshCycleAnalysis (docs/uncertainty.md) against cases worked by hand in the comments.

#include "lca/refreshcycleanalysis.h"

#include <QtTest>

#include <cmath>
#include <limits>

class TestRefreshCycleAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void sixYearsFlat();
    void cycleLongerThanHorizon();
    void withRates();
    void keepYearsTable();
    void keepYearsWithGridRate();
    void paybackFound();
    void paybackExactlyReached();
    void paybackNever();
    void paybackWithFallingGrid();
    void paybackFreeDevice();
    void bestCycleTieGoesLonger();
    void invalidInputs();
};

namespace {

// e0 = 100 kg, a0 = 50 kWh, g0 = 0.4 kg/kWh: 20 kg of use a year.
lca::RefreshCycleInputs flat(int horizon, int minCycle, int maxCycle)
{
    lca::RefreshCycleInputs in;
    in.horizonYears = horizon;
    in.minCycleYears = minCycle;
    in.maxCycleYears = maxCycle;
    in.embodiedKg = 100.0;
    in.annualEnergyKwh = 50.0;
    in.gridKgPerKwh = 0.4;
    return in;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

bool nearAll(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!near(a[i], b[i]))
            return false;
    }
    return true;
}

QString show(const std::vector<double> &v)
{
    QStringList s;
    for (double x : v)
        s << QString::number(x, 'g', 12);
    return s.join(QStringLiteral(", "));
}

} // namespace

void TestRefreshCycleAnalysis::sixYearsFlat()
{
    // H = 6, no rates, 20 kg of use every year.
    // k = 2 buys at 0, 2, 4; the device bought at 4 has both of its years inside H, so all of
    //   its 100 kg count: 120, 140, 260, 280, 400, 420; annualised 420 / 6 = 70.
    // k = 3 buys at 0, 3 (3 of 3 years inside): 120, 140, 160, 280, 300, 320; 320 / 6 = 53.33.
    // k = 4 buys at 0, 4; the second device has 2 of its 4 years inside H, so half its
    //   embodied counts (50 kg in year 4): 120, 140, 160, 180, 250, 270; 270 / 6 = 45.
    // Best: k = 4.
    const auto r = lca::RefreshCycleAnalysis::run(flat(6, 2, 4));
    QVERIFY(r);
    QCOMPARE(r->strategies.size(), std::size_t{3});
    const std::vector<std::vector<double>> cumulative{{120, 140, 260, 280, 400, 420},
                                                      {120, 140, 160, 280, 300, 320},
                                                      {120, 140, 160, 180, 250, 270}};
    const double annualised[] = {70.0, 320.0 / 6.0, 45.0};
    const std::vector<std::vector<int>> purchases{{0, 2, 4}, {0, 3}, {0, 4}};
    for (std::size_t i = 0; i < 3; ++i) {
        const lca::RefreshStrategy &s = r->strategies[i];
        QCOMPARE(s.cycleYears, static_cast<int>(i) + 2);
        QVERIFY2(nearAll(s.cumulativeKg, cumulative[i]), qPrintable(show(s.cumulativeKg)));
        QVERIFY(near(s.annualisedKg, annualised[i]));
        QCOMPARE(s.purchaseYears, purchases[i]);
        QVERIFY(near(s.useKg, 120.0));
    }
    QVERIFY(near(r->strategies[2].embodiedKg, 150.0));
    QVERIFY(nearAll(r->strategies[2].embodiedByYearKg, {100, 0, 0, 0, 50, 0}));
    QVERIFY(nearAll(r->strategies[2].useByYearKg, {20, 20, 20, 20, 20, 20}));
    QCOMPARE(r->bestCycleYears, 4);
    QVERIFY(!r->replaceNow);
}

void TestRefreshCycleAnalysis::cycleLongerThanHorizon()
{
    // H = 3, k = 5: one device, 3 of its 5 years inside H: 60 kg embodied in year 0.
    // Cumulative 80, 100, 120; annualised 40. k = 1 buys every year: 120 each, 360 / 3 = 120.
    const auto r = lca::RefreshCycleAnalysis::run(flat(3, 1, 5));
    QVERIFY(r);
    QVERIFY(nearAll(r->strategies[4].cumulativeKg, {80, 100, 120}));
    QVERIFY(near(r->strategies[4].annualisedKg, 40.0));
    QVERIFY(nearAll(r->strategies[0].cumulativeKg, {120, 240, 360}));
    QCOMPARE(r->bestCycleYears, 5);
}

void TestRefreshCycleAnalysis::withRates()
{
    // H = 4, e0 = 100, a0 = 100 kWh, g0 = 0.5; re = +10 %, ra = -20 %, rg = +50 %.
    // e(t) = 100 · 1.1^t: 100, 110, 121, 133.1. a(t) = 100 · 0.8^t: 100, 80, 64, 51.2.
    // g(y) = 0.5 · 1.5^y: 0.5, 0.75, 1.125, 1.6875.
    // k = 2 (buys 0, 2): use 100·0.5 = 50, 100·0.75 = 75, 64·1.125 = 72, 64·1.6875 = 108;
    //   embodied 100 in year 0 and 121 in year 2 (both whole):
    //   cumulative 150, 225, 418, 526; annualised 131.5.
    // k = 3 (buys 0, 3; the second has 1 of 3 years inside H: 133.1 / 3 = 44.3667):
    //   use 50, 75, 100·1.125 = 112.5, 51.2·1.6875 = 86.4;
    //   cumulative 150, 225, 337.5, 468.2667; annualised 117.0667. Best: 3.
    lca::RefreshCycleInputs in;
    in.horizonYears = 4;
    in.minCycleYears = 2;
    in.maxCycleYears = 3;
    in.embodiedKg = 100.0;
    in.annualEnergyKwh = 100.0;
    in.gridKgPerKwh = 0.5;
    in.embodiedRate = 0.1;
    in.energyRate = -0.2;
    in.gridRate = 0.5;
    const auto r = lca::RefreshCycleAnalysis::run(in);
    QVERIFY(r);
    QVERIFY2(nearAll(r->strategies[0].cumulativeKg, {150, 225, 418, 526}),
             qPrintable(show(r->strategies[0].cumulativeKg)));
    QVERIFY(near(r->strategies[0].annualisedKg, 131.5));
    QVERIFY(nearAll(r->strategies[0].useByYearKg, {50, 75, 72, 108}));
    QVERIFY(nearAll(r->strategies[0].embodiedByYearKg, {100, 0, 121, 0}));
    const double last = 337.5 + 133.1 / 3.0 + 86.4;
    QVERIFY2(nearAll(r->strategies[1].cumulativeKg, {150, 225, 337.5, last}),
             qPrintable(show(r->strategies[1].cumulativeKg)));
    QVERIFY(near(r->strategies[1].annualisedKg, last / 4.0));
    QCOMPARE(r->bestCycleYears, 3);
}

void TestRefreshCycleAnalysis::keepYearsTable()
{
    // One device kept n years, 100 kg embodied + 20 kg a year:
    // n = 3: 160 / 3 = 53.33; n = 4: 180 / 4 = 45; n = 6: 220 / 6 = 36.67.
    const auto r = lca::RefreshCycleAnalysis::run(flat(12, 3, 6));
    QVERIFY(r);
    QCOMPARE(r->keepYears.size(), std::size_t{4});
    QCOMPARE(r->keepYears[0].years, 3);
    QVERIFY(near(r->keepYears[0].annualisedKg, 160.0 / 3.0));
    QVERIFY(near(r->keepYears[1].annualisedKg, 45.0));
    QVERIFY(near(r->keepYears[2].annualisedKg, 200.0 / 5.0));
    QVERIFY(near(r->keepYears[3].annualisedKg, 220.0 / 6.0));
    QVERIFY(near(r->keepYears[3].useKg, 120.0));
    QVERIFY(near(r->keepYears[3].embodiedKg, 100.0));
}

void TestRefreshCycleAnalysis::keepYearsWithGridRate()
{
    // rg = -50 %: use 20, 10, 5 kg in years 0, 1, 2. Kept 3 years: (100 + 35) / 3 = 45.
    lca::RefreshCycleInputs in = flat(12, 3, 3);
    in.gridRate = -0.5;
    QVERIFY(near(lca::RefreshCycleAnalysis::keepYears(in, 3).annualisedKg, 45.0));
}

void TestRefreshCycleAnalysis::paybackFound()
{
    // Old 200 kWh/yr, new 100 kWh/yr, grid 0.5: 50 kg saved a year. The new device's 175 kg
    // are reached in year 4 (150 after 3 years, 200 after 4).
    lca::RefreshCycleInputs in = flat(6, 2, 4);
    in.gridKgPerKwh = 0.5;
    in.replaceNow = lca::ReplaceNowInputs{200.0, 175.0, 100.0};
    const auto r = lca::RefreshCycleAnalysis::run(in);
    QVERIFY(r && r->replaceNow);
    QCOMPARE(r->replaceNow->paybackYears, std::optional<int>(4));
    QCOMPARE(r->replaceNow->cumulativeSavingsKg.size(), std::size_t{20});
    QVERIFY(near(r->replaceNow->cumulativeSavingsKg[3], 200.0));
}

void TestRefreshCycleAnalysis::paybackExactlyReached()
{
    // 50 kg a year against 150 kg: reached exactly after 3 years.
    const auto r = lca::RefreshCycleAnalysis::replaceNow({200.0, 150.0, 100.0}, 0.5, 0.0);
    QCOMPARE(r.paybackYears, std::optional<int>(3));
    // 0.1 kg/kWh x 30 kWh = 3 kg a year against 9 kg: 3, 6, 9 (sums that round in binary).
    QCOMPARE(lca::RefreshCycleAnalysis::replaceNow({40.0, 9.0, 10.0}, 0.1, 0.0).paybackYears,
             std::optional<int>(3));
}

void TestRefreshCycleAnalysis::paybackNever()
{
    // 10 kWh x 0.5 = 5 kg a year; 20 years save 100 kg < 175 kg: never within 20 years.
    const auto r = lca::RefreshCycleAnalysis::replaceNow({110.0, 175.0, 100.0}, 0.5, 0.0);
    QVERIFY(!r.paybackYears);
    QVERIFY(near(r.cumulativeSavingsKg.back(), 100.0));
    // 100 kg is reached in the last year counted, year 20.
    QCOMPARE(lca::RefreshCycleAnalysis::replaceNow({110.0, 100.0, 100.0}, 0.5, 0.0).paybackYears,
             std::optional<int>(20));
    // The new device uses more energy: savings are negative, never.
    QVERIFY(!lca::RefreshCycleAnalysis::replaceNow({90.0, 1.0, 100.0}, 0.5, 0.0).paybackYears);
}

void TestRefreshCycleAnalysis::paybackWithFallingGrid()
{
    // 100 kWh saved a year; the grid halves every year from 0.5: savings 50, 25, 12.5, ...,
    // so after n years 100 (1 - 0.5^n). 99.99 kg is reached when 0.5^n <= 1e-4: n = 14
    // (0.5^13 = 1.2e-4, 0.5^14 = 6.1e-5). 100 kg is approached but never reached.
    QCOMPARE(lca::RefreshCycleAnalysis::replaceNow({200.0, 99.99, 100.0}, 0.5, -0.5).paybackYears,
             std::optional<int>(14));
    QVERIFY(!lca::RefreshCycleAnalysis::replaceNow({200.0, 100.0, 100.0}, 0.5, -0.5).paybackYears);
}

void TestRefreshCycleAnalysis::paybackFreeDevice()
{
    QCOMPARE(lca::RefreshCycleAnalysis::replaceNow({100.0, 0.0, 100.0}, 0.5, 0.0).paybackYears,
             std::optional<int>(0));
}

void TestRefreshCycleAnalysis::bestCycleTieGoesLonger()
{
    // No embodied emissions: every cycle costs 20 kg a year; the longer cycle wins the tie.
    lca::RefreshCycleInputs in = flat(6, 2, 5);
    in.embodiedKg = 0.0;
    const auto r = lca::RefreshCycleAnalysis::run(in);
    QVERIFY(r);
    QCOMPARE(r->bestCycleYears, 5);
}

void TestRefreshCycleAnalysis::invalidInputs()
{
    lca::RefreshCycleInputs in = flat(6, 2, 4);
    in.horizonYears = 0;
    QVERIFY(lca::RefreshCycleAnalysis::validate(in));
    QVERIFY(!lca::RefreshCycleAnalysis::run(in));
    in = flat(6, 4, 3);
    QVERIFY(!lca::RefreshCycleAnalysis::run(in));
    in = flat(6, 0, 3);
    QVERIFY(!lca::RefreshCycleAnalysis::run(in));
    in = flat(6, 2, 4);
    in.gridRate = -1.0;
    QVERIFY(!lca::RefreshCycleAnalysis::run(in));
    in.gridRate = std::nan("");
    QVERIFY(!lca::RefreshCycleAnalysis::run(in));
    in = flat(6, 2, 4);
    in.embodiedKg = -1.0;
    QVERIFY(!lca::RefreshCycleAnalysis::run(in));
    in = flat(6, 2, 4);
    in.replaceNow = lca::ReplaceNowInputs{std::numeric_limits<double>::infinity(), 1.0, 1.0};
    QVERIFY(!lca::RefreshCycleAnalysis::run(in));
    QVERIFY(!lca::RefreshCycleAnalysis::validate(flat(1, 1, 1)));
}

QTEST_APPLESS_MAIN(TestRefreshCycleAnalysis)
#include "tst_refreshcycleanalysis.moc"
