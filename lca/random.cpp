#include "lca/random.h"

#include <cmath>

namespace lca {

namespace {

constexpr std::uint64_t kGoldenGamma = 0x9e3779b97f4a7c15ULL;

// SplitMix64's output function (Stafford's "Mix13" variant as in Vigna's splitmix64.c).
constexpr std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Wichura's AS 241 (PPND16) coefficients as published (Applied Statistics 37(3), 477-484),
// lowest order first. Each rational function is a degree-7 polynomial over another whose
// constant term is 1.
constexpr std::array<double, 8> kA{
        3.3871328727963666080, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
        45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727};
constexpr std::array<double, 8> kB{1.0,
                                   42.313330701600911252,
                                   687.18700749205790830,
                                   5394.1960214247511077,
                                   21213.794301586595867,
                                   39307.895800092710610,
                                   28729.085735721942674,
                                   5226.4952788528545610};
constexpr std::array<double, 8> kC{1.42343711074968357734,   4.63033784615654529590,
                                   5.76949722146069140550,   3.64784832476320460504,
                                   1.27045825245236838258,   0.241780725177450611770,
                                   0.0227238449892691845833, 7.74545014278341407640e-4};
constexpr std::array<double, 8> kD{1.0,
                                   2.05319162663775882187,
                                   1.67638483018380384940,
                                   0.689767334985100004550,
                                   0.148103976427480074590,
                                   0.0151986665636164571966,
                                   5.47593808499534494600e-4,
                                   1.05075007164441684324e-9};
constexpr std::array<double, 8> kE{6.65790464350110377720,    5.46378491116411436990,
                                   1.78482653991729133580,    0.296560571828504891230,
                                   0.0265321895265761230930,  1.24266094738807843860e-3,
                                   2.71155556874348757815e-5, 2.01033439929228813265e-7};
constexpr std::array<double, 8> kF{1.0,
                                   0.599832206555887937690,
                                   0.136929880922735805310,
                                   0.0148753612908506148525,
                                   7.86869131145613259100e-4,
                                   1.84631831751005468180e-5,
                                   1.42151175831644588870e-7,
                                   2.04426310338993978564e-15};

// Horner's rule from the highest coefficient, in the same order of operations as AS 241.
double horner(const std::array<double, 8> &c, double r)
{
    double v = c[7];
    for (int i = 6; i >= 0; --i)
        v = v * r + c[static_cast<std::size_t>(i)];
    return v;
}

} // namespace

std::uint64_t Random::splitMix64(std::uint64_t seed, std::uint64_t n)
{
    // The state after n + 1 steps is seed + (n + 1) · gamma (mod 2^64).
    return mix(seed + (n + 1) * kGoldenGamma);
}

Random::Random(std::uint64_t seed)
    : Random(forStream(seed, 0))
{ }

Random Random::forStream(std::uint64_t seed, std::uint64_t stream)
{
    Random r;
    for (std::uint64_t i = 0; i < 4; ++i)
        r.m_s[i] = splitMix64(seed, 4 * stream + i);
    // SplitMix64's output function is a bijection, so four consecutive outputs are never all
    // zero (the one state xoshiro must avoid).
    return r;
}

Random Random::fromState(const std::array<std::uint64_t, 4> &state)
{
    Random r;
    r.m_s = state;
    return r;
}

double Random::normal()
{
    return normalQuantile(uniform());
}

double Random::uniform(double min, double max)
{
    return min + uniform() * (max - min);
}

double Random::triangular(double min, double mode, double max)
{
    return triangularQuantile(uniform(), min, mode, max);
}

double Random::lognormalSigma(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

double Random::lognormal(double median, double gsd)
{
    return lognormalSigma(median, std::log(gsd));
}

double Random::normalQuantile(double u)
{
    const double q = u - 0.5;
    if (std::abs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        return q * horner(kA, r) / horner(kB, r);
    }
    // min(u, 1 - u) is exact: u = k · 2^-53 (Sterbenz for u >= 0.5).
    double r = std::sqrt(-std::log(q < 0.0 ? u : 1.0 - u));
    double value;
    if (r <= 5.0) {
        r -= 1.6;
        value = horner(kC, r) / horner(kD, r);
    } else {
        r -= 5.0;
        value = horner(kE, r) / horner(kF, r);
    }
    return q < 0.0 ? -value : value;
}

double Random::triangularQuantile(double u, double min, double mode, double max)
{
    const double width = max - min;
    if (!(width > 0.0))
        return mode; // degenerate: min == mode == max
    const double modeShare = (mode - min) / width; // F(mode)
    if (u < modeShare)
        return min + std::sqrt(u * width * (mode - min));
    return max - std::sqrt((1.0 - u) * width * (max - mode));
}

} // namespace lca
