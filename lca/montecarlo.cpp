#include "lca/montecarlo.h"

#include "lca/footprintcalculator.h"
#include "lca/random.h"
#include "lca/samplestatistics.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>
#include <system_error>
#include <thread>
#include <utility>

namespace lca {

namespace {

// Sampled values kept for the sensitivity analysis: at most this many in all (128 MB).
constexpr std::size_t kSensitivityBudget = std::size_t{1} << 24;
constexpr std::size_t kSensitivityMinSamples = 10000;

// One uncertain parameter, with what its draw needs worked out once.
struct Sampler
{
    std::size_t index = 0;
    Distribution distribution = Distribution::Fixed;
    double value = 0.0;
    double min = 0.0;
    double max = 0.0;
    double sigma = 0.0; // ln gsd

    double draw(Random &rng) const
    {
        switch (distribution) {
        case Distribution::Lognormal:
            return rng.lognormalSigma(value, sigma);
        case Distribution::Triangular:
            return rng.triangular(min, value, max);
        case Distribution::Uniform:
            return rng.uniform(min, max);
        case Distribution::Fixed:
            break;
        }
        return value;
    }
};

// Runs work(begin, end) over contiguous ranges of [0, count), one per thread, the first on the
// calling thread. Which thread runs a range never changes what the range computes. If a thread
// cannot be started its range runs here instead: slower, same result.
template<typename Work> void parallelFor(int threads, std::size_t count, Work work)
{
    const auto t = static_cast<std::size_t>(std::max(1, threads));
    std::vector<std::thread> pool;
    pool.reserve(t);
    std::vector<std::pair<std::size_t, std::size_t>> leftOver;
    for (std::size_t k = 1; k < t; ++k) {
        const std::size_t begin = count * k / t;
        const std::size_t end = count * (k + 1) / t;
        if (begin == end)
            continue;
        try {
            pool.emplace_back(work, begin, end);
        } catch (const std::system_error &) {
            leftOver.emplace_back(begin, end);
        }
    }
    work(std::size_t{0}, count / t);
    for (const auto &[begin, end] : leftOver)
        work(begin, end);
    for (std::thread &thread : pool)
        thread.join();
}

int threadCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Floats mapped to unsigned keys that sort in the same order (negative values flipped).
std::uint32_t sortKey(float v)
{
    const auto bits = std::bit_cast<std::uint32_t>(v);
    return (bits >> 31) != 0 ? ~bits : bits | (std::uint32_t{1} << 31);
}

// Indices of `values` in ascending order, ties in index order. A stable LSD radix sort on the
// values rounded to float (3 passes of 11 bits; rounding to float never reverses an order),
// then the rare runs that round to the same float are sorted exactly. Several times faster
// than a comparison sort for the many columns the sensitivity ranks.
class Sorter
{
public:
    const std::vector<std::uint32_t> &order(std::span<const double> values)
    {
        // Least-significant-digit radix sort on (float key << 32 | index): 8-bit digits keep
        // the 256 write positions of a pass in L1, which matters more than the pass count
        // for the 10,000 values of a run. Stable, so equal keys stay in index order.
        constexpr int kBits = 8;
        constexpr int kPasses = 4; // 4 x 8 = the 32 bits of the key
        constexpr std::size_t kBuckets = std::size_t{1} << kBits;
        const std::size_t n = values.size();
        m_items.resize(n);
        m_items2.resize(n);
        m_order.resize(n);
        std::array<std::array<std::uint32_t, kBuckets>, kPasses> counts{};
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t key = sortKey(static_cast<float>(values[i]));
            m_items[i] = (std::uint64_t{key} << 32) | i;
            for (int p = 0; p < kPasses; ++p)
                ++counts[p][(key >> (p * kBits)) & (kBuckets - 1)];
        }
        for (int p = 0; p < kPasses; ++p) {
            std::array<std::uint32_t, kBuckets> &count = counts[p];
            if (std::any_of(count.begin(), count.end(), [n](std::uint32_t c) { return c == n; }))
                continue; // every key has the same digit here
            std::uint32_t offset = 0;
            for (std::uint32_t &c : count)
                offset += std::exchange(c, offset);
            const int shift = 32 + p * kBits;
            for (std::size_t i = 0; i < n; ++i) {
                const std::uint64_t item = m_items[i];
                m_items2[count[(item >> shift) & (kBuckets - 1)]++] = item;
            }
            m_items.swap(m_items2);
        }
        for (std::size_t k = 0; k < n; ++k)
            m_order[k] = static_cast<std::uint32_t>(m_items[k]);
        // Values that differ only beyond float precision: order them exactly.
        for (std::size_t start = 0; start < n;) {
            std::size_t end = start + 1;
            while (end < n && (m_items[end] >> 32) == (m_items[start] >> 32))
                ++end;
            const auto first = m_order.begin() + static_cast<std::ptrdiff_t>(start);
            const auto last = m_order.begin() + static_cast<std::ptrdiff_t>(end);
            const double v = values[*first];
            // A run of equal values (a stage that is always 0) is already in index order.
            if (end - start > 1
                && std::any_of(first, last, [&](std::uint32_t i) { return values[i] != v; })) {
                std::sort(first, last, [&values](std::uint32_t a, std::uint32_t b) {
                    return values[a] < values[b] || (values[a] == values[b] && a < b);
                });
            }
            start = end;
        }
        return m_order;
    }

