#pragma once

#include "lca/inventory.h"
#include "lca/stage.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace lca {

// Summary of a sample. Quantiles are type 7 (Hyndman & Fan 1996; R's default, NumPy's
// "linear"): with the n values sorted x[0] <= ... <= x[n-1] and h = (n - 1)·p, the quantile is
// x[floor h] + (h - floor h)·(x[floor h + 1] - x[floor h]). The mean is summed in sample
// order with Neumaier's compensation, so it does not depend on how the work was split.
struct Percentiles
{
    double mean = 0.0;
    double median = 0.0;
    double p5 = 0.0;
    double p95 = 0.0;
};

struct MonteCarloOptions
{
    int samples = 10000; // below 1 is taken as 1
    std::uint64_t seed = 42;
    int threads = 0; /* 0 = hardware */
    // false: factors keep their value and only the profile's own distributions vary
    // (montecarlo --no-factor-uncertainty).
    bool factorUncertainty = true;
};

struct SensitivityEntry
{
    std::string path; // the parameter's JSON path, e.g. "materials[0].quantity" or "factors.<id>"
    double share = 0.0; /* 0..1, normalised */
    double spearman = 0.0; // signed rank correlation with the total
};

struct MonteCarloResult
{
    int samples = 0;
    std::uint64_t seed = 0;
    bool factorUncertainty = true;
    Percentiles total;
    std::array<Percentiles, kStageCount> stages{};
    std::vector<SensitivityEntry> sensitivity; // largest share first
    std::vector<double> totals; // every sample's total, in sample order
};

// Monte Carlo over every uncertain parameter of an inventory (docs/uncertainty.md).
//
// Sample i draws, in parameter order, one value for each uncertain parameter from its own
// stream Random::forStream(seed, i), then evaluates FootprintCalculator::totals(). Fixed
// parameters keep their value. Because a sample's numbers depend only on (seed, i), the result
// is bit-identical for any number of threads; threads take contiguous ranges of samples.
//
// Sensitivity: for each uncertain parameter, Spearman's rank correlation rho between its
// sampled values and the total (Pearson correlation of the ranks, tied values given their
// average rank); share = rho² / sum of rho² over all uncertain parameters, so the shares sum
// to 1 (all 0 when the total does not vary). Sorted by share, largest first, ties in
// parameter order. It uses the first min(samples, max(10,000, 2^24 / uncertain parameters))
// samples, which bounds the memory it needs to 128 MB of sampled values.
class MonteCarlo
{
public:
    static MonteCarloResult run(const Inventory &inventory, const MonteCarloOptions &options);

    // Mean, median, P5 and P95 of `values` as defined above (all 0 for no values).
    static Percentiles percentiles(std::span<const double> values);
    // Ranks 1..n of `values`, ties given their average rank.
    static std::vector<double> ranks(std::span<const double> values);
    // Spearman's rho of two equally long samples; 0 when either does not vary.
    static double spearman(std::span<const double> x, std::span<const double> y);
};

} // namespace lca
