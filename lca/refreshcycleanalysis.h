#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lca {

// The replace-now question: keep an existing device or buy a new one today?
struct ReplaceNowInputs
{
    double oldAnnualEnergyKwh = 0.0; // a_old
    double newEmbodiedKg = 0.0; // e_new
    double newAnnualEnergyKwh = 0.0; // a_new
};

// Refresh cycles (docs/uncertainty.md). Years are counted from 0 (this year) to horizon - 1.
struct RefreshCycleInputs
{
    int horizonYears = 12; // H: three laptop generations of four years
    int minCycleYears = 2; // candidate cycles k = min..max
    int maxCycleYears = 8;
    double embodiedRate = 0.0; // re: e(t) = e0 (1 + re)^t
    double energyRate = 0.0; // ra: a(t) = a0 (1 + ra)^t
    double gridRate = 0.0; // rg: g(y) = g0 (1 + rg)^y
    double embodiedKg = 0.0; // e0: materials & manufacturing + distribution + end of life
    double annualEnergyKwh = 0.0; // a0: the device's energy in a year of use
    double gridKgPerKwh = 0.0; // g0: the use grid's factor this year
    std::optional<ReplaceNowInputs> replaceNow;
};

struct RefreshStrategy
{
    int cycleYears = 0; // k
    std::vector<int> purchaseYears; // 0, k, 2k, ... < H
    std::vector<double> cumulativeKg; // after each year y = 0..H-1
    std::vector<double> embodiedByYearKg; // counted in year y (0 without a purchase)
    std::vector<double> useByYearKg; // a(t) g(y) in year y
    double embodiedKg = 0.0; // over the horizon, the last device prorated
    double useKg = 0.0;
    double annualisedKg = 0.0; // total / H
};

// One device bought now and kept n years: (e0 + sum over its years of a0 · g(y)) / n, which is
// (e0 + n · a0 · g0) / n when the grid does not change.
struct KeepYearsEntry
{
    int years = 0;
    double embodiedKg = 0.0;
    double useKg = 0.0;
    double annualisedKg = 0.0;
};

struct ReplaceNowResult
{
    // The first n (1..20) whose savings over years 0..n-1 reach e_new; std::nullopt when none
    // does ("never within 20 years"); 0 when the new device has no embodied emissions.
    std::optional<int> paybackYears;
    std::vector<double> cumulativeSavingsKg; // after each year 0..19
};

struct RefreshCycleResult
{
    std::vector<RefreshStrategy> strategies; // k = min..max
    int bestCycleYears = 0; // the lowest annualised; a tie goes to the longer cycle
    std::vector<KeepYearsEntry> keepYears; // n = min..max
    std::optional<ReplaceNowResult> replaceNow; // when the inputs ask
};

// Strategy k buys a device at t = 0, k, 2k, ... < H. Year y's use emissions are
// a(t) · g(y) for the device bought at t that is in use in year y; a device's embodied
// emissions e(t) count in its purchase year, the last device's scaled by the share of its k
// years that fall inside H (min(k, H - t) / k). Powers are products of (1 + r), so the result
// uses only +, -, * and / and is the same on every machine.
class RefreshCycleAnalysis
{
public:
    static constexpr int kPaybackLimitYears = 20;
    static constexpr int kMaxYears = 1000;

    // Why the inputs cannot be analysed (plain English for logs; the CLI checks its options
    // itself and says so in the user's language), or std::nullopt when they can.
    static std::optional<std::string> validate(const RefreshCycleInputs &inputs);
    // std::nullopt when validate() finds a problem.
    static std::optional<RefreshCycleResult> run(const RefreshCycleInputs &inputs);

    static RefreshStrategy strategy(const RefreshCycleInputs &inputs, int cycleYears);
    static KeepYearsEntry keepYears(const RefreshCycleInputs &inputs, int years);
    // Savings per year are (a_old - a_new) · g0 (1 + rg)^y.
    static ReplaceNowResult replaceNow(const ReplaceNowInputs &inputs, double gridKgPerKwh,
                                       double gridRate);
};

} // namespace lca
