#include "core/base/axisticks.h"

#include <algorithm>
#include <cmath>

namespace carbonlabel {

namespace {

// k · m · 10^e, written so that 3 · 1 · 10^-1 is the double nearest 0.3 (3 / 10), not
// 0.30000000000000004 (3 · 0.1).
double scaled(double k, int m, int e)
{
    return e >= 0 ? k * m * std::pow(10.0, e) : k * m / std::pow(10.0, -e);
}

} // namespace

QList<double> AxisTicks::values() const
{
    QList<double> ticks;
    const int count = static_cast<int>(std::lround((max - min) / step));
    ticks.reserve(count + 1);
    // Rounded to the decimals a tick needs: 0.01 + 2 × 0.01 is not quite 0.03.
    const double scale = std::pow(10.0, decimals);
    for (int i = 0; i <= count; ++i)
        ticks.append(std::round((min + i * step) * scale) / scale);
    return ticks;
}

AxisTicks AxisTicks::nice(double lo, double hi, int maxIntervals, double minStep)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (hi <= lo)
        hi = lo + 1.0;
    maxIntervals = std::max(1, maxIntervals);
    const double raw = std::max((hi - lo) / maxIntervals, minStep);
    int e = static_cast<int>(std::floor(std::log10(raw)));
    // Each candidate step from the largest power of ten below the raw step up; the first that
    // covers the range in maxIntervals wins. Rounding the bounds out to multiples of the step
    // can add an interval, so the next candidate may be needed.
    for (;; ++e) {
        for (const int m : {1, 2, 5}) {
            const double step = scaled(1.0, m, e);
            if (step < minStep * (1.0 - 1e-12))
                continue;
            // A hair of tolerance so that 400 / 100 is 4, not 4.000000001 rounded up to 5.
            const double first = std::floor(lo / step + 1e-9);
            const double last = std::ceil(hi / step - 1e-9);
            if (last - first <= maxIntervals) {
                AxisTicks t;
                t.min = scaled(first, m, e);
                t.max = scaled(last, m, e);
                t.step = step;
                t.decimals = std::max(0, -e);
                return t;
            }
        }
    }
}

} // namespace carbonlabel
