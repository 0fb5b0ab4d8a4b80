// lca::Random: the generator against its published reference outputs, and each transform
// against closed-form values that do not come from this code.

#include "lca/random.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

class TestRandom : public QObject
{
    Q_OBJECT

private slots:
    void splitMix64Reference();
    void xoshiroReference();
    void seedingIsSplitMix64();
    void streamsAreIndependentOfEachOther();
    void sameSeedSameBits();
    void uniformRange();
    void normalQuantileKnownValues();
    void normalQuantileRoundTrip();
    void normalQuantileIsSymmetric();
    void normalMoments();
    void triangularQuantile();
    void triangularMean();
    void uniformInterval();
    void lognormalPercentiles();
};

namespace {

double standardNormalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

// Type 7 quantile of sorted data (independent of lca's own percentile code).
double quantile(const std::vector<double> &sorted, double p)
{
    const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

template<typename Draw> std::vector<double> draws(int n, Draw draw)
{
    std::vector<double> v;
    v.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        v.push_back(draw());
    return v;
}

double mean(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s / static_cast<double>(v.size());
}

double variance(const std::vector<double> &v)
{
    const double m = mean(v);
    double s = 0.0;
    for (double x : v)
        s += (x - m) * (x - m);
    return s / static_cast<double>(v.size() - 1);
}

} // namespace

void TestRandom::splitMix64Reference()
{
    // Vigna's splitmix64.c, as listed on Rosetta Code ("Pseudo-random numbers/Splitmix64"):
    // seed 1234567 gives these first five outputs.
    const std::uint64_t expected1234567[]
            = {6457827717110365317ULL, 3203168211198807973ULL, 9817491932198370423ULL,
               4593380528125082431ULL, 16408922859458223821ULL};
    for (std::uint64_t n = 0; n < 5; ++n)
        QCOMPARE(lca::Random::splitMix64(1234567, n), expected1234567[n]);
    // Seed 0: the widely quoted first outputs.
    const std::uint64_t expected0[] = {0xe220a8397b1dcdafULL, 0x6e789e6aa1b965f4ULL,
                                       0x06c45d188009454fULL, 0xf88bb8a8724c81ecULL};
    for (std::uint64_t n = 0; n < 4; ++n)
        QCOMPARE(lca::Random::splitMix64(0, n), expected0[n]);
}

void TestRandom::xoshiroReference()
{
    // xoshiro256** from the state {1, 2, 3, 4}: the reference implementation's outputs, as
    // in rand_xoshiro's `reference` test. The first two by hand: rotl(2·5, 7)·9 = 1280·9
    // = 11520; after one step s[1] = 2 ^ (3 ^ 1) = 0, so the second output is 0.
    const std::uint64_t expected[] = {11520ULL,
                                      0ULL,
                                      1509978240ULL,
                                      1215971899390074240ULL,
                                      1216172134540287360ULL,
                                      607988272756665600ULL,
                                      16172922978634559625ULL,
                                      8476171486693032832ULL,
                                      10595114339597558777ULL,
                                      2904607092377533576ULL};
    lca::Random r = lca::Random::fromState({1, 2, 3, 4});
    for (std::uint64_t e : expected)
        QCOMPARE(r.next(), e);
}

void TestRandom::seedingIsSplitMix64()
{
    // Random(seed) is xoshiro256** started from SplitMix64's first four outputs.
    lca::Random a(1234567);
    lca::Random b = lca::Random::fromState({6457827717110365317ULL, 3203168211198807973ULL,
                                            9817491932198370423ULL, 4593380528125082431ULL});
    for (int i = 0; i < 100; ++i)
        QCOMPARE(a.next(), b.next());
    // Stream 1 starts at SplitMix64 outputs 4..7.
    lca::Random c = lca::Random::forStream(1234567, 1);
    lca::Random d = lca::Random::fromState(
            {lca::Random::splitMix64(1234567, 4), lca::Random::splitMix64(1234567, 5),
             lca::Random::splitMix64(1234567, 6), lca::Random::splitMix64(1234567, 7)});
    for (int i = 0; i < 100; ++i)
        QCOMPARE(c.next(), d.next());
}

void TestRandom::streamsAreIndependentOfEachOther()
{
    // Neighbouring streams share no outputs in their first thousand draws.
    std::vector<std::uint64_t> a, b;
    lca::Random ra = lca::Random::forStream(42, 7);
    lca::Random rb = lca::Random::forStream(42, 8);
    for (int i = 0; i < 1000; ++i) {
        a.push_back(ra.next());
        b.push_back(rb.next());
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<std::uint64_t> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    QVERIFY(common.empty());
}

void TestRandom::sameSeedSameBits()
{
    lca::Random a(42), b(42);
    for (int i = 0; i < 1000; ++i) {
        const double x = a.lognormal(3.0, 1.7);
        const double y = b.lognormal(3.0, 1.7);
        QCOMPARE(std::memcmp(&x, &y, sizeof x), 0);
    }
    lca::Random c(43);
    QVERIFY(lca::Random(42).next() != c.next());
}

void TestRandom::uniformRange()
{
    // From the state whose first outputs are 11520 and 0: 11520 >> 11 = 5, so the first
    // uniform is 5 · 2^-53; the second output, 0, would give exactly 0 and is skipped.
    lca::Random r = lca::Random::fromState({1, 2, 3, 4});
    QCOMPARE(r.uniform(), 5.0 * std::ldexp(1.0, -53));
    // The third output 1509978240 >> 11 = 737294 (the 0 was skipped).
    QCOMPARE(r.uniform(), 737294.0 * std::ldexp(1.0, -53));

    lca::Random s(7);
    double lo = 1.0, hi = 0.0;
    for (int i = 0; i < 100000; ++i) {
        const double u = s.uniform();
        QVERIFY(u > 0.0 && u < 1.0);
        lo = std::min(lo, u);
        hi = std::max(hi, u);
    }
    QVERIFY(lo < 1e-4);
    QVERIFY(hi > 1.0 - 1e-4);
}

void TestRandom::normalQuantileKnownValues()
{
    // Published values of the standard normal quantile (e.g. Abramowitz & Stegun tables,
    // NIST): z(0.975) = 1.959963984540054, z(0.95) = 1.6448536269514722, z(0.999) =
    // 3.090232306167813, z(1e-10) = -6.361340902404056, z(0.5) = 0.
    struct Case
    {
        double p, z;
    };
    const Case cases[]
            = {{0.975, 1.959963984540054}, {0.95, 1.6448536269514722},  {0.05, -1.6448536269514722},
               {0.999, 3.090232306167813}, {1e-10, -6.361340902404056}, {0.8413447460685429, 1.0}};
    for (const Case &c : cases) {
        const double z = lca::Random::normalQuantile(c.p);
        QVERIFY2(std::abs(z - c.z) <= 1e-14 * std::abs(c.z) + 1e-15,
                 qPrintable(QStringLiteral("p %1: %2 vs %3")
                                    .arg(c.p)
                                    .arg(z, 0, 'g', 17)
                                    .arg(c.z, 0, 'g', 17)));
    }
    QCOMPARE(lca::Random::normalQuantile(0.5), 0.0);
}

void TestRandom::normalQuantileRoundTrip()
{
    // Phi(z(p)) = p, with Phi from the C library's erfc: an independent check over every
    // branch of AS 241 (central, intermediate tail, far tail beyond exp(-25)).
    for (double p : {1e-300, 1e-30, 1e-15, 1e-12, 1e-6, 0.01, 0.074, 0.076, 0.2, 0.4999, 0.5001,
                     0.7, 0.924, 0.926, 0.99, 0.999999}) {
        const double z = lca::Random::normalQuantile(p);
        const double back = standardNormalCdf(z);
        QVERIFY2(std::abs(back - p) <= 1e-13 * p,
                 qPrintable(QStringLiteral("p %1 -> z %2 -> %3").arg(p).arg(z).arg(back)));
    }
}

void TestRandom::normalQuantileIsSymmetric()
{
    // Exactly symmetric for the uniforms the generator produces (k · 2^-53).
    for (std::uint64_t k : {1ULL, 12345ULL, 1ULL << 40, (1ULL << 52) - 3, 3ULL << 50}) {
        const double u = static_cast<double>(k) * std::ldexp(1.0, -53);
        QCOMPARE(lca::Random::normalQuantile(1.0 - u), -lca::Random::normalQuantile(u));
    }
}

void TestRandom::normalMoments()
{
    lca::Random r(2024);
    const auto v = draws(200000, [&] { return r.normal(); });
    // Standard errors: mean 1/sqrt(n) = 0.0022; variance sqrt(2/n) = 0.0032. Allow 4 of them.
    QVERIFY(std::abs(mean(v)) < 4 * 0.0022);
    QVERIFY(std::abs(variance(v) - 1.0) < 4 * 0.0032);
}

void TestRandom::triangularQuantile()
{
    // min 1, mode 3, max 7: F(mode) = 2/6 = 1/3. Below: x = 1 + sqrt(u · 6 · 2); above:
    // x = 7 - sqrt((1 - u) · 6 · 4).
    QCOMPARE(lca::Random::triangularQuantile(1.0 / 12.0, 1, 3, 7), 2.0); // 1 + sqrt(1)
    QCOMPARE(lca::Random::triangularQuantile(5.0 / 6.0, 1, 3, 7), 5.0); // 7 - sqrt(4)
    QCOMPARE(lca::Random::triangularQuantile(0.5, 2, 2, 2), 2.0);
    // mode at an end: min 0, mode 0, max 1: x = 1 - sqrt(1 - u)
    QCOMPARE(lca::Random::triangularQuantile(0.75, 0, 0, 1), 0.5);
}

void TestRandom::triangularMean()
{
    // Mean (a + b + c) / 3 = (1 + 3 + 7) / 3; variance (a² + b² + c² - ab - ac - bc) / 18
    // = (1 + 9 + 49 - 3 - 7 - 21) / 18 = 28 / 18, so the mean's standard error at n = 200,000
    // is sqrt(1.556 / n) = 0.0028. Median: F(mode) = 1/3 < 0.5, so 7 - sqrt(0.5 · 24) = 3.5359.
    lca::Random r(5);
    auto v = draws(200000, [&] { return r.triangular(1, 3, 7); });
    QVERIFY(std::abs(mean(v) - 11.0 / 3.0) < 4 * 0.0028);
    QVERIFY(std::abs(variance(v) - 28.0 / 18.0) < 0.02);
    std::sort(v.begin(), v.end());
    QVERIFY(std::abs(quantile(v, 0.5) - (7.0 - std::sqrt(12.0))) < 0.01);
    QVERIFY(v.front() >= 1.0 && v.back() <= 7.0);
}

void TestRandom::uniformInterval()
{
    // U(2, 5): mean 3.5, variance 9/12 = 0.75; P5 = 2.15, P95 = 4.85.
    lca::Random r(11);
    auto v = draws(200000, [&] { return r.uniform(2, 5); });
    QVERIFY(std::abs(mean(v) - 3.5) < 4 * std::sqrt(0.75 / 200000));
    std::sort(v.begin(), v.end());
    QVERIFY(std::abs(quantile(v, 0.05) - 2.15) < 0.01);
    QVERIFY(std::abs(quantile(v, 0.95) - 4.85) < 0.01);
}

void TestRandom::lognormalPercentiles()
{
    // Median 10, gsd 2 (sigma = ln 2): P5 = 10 · 2^-1.6449 = 3.197, P95 = 10 · 2^1.6449 =
    // 31.28, mean = 10 · exp(ln(2)² / 2) = 12.715.
    const double sigma = std::log(2.0);
    const double z95 = 1.6448536269514722;
    lca::Random r(99);
    auto v = draws(200000, [&] { return r.lognormal(10.0, 2.0); });
    // The mean's standard error: 10 · sqrt(exp(sigma²)(exp(sigma²) - 1)) / sqrt(n) = 0.021.
    QVERIFY(std::abs(mean(v) - 10.0 * std::exp(sigma * sigma / 2)) < 4 * 0.021);
    std::sort(v.begin(), v.end());
    // Quantile standard errors in z: sqrt(p(1 - p) / n) / phi(z) = 0.0047 at P5/P95,
    // 0.0028 at the median; times sigma in log space. Allow 4 of them.
    const double tailTol = 4 * 0.0047 * sigma;
    const double medianTol = 4 * 0.0028 * sigma;
    QVERIFY(std::abs(std::log(quantile(v, 0.5) / 10.0)) < medianTol);
    QVERIFY(std::abs(std::log(quantile(v, 0.05) / (10.0 * std::pow(2.0, -z95)))) < tailTol);
    QVERIFY(std::abs(std::log(quantile(v, 0.95) / (10.0 * std::pow(2.0, z95)))) < tailTol);
}

QTEST_APPLESS_MAIN(TestRandom)
#include "tst_random.moc"
