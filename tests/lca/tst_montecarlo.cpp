// lca::MonteCarlo on inventories built in code: percentiles against closed forms, the
// stream assignment, reproducibility, thread-count independence and the sensitivity ranking.

#include "lca/footprintcalculator.h"
#include "lca/montecarlo.h"
#include "lca/random.h"

#include <QtTest>

#include <cmath>
#include <cstring>

class TestMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void percentilesOfHandData();
    void ranksWithTies();
    void spearmanOfMonotoneData();
    void lognormalAgainstClosedForm();
    void triangularMean();
    void sumOfTwoUniforms();
    void samplesUseTheirOwnStream();
    void fixedInventoryIsDeterministic();
    void sameSeedSameBits();
    void threadCountDoesNotMatter();
    void dominantInputDominates();
    void symmetricInputsShareEqually();
    void factorUncertaintyIsOneParameter();
    void atLeastOneSample();
};

namespace {

using lca::Distribution;
using lca::UncertainValue;

UncertainValue lognormal(double median, double gsd)
{
    return UncertainValue{median, Distribution::Lognormal, 0.0, 0.0, gsd};
}
UncertainValue triangular(double min, double mode, double max)
{
    return UncertainValue{mode, Distribution::Triangular, min, max, 1.0};
}
UncertainValue uniform(double min, double max)
{
    return UncertainValue{0.5 * (min + max), Distribution::Uniform, min, max, 1.0};
}

// An inventory whose total is the sum of the given quantities, each a materials line with a
// factor of exactly 1 kg CO2e per kg.
lca::Inventory sumOf(const std::vector<UncertainValue> &quantities)
{
    lca::Inventory inv;
    const int unit = inv.addFactor("unit", UncertainValue::fixed(1.0), false);
    for (std::size_t i = 0; i < quantities.size(); ++i) {
        const std::string path = "materials[" + std::to_string(i) + "]";
        lca::ProductLine line;
        line.path = path;
        line.factor = unit;
        line.terms = {lca::Term{inv.addParameter(path + ".quantity", quantities[i])}};
        inv.lines.push_back(line);
    }
    return inv;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool samePercentiles(const lca::Percentiles &a, const lca::Percentiles &b)
{
    return sameBits(a.mean, b.mean) && sameBits(a.median, b.median) && sameBits(a.p5, b.p5)
            && sameBits(a.p95, b.p95);
}

bool sameResult(const lca::MonteCarloResult &a, const lca::MonteCarloResult &b)
{
    if (a.samples != b.samples || a.seed != b.seed || a.totals.size() != b.totals.size()
        || a.sensitivity.size() != b.sensitivity.size())
        return false;
    if (std::memcmp(a.totals.data(), b.totals.data(), a.totals.size() * sizeof(double)) != 0)
        return false;
    if (!samePercentiles(a.total, b.total))
        return false;
    for (std::size_t s = 0; s < a.stages.size(); ++s) {
        if (!samePercentiles(a.stages[s], b.stages[s]))
            return false;
    }
    for (std::size_t i = 0; i < a.sensitivity.size(); ++i) {
        if (a.sensitivity[i].path != b.sensitivity[i].path
            || !sameBits(a.sensitivity[i].share, b.sensitivity[i].share)
            || !sameBits(a.sensitivity[i].spearman, b.sensitivity[i].spearman))
            return false;
    }
    return true;
}

constexpr double kZ95 = 1.6448536269514722; // standard normal quantile at 0.95

} // namespace

void TestMonteCarlo::percentilesOfHandData()
{
    // Type 7: h = (n - 1)p. For 1..5: P5 at h = 0.2 -> 1.2; P95 at h = 3.8 -> 4.8; median 3.
    const std::vector<double> v{5, 1, 4, 2, 3};
    const lca::Percentiles p = lca::MonteCarlo::percentiles(v);
    QCOMPARE(p.mean, 3.0);
    QCOMPARE(p.median, 3.0);
    QCOMPARE(p.p5, 1.2);
    QCOMPARE(p.p95, 4.8);
    // Even count: 10, 20, 30, 40: median at h = 1.5 -> 25; P95 at h = 2.85 -> 38.5.
    const lca::Percentiles q = lca::MonteCarlo::percentiles(std::vector<double>{40, 10, 30, 20});
    QCOMPARE(q.median, 25.0);
    QCOMPARE(q.p95, 38.5);
    QCOMPARE(q.p5, 11.5); // h = 0.15
    // Negative values sort below positive ones.
    const lca::Percentiles r = lca::MonteCarlo::percentiles(std::vector<double>{-1, 2, -3});
    QCOMPARE(r.median, -1.0);
}

void TestMonteCarlo::ranksWithTies()
{
    const std::vector<double> v{30, 10, 20, 20, -5, 20};
    // Sorted: -5 (1), 10 (2), 20 20 20 (3, 4, 5 -> 4), 30 (6)
    const std::vector<double> expected{6, 2, 4, 4, 1, 4};
    QCOMPARE(lca::MonteCarlo::ranks(v), expected);
    // Values closer than float precision, and beyond the float range, still rank exactly.
    const std::vector<double> close{1.0, 1.0 + 1e-12, 1.0 - 1e-12, 1.0, 1e301, 1e300, -1e300};
    const std::vector<double> closeRanks{3.5, 5, 2, 3.5, 7, 6, 1};
    QCOMPARE(lca::MonteCarlo::ranks(close), closeRanks);
}

void TestMonteCarlo::spearmanOfMonotoneData()
{
    const std::vector<double> x{1, 2, 3, 4, 5};
    QCOMPARE(lca::MonteCarlo::spearman(x, std::vector<double>{1, 8, 27, 64, 125}), 1.0);
    QCOMPARE(lca::MonteCarlo::spearman(x, std::vector<double>{5, 4, 3, 2, 1}), -1.0);
    QCOMPARE(lca::MonteCarlo::spearman(x, std::vector<double>{7, 7, 7, 7, 7}), 0.0);
    // Hand-worked: ranks y = 2 1 4 3 5 against 1..5: sum d² = 1 + 1 + 1 + 1 + 0 = 4,
    // rho = 1 - 6·4 / (5·24) = 0.8.
    QVERIFY(std::abs(lca::MonteCarlo::spearman(x, std::vector<double>{20, 10, 40, 30, 50}) - 0.8)
            < 1e-15);
}

void TestMonteCarlo::lognormalAgainstClosedForm()
{
    // One lognormal line, median 50 kg, gsd 1.5 (sigma = ln 1.5 = 0.405): P5 = 50 · 1.5^-1.6449
    // = 25.73, P95 = 50 · 1.5^1.6449 = 97.16, mean = 50 · exp(sigma² / 2) = 54.26.
    const lca::Inventory inv = sumOf({lognormal(50.0, 1.5)});
    lca::MonteCarloOptions options;
    options.samples = 200000;
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
    const double sigma = std::log(1.5);
    QCOMPARE(r.samples, 200000);
    QCOMPARE(r.totals.size(), std::size_t{200000});
    // Standard errors in z: sqrt(p(1 - p) / n) / phi(z) = 0.0047 at P5/P95, 0.0028 at the
    // median; the mean's: 50 · sqrt(exp(sigma²)(exp(sigma²) - 1)) / sqrt(n) = 0.050. 4 of each.
    QVERIFY(std::abs(std::log(r.total.p5 / (50.0 * std::pow(1.5, -kZ95)))) < 4 * 0.0047 * sigma);
    QVERIFY(std::abs(std::log(r.total.p95 / (50.0 * std::pow(1.5, kZ95)))) < 4 * 0.0047 * sigma);
    QVERIFY(std::abs(std::log(r.total.median / 50.0)) < 4 * 0.0028 * sigma);
    QVERIFY(std::abs(r.total.mean - 50.0 * std::exp(sigma * sigma / 2)) < 4 * 0.050);
    // Everything is materials & manufacturing; the other stages stay 0.
    const auto &mm = r.stages[static_cast<int>(lca::Stage::MaterialsManufacturing)];
    QVERIFY(samePercentiles(mm, r.total));
    const auto &use = r.stages[static_cast<int>(lca::Stage::UseDevice)];
    QCOMPARE(use.p95, 0.0);
    QCOMPARE(use.mean, 0.0);
}

void TestMonteCarlo::triangularMean()
{
    // Triangular(2, 3, 10): mean (2 + 3 + 10) / 3 = 5; variance (4 + 9 + 100 - 6 - 20 - 30)
    // / 18 = 57 / 18, so the mean's standard error at n = 200,000 is 0.0040.
    // P95: F(mode) = 1/8, so 10 - sqrt(0.05 · 8 · 7) = 8.3267.
    const lca::Inventory inv = sumOf({triangular(2.0, 3.0, 10.0)});
    lca::MonteCarloOptions options;
    options.samples = 200000;
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
    QVERIFY(std::abs(r.total.mean - 5.0) < 4 * 0.0040);
    // P95's standard error: sqrt(0.05 · 0.95 / n) / f(8.33), f = 2(10 - x) / (8 · 7) = 0.0598.
    QVERIFY(std::abs(r.total.p95 - (10.0 - std::sqrt(2.8))) < 4 * 0.00049 / 0.0598);
}

void TestMonteCarlo::sumOfTwoUniforms()
{
    // U(0, 1) + U(0, 1) is triangular on (0, 2) with mode 1: mean 1, median 1,
    // P5 = sqrt(2 · 0.05) = 0.3162, P95 = 2 - sqrt(0.1) = 1.6838. The density at P5 is 0.316,
    // so P5's standard error is sqrt(0.05 · 0.95 / n) / 0.316 = 0.0015 at n = 200,000.
    const lca::Inventory inv = sumOf({uniform(0.0, 1.0), uniform(0.0, 1.0)});
    lca::MonteCarloOptions options;
    options.samples = 200000;
    options.seed = 7;
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
    QVERIFY(std::abs(r.total.mean - 1.0) < 4 * std::sqrt(2.0 / 12.0 / 200000));
    QVERIFY(std::abs(r.total.median - 1.0) < 4 * 0.0011); // 0.5 / sqrt(n) / f(1) = 0.0011
    QVERIFY(std::abs(r.total.p5 - std::sqrt(0.1)) < 4 * 0.0015);
    QVERIFY(std::abs(r.total.p95 - (2.0 - std::sqrt(0.1))) < 4 * 0.0015);
}

void TestMonteCarlo::samplesUseTheirOwnStream()
{
    // Sample i draws its uncertain parameters in parameter order from Random::forStream(seed,
    // i); the fixed factor parameter (index 0) draws nothing.
    const lca::Inventory inv
            = sumOf({lognormal(4.0, 2.0), UncertainValue::fixed(1.5), triangular(1.0, 2.0, 4.0)});
    lca::MonteCarloOptions options;
    options.samples = 5;
    options.seed = 1234;
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
    for (std::uint64_t i = 0; i < 5; ++i) {
        lca::Random rng = lca::Random::forStream(1234, i);
        const double a = 4.0 * std::exp(std::log(2.0) * rng.normal());
        const double c = rng.triangular(1.0, 2.0, 4.0);
        QCOMPARE(r.totals[i], a + 1.5 + c);
    }
}

void TestMonteCarlo::fixedInventoryIsDeterministic()
{
    const lca::Inventory inv = sumOf({UncertainValue::fixed(2.0), UncertainValue::fixed(3.5)});
    lca::MonteCarloOptions options;
    options.samples = 100;
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
    QCOMPARE(r.total.mean, 5.5);
    QCOMPARE(r.total.p5, 5.5);
    QCOMPARE(r.total.p95, 5.5);
    QVERIFY(r.sensitivity.empty());
}

void TestMonteCarlo::sameSeedSameBits()
{
    const lca::Inventory inv
            = sumOf({lognormal(10.0, 1.3), triangular(0.0, 1.0, 5.0), uniform(2.0, 3.0)});
    lca::MonteCarloOptions options;
    options.samples = 3000;
    options.seed = 99;
    const lca::MonteCarloResult a = lca::MonteCarlo::run(inv, options);
    const lca::MonteCarloResult b = lca::MonteCarlo::run(inv, options);
    QVERIFY(sameResult(a, b));
    options.seed = 100;
    const lca::MonteCarloResult c = lca::MonteCarlo::run(inv, options);
    QVERIFY(!sameBits(a.total.mean, c.total.mean));
    QCOMPARE(c.seed, std::uint64_t{100});
}

void TestMonteCarlo::threadCountDoesNotMatter()
{
    const lca::Inventory inv = sumOf({lognormal(10.0, 1.3), triangular(0.0, 1.0, 5.0),
                                      uniform(2.0, 3.0), lognormal(1.0, 3.0)});
    lca::MonteCarloOptions options;
    options.samples = 10007; // not a multiple of any thread count
    options.threads = 1;
    const lca::MonteCarloResult one = lca::MonteCarlo::run(inv, options);
    for (int threads : {2, 3, 8, 0}) {
        options.threads = threads;
        QVERIFY2(sameResult(one, lca::MonteCarlo::run(inv, options)),
                 qPrintable(QStringLiteral("%1 threads").arg(threads)));
    }
}

void TestMonteCarlo::dominantInputDominates()
{
    // materials[0]: median 100, gsd 2 (spread of ±100 kg); materials[1]: 1 ± 10 % and
    // materials[2]: uniform 5..5.5. The total's ranks follow materials[0] almost exactly.
    const lca::Inventory inv
            = sumOf({uniform(5.0, 5.5), lognormal(100.0, 2.0), lognormal(1.0, 1.1)});
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, lca::MonteCarloOptions{});
    QCOMPARE(r.sensitivity.size(), std::size_t{3});
    QCOMPARE(r.sensitivity[0].path, std::string("materials[1].quantity"));
    QVERIFY(r.sensitivity[0].share > 0.9);
    QVERIFY(r.sensitivity[0].spearman > 0.95);
    double sum = 0.0;
    for (std::size_t i = 0; i < r.sensitivity.size(); ++i) {
        sum += r.sensitivity[i].share;
        if (i > 0)
            QVERIFY(r.sensitivity[i - 1].share >= r.sensitivity[i].share);
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
}

void TestMonteCarlo::symmetricInputsShareEqually()
{
    // X + Y with X, Y independent and identically distributed: by symmetry each explains the
    // same part, 50 %. Spearman's rho of X with X + Y for uniforms is about 0.70 (Pearson's is
    // 1 / sqrt 2 = 0.707). A line that divides instead (exponent -1) correlates negatively.
    const lca::Inventory inv = sumOf({uniform(0.0, 1.0), uniform(0.0, 1.0)});
    lca::MonteCarloOptions options;
    options.samples = 100000;
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
    QCOMPARE(r.sensitivity.size(), std::size_t{2});
    QVERIFY(std::abs(r.sensitivity[0].share - 0.5) < 0.01);
    QVERIFY(std::abs(r.sensitivity[1].share - 0.5) < 0.01);
    QVERIFY(r.sensitivity[0].spearman > 0.6 && r.sensitivity[0].spearman < 0.75);

    lca::Inventory inverse = sumOf({lognormal(1.0, 2.0)});
    inverse.lines[0].terms[0].exponent = -1;
    const lca::MonteCarloResult q = lca::MonteCarlo::run(inverse, options);
    QCOMPARE(q.sensitivity.size(), std::size_t{1});
    QCOMPARE(q.sensitivity[0].spearman, -1.0);
    QCOMPARE(q.sensitivity[0].share, 1.0);
}

void TestMonteCarlo::factorUncertaintyIsOneParameter()
{
    // A factor used on two lines is one parameter: "factors.<id>", lognormal by its gsd.
    lca::Inventory inv;
    const int steel = inv.addFactor("mat_steel", lognormal(2.0, 1.5), false);
    for (int i = 0; i < 2; ++i) {
        lca::ProductLine line;
        line.path = "materials[" + std::to_string(i) + "]";
        line.factor = steel;
        line.terms = {lca::Term{
                inv.addParameter(line.path + ".quantity", UncertainValue::fixed(i + 1.0))}};
        inv.lines.push_back(line);
    }
    lca::MonteCarloOptions options;
    options.samples = 20000;
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
    QCOMPARE(r.sensitivity.size(), std::size_t{1});
    QCOMPARE(r.sensitivity[0].path, std::string("factors.mat_steel"));
    QCOMPARE(r.sensitivity[0].share, 1.0);
    // Total = 3 kg x factor: median 6.
    const double sigma = std::log(1.5);
    QVERIFY(std::abs(std::log(r.total.median / 6.0)) < 4 * 0.0028 * std::sqrt(10.0) * sigma);
}

void TestMonteCarlo::atLeastOneSample()
{
    const lca::Inventory inv = sumOf({lognormal(3.0, 2.0)});
    lca::MonteCarloOptions options;
    options.samples = 0;
    const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
    QCOMPARE(r.samples, 1);
    QCOMPARE(r.totals.size(), std::size_t{1});
    QCOMPARE(r.total.p5, r.totals[0]);
    QCOMPARE(r.sensitivity.size(), std::size_t{1});
    QCOMPARE(r.sensitivity[0].share, 0.0); // one sample: nothing varies
}

QTEST_APPLESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
