#include "lca/refreshcycleanalysis.h"

#include <algorithm>
#include <cmath>

namespace lca {

namespace {

// (1 + rate)^t for t = 0..count-1 by repeated multiplication.
std::vector<double> growth(double rate, int count)
{
    std::vector<double> g(static_cast<std::size_t>(std::max(count, 0)));
    double v = 1.0;
    for (double &x : g) {
        x = v;
        v *= 1.0 + rate;
    }
    return g;
}

bool finiteNonNegative(double v)
{
    return std::isfinite(v) && v >= 0.0;
}

bool validRate(double r)
{
    return std::isfinite(r) && r > -1.0;
}

// "Reach" allows for rounding in sums that should meet the target exactly.
bool reaches(double value, double target)
{
    return value >= target - 1e-12 * std::abs(target);
}

} // namespace

std::optional<std::string> RefreshCycleAnalysis::validate(const RefreshCycleInputs &in)
{
    if (in.horizonYears < 1 || in.horizonYears > kMaxYears)
        return "the horizon must be 1 to " + std::to_string(kMaxYears) + " years";
    if (in.minCycleYears < 1 || in.minCycleYears > in.maxCycleYears || in.maxCycleYears > kMaxYears)
        return "the cycles must satisfy 1 <= min <= max <= " + std::to_string(kMaxYears);
    if (!validRate(in.embodiedRate) || !validRate(in.energyRate) || !validRate(in.gridRate))
        return "every rate must be a finite number greater than -1";
    if (!finiteNonNegative(in.embodiedKg) || !finiteNonNegative(in.annualEnergyKwh)
        || !finiteNonNegative(in.gridKgPerKwh))
        return "the embodied emissions, annual energy and grid factor must be finite and >= 0";
    if (in.replaceNow) {
        const ReplaceNowInputs &r = *in.replaceNow;
        if (!finiteNonNegative(r.oldAnnualEnergyKwh) || !finiteNonNegative(r.newEmbodiedKg)
            || !finiteNonNegative(r.newAnnualEnergyKwh))
            return "the replace-now energies and embodied emissions must be finite and >= 0";
    }
    return std::nullopt;
}

RefreshStrategy RefreshCycleAnalysis::strategy(const RefreshCycleInputs &in, int k)
{
    const int h = in.horizonYears;
    const std::vector<double> re = growth(in.embodiedRate, h);
    const std::vector<double> ra = growth(in.energyRate, h);
    const std::vector<double> rg = growth(in.gridRate, h);

    RefreshStrategy s;
    s.cycleYears = k;
    for (int t = 0; t < h; t += k)
        s.purchaseYears.push_back(t);
    const int last = s.purchaseYears.back();
    s.cumulativeKg.reserve(static_cast<std::size_t>(h));
    double cumulative = 0.0;
    for (int y = 0; y < h; ++y) {
        const int bought = y - y % k; // the device in use in year y
        double embodied = 0.0;
        if (y == bought) {
            // The last device has only H - t of its k years inside the horizon.
            const double share = y == last ? static_cast<double>(std::min(k, h - y)) / k : 1.0;
            embodied = in.embodiedKg * re[static_cast<std::size_t>(y)] * share;
            s.embodiedKg += embodied;
            cumulative += embodied;
        }
        s.embodiedByYearKg.push_back(embodied);
        const double use = in.annualEnergyKwh * ra[static_cast<std::size_t>(bought)]
                * in.gridKgPerKwh * rg[static_cast<std::size_t>(y)];
        s.useByYearKg.push_back(use);
        s.useKg += use;
        cumulative += use;
        s.cumulativeKg.push_back(cumulative);
    }
    s.annualisedKg = cumulative / h;
    return s;
}

KeepYearsEntry RefreshCycleAnalysis::keepYears(const RefreshCycleInputs &in, int n)
{
    KeepYearsEntry e;
    e.years = n;
    e.embodiedKg = in.embodiedKg;
    const std::vector<double> rg = growth(in.gridRate, n);
    for (double g : rg)
        e.useKg += in.annualEnergyKwh * in.gridKgPerKwh * g;
    e.annualisedKg = n > 0 ? (e.embodiedKg + e.useKg) / n : 0.0;
    return e;
}

ReplaceNowResult RefreshCycleAnalysis::replaceNow(const ReplaceNowInputs &in, double gridKgPerKwh,
                                                  double gridRate)
{
    ReplaceNowResult r;
    if (in.newEmbodiedKg <= 0.0)
        r.paybackYears = 0; // nothing to pay back
    const std::vector<double> rg = growth(gridRate, kPaybackLimitYears);
    double saved = 0.0;
    for (int y = 0; y < kPaybackLimitYears; ++y) {
        saved += (in.oldAnnualEnergyKwh - in.newAnnualEnergyKwh) * gridKgPerKwh
                * rg[static_cast<std::size_t>(y)];
        r.cumulativeSavingsKg.push_back(saved);
        if (!r.paybackYears && reaches(saved, in.newEmbodiedKg))
            r.paybackYears = y + 1;
    }
    return r;
}

std::optional<RefreshCycleResult> RefreshCycleAnalysis::run(const RefreshCycleInputs &in)
{
    if (validate(in))
        return std::nullopt;
    RefreshCycleResult result;
    double best = 0.0;
    for (int k = in.minCycleYears; k <= in.maxCycleYears; ++k) {
        result.strategies.push_back(strategy(in, k));
        const double annualised = result.strategies.back().annualisedKg;
        if (result.bestCycleYears == 0 || annualised <= best) {
            best = annualised;
            result.bestCycleYears = k;
        }
        result.keepYears.push_back(keepYears(in, k));
    }
    if (in.replaceNow)
        result.replaceNow = replaceNow(*in.replaceNow, in.gridKgPerKwh, in.gridRate);
    return result;
}

} // namespace lca