    // Average ranks (1-based) of `values` into `ranks`.
    void ranks(std::span<const double> values, std::vector<double> &ranks)
    {
        const std::vector<std::uint32_t> &o = order(values);
        const std::size_t n = values.size();
        ranks.resize(n);
        for (std::size_t start = 0; start < n;) {
            std::size_t end = start;
            while (end + 1 < n && values[o[end + 1]] == values[o[start]])
                ++end;
            const double rank = 0.5 * static_cast<double>(start + end) + 1.0;
            for (std::size_t k = start; k <= end; ++k)
                ranks[o[k]] = rank;
            start = end + 1;
        }
    }

private:
    std::vector<std::uint64_t> m_items, m_items2;
    std::vector<std::uint32_t> m_order;
};

Percentiles summarise(std::span<const double> values, Sorter &sorter)
{
    Percentiles p;
    if (values.empty())
        return p;
    // Neumaier's compensated sum, in sample order.
    double sum = 0.0;
    double compensation = 0.0;
    for (double v : values) {
        const double t = sum + v;
        compensation += std::abs(sum) >= std::abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
    p.mean = (sum + compensation) / static_cast<double>(values.size());
    const std::vector<std::uint32_t> &order = sorter.order(values);
    std::vector<double> sorted(values.size());
    for (std::size_t k = 0; k < sorted.size(); ++k)
        sorted[k] = values[order[k]];
    p.median = SampleStatistics::quantileOfSorted(sorted, 0.5);
    p.p5 = SampleStatistics::quantileOfSorted(sorted, 0.05);
    p.p95 = SampleStatistics::quantileOfSorted(sorted, 0.95);
    return p;
}

// Pearson correlation of two rank vectors of the same length; both have mean (n + 1) / 2.
double rankCorrelation(const std::vector<double> &rx, const std::vector<double> &ry)
{
    const double centre = 0.5 * (static_cast<double>(rx.size()) + 1.0);
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        const double dx = rx[i] - centre;
        const double dy = ry[i] - centre;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (!(sxx > 0.0) || !(syy > 0.0))
        return 0.0;
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

Percentiles MonteCarlo::percentiles(std::span<const double> values)
{
    Sorter sorter;
    return summarise(values, sorter);
}

std::vector<double> MonteCarlo::ranks(std::span<const double> values)
{
    Sorter sorter;
    std::vector<double> r;
    sorter.ranks(values, r);
    return r;
}

double MonteCarlo::spearman(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size() || x.empty())
        return 0.0;
    Sorter sorter;
    std::vector<double> rx, ry;
    sorter.ranks(x, rx);
    sorter.ranks(y, ry);
    return rankCorrelation(rx, ry);
}

MonteCarloResult MonteCarlo::run(const Inventory &inventory, const MonteCarloOptions &options)
{
    MonteCarloResult result;
    result.samples = std::max(1, options.samples);
    result.seed = options.seed;
    result.factorUncertainty = options.factorUncertainty;
    const auto n = static_cast<std::size_t>(result.samples);
    const int threads = std::min(threadCount(options.threads), result.samples);

    std::vector<bool> isFactor(inventory.parameters.size(), false);
    for (const FactorInput &f : inventory.factors) {
        if (f.value != kNoParam)
            isFactor[static_cast<std::size_t>(f.value)] = true;
    }
    for (const ProductLine &line : inventory.lines) {
        if (line.ownFactorValue != kNoParam)
            isFactor[static_cast<std::size_t>(line.ownFactorValue)] = true;
    }
    std::vector<Sampler> samplers;
    for (std::size_t i = 0; i < inventory.parameters.size(); ++i) {
        const UncertainValue &u = inventory.parameters[i].value;
        if (!u.isUncertain() || (isFactor[i] && !options.factorUncertainty))
            continue;
        samplers.push_back(
                Sampler{i, u.distribution, u.value, u.min, u.max,
                        u.distribution == Distribution::Lognormal ? std::log(u.gsd) : 0.0});
    }
    const std::size_t kept = samplers.empty()
            ? 0
            : std::min(n, std::max(kSensitivityMinSamples, kSensitivityBudget / samplers.size()));

    result.totals.resize(n);
    std::array<std::vector<double>, kStageCount> stages;
    for (std::vector<double> &s : stages)
        s.resize(n);
    // Column per uncertain parameter, so each column is ranked in one piece.
    std::vector<double> drawn(samplers.size() * kept);

    const std::vector<double> central = inventory.centralValues();
    parallelFor(threads, n, [&](std::size_t begin, std::size_t end) {
        std::vector<double> values = central;
        for (std::size_t i = begin; i < end; ++i) {
            Random rng = Random::forStream(options.seed, i);
            for (std::size_t j = 0; j < samplers.size(); ++j) {
                const double v = samplers[j].draw(rng);
                values[samplers[j].index] = v;
                if (i < kept)
                    drawn[j * kept + i] = v;
            }
            const StageTotals t = FootprintCalculator::totals(inventory, values);
            result.totals[i] = t.total;
            for (int s = 0; s < kStageCount; ++s)
                stages[static_cast<std::size_t>(s)][i] = t.stages[static_cast<std::size_t>(s)];
        }
    });

    // Six summaries and one rank column per parameter, spread over the same threads; each
    // is computed whole by one thread, so the split does not change a bit of it.
    std::vector<double> totalRanks;
    if (kept > 0) {
        Sorter sorter;
        sorter.ranks(std::span<const double>(result.totals.data(), kept), totalRanks);
    }
    std::vector<double> rho(samplers.size(), 0.0);
    const std::size_t summaries = 1 + kStageCount;
    parallelFor(threads, summaries + samplers.size(), [&](std::size_t begin, std::size_t end) {
        Sorter sorter;
        std::vector<double> ranks;
        for (std::size_t k = begin; k < end; ++k) {
            if (k == 0) {
                result.total = summarise(result.totals, sorter);
            } else if (k < summaries) {
                result.stages[k - 1] = summarise(stages[k - 1], sorter);
            } else {
                const std::size_t j = k - summaries;
                sorter.ranks(std::span<const double>(drawn.data() + j * kept, kept), ranks);
                rho[j] = rankCorrelation(ranks, totalRanks);
            }
        }
    });

    double sumSquares = 0.0;
    for (double r : rho)
        sumSquares += r * r;
    result.sensitivity.reserve(samplers.size());
    for (std::size_t j = 0; j < samplers.size(); ++j) {
        result.sensitivity.push_back(
                SensitivityEntry{inventory.parameters[samplers[j].index].path,
                                 sumSquares > 0.0 ? rho[j] * rho[j] / sumSquares : 0.0, rho[j]});
    }
    std::stable_sort(
            result.sensitivity.begin(), result.sensitivity.end(),
            [](const SensitivityEntry &a, const SensitivityEntry &b) { return a.share > b.share; });
    return result;
}

} // namespace lca
