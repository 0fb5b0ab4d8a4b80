#pragma once

#include <span>

namespace lca {

// Order statistics of a sorted sample, shared by the Monte Carlo summary and the peer
// benchmark so that both mean the same thing by "P10".
class SampleStatistics
{
public:
    // Type-7 quantile (Hyndman & Fan 1996; R's default, NumPy's "linear"): with the n values
    // sorted x[0] <= ... <= x[n-1] and h = (n - 1)·p, it is
    // x[floor h] + (h - floor h)·(x[floor h + 1] - x[floor h]). 0 for no values.
    static double quantileOfSorted(std::span<const double> sorted, double p);

    // Percentile rank of x among the sorted values, 0..100: the share of values below x, plus
    // half the share equal to x (the mid-rank definition, so that the median of an odd sample
    // is at 50). 0 for no values.
    static double percentileRank(std::span<const double> sorted, double x);
};

} // namespace lca
