#pragma once

#include <array>
#include <cstdint>

namespace lca {

// A fully specified random source, so that a Monte Carlo run gives the same bits for the same
// seed on every machine and standard library (std distributions are implementation-defined).
//
// Generator: xoshiro256** 1.0 (Blackman & Vigna, 2018). Its 256-bit state is filled with four
// consecutive outputs of SplitMix64 (Steele, Lea & Flood, 2014), as the xoshiro authors
// recommend. `forStream(seed, stream)` uses SplitMix64 outputs 4·stream .. 4·stream + 3 of the
// sequence started at `seed`; SplitMix64's n-th output is computable directly, so every stream
// (one per Monte Carlo sample) is found in O(1) without stepping through the others.
//
// Transforms, all monotone in the uniform they consume (one uniform per draw):
// - uniform(): k · 2^-53 for the top 53 bits k of one output, k = 0 rejected, so the result
//   lies in (0, 1) and the set of values is symmetric under u -> 1 - u (1 - u is exact).
// - normal(): the inverse normal CDF by Wichura's algorithm AS 241 (PPND16, Applied Statistics
//   37(3), 1988), relative accuracy about 1e-16. It uses only +, -, *, /, sqrt and log (the
//   tails only) — no sin/cos as Box–Muller would, and no rejection as the polar method would.
// - lognormal(median, gsd) = median · exp(ln(gsd) · Z).
// - triangular(min, mode, max) and uniform(min, max) by their inverse CDFs.
// +, -, *, / and sqrt are correctly rounded by IEEE 754; log and exp come from the C library,
// whose last bit could in principle differ between libraries (glibc's are correctly rounded in
// practice). Compile without -ffast-math and without FMA contraction of these expressions
// for the bits to match across machines.
class Random
{
public:
    // xoshiro256** seeded by SplitMix64 outputs 0..3 of `seed`.
    explicit Random(std::uint64_t seed);
    // xoshiro256** seeded by SplitMix64 outputs 4·stream .. 4·stream + 3 of `seed`.
    static Random forStream(std::uint64_t seed, std::uint64_t stream);
    // The raw state, for checking against the published reference outputs.
    static Random fromState(const std::array<std::uint64_t, 4> &state);

    // The n-th output (n = 0, 1, ...) of SplitMix64 started at `seed`.
    static std::uint64_t splitMix64(std::uint64_t seed, std::uint64_t n);

    std::uint64_t next(); // xoshiro256**
    double uniform(); // (0, 1)
    double normal(); // standard normal
    double uniform(double min, double max);
    double triangular(double min, double mode, double max);
    // median · exp(sigma · Z), sigma = ln gsd (callers that draw often pass sigma directly)
    double lognormalSigma(double median, double sigma);
    double lognormal(double median, double gsd);

    // The transforms, for a given uniform u in (0, 1): the standard normal quantile (AS 241)
    // and the triangular quantile.
    static double normalQuantile(double u);
    static double triangularQuantile(double u, double min, double mode, double max);

private:
    Random() = default;
    static constexpr std::uint64_t rotl(std::uint64_t x, int k)
    {
        return (x << k) | (x >> (64 - k));
    }

    std::array<std::uint64_t, 4> m_s{};
};

// Inline: the Monte Carlo inner loop draws millions of these.
inline std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

inline double Random::uniform()
{
    for (;;) {
        const std::uint64_t k = next() >> 11;
        if (k != 0) // probability 2^-53: 0 would make the normal and lognormal infinite
            return static_cast<double>(k) * 0x1.0p-53;
    }
}

} // namespace lca
