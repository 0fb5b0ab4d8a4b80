#include "lca/samplestatistics.h"

#include <algorithm>
#include <cmath>

namespace lca {

double SampleStatistics::quantileOfSorted(std::span<const double> sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const double lo = std::floor(h);
    const auto i = static_cast<std::size_t>(lo);
    if (i + 1 >= sorted.size())
        return sorted.back();
    return sorted[i] + (h - lo) * (sorted[i + 1] - sorted[i]);
}

double SampleStatistics::percentileRank(std::span<const double> sorted, double x)
{
    if (sorted.empty())
        return 0.0;
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), x);
    const auto notAbove = std::upper_bound(below, sorted.end(), x);
    const double less = static_cast<double>(below - sorted.begin());
    const double equal = static_cast<double>(notAbove - below);
    return 100.0 * (less + 0.5 * equal) / static_cast<double>(sorted.size());
}

} // namespace lca
