#pragma once

namespace lca {

// How a number in a profile or a factor may vary (docs/profile-format.md, docs/uncertainty.md).
enum class Distribution {
    Fixed, // exactly `value`
    Lognormal, // median `value`, geometric standard deviation `gsd` (sigma = ln gsd)
    Triangular, // `min`, mode `value`, `max`
    Uniform, // `min` .. `max`; `value` is the deterministic central value
};

struct UncertainValue
{
    double value = 0.0; // what the deterministic result uses
    Distribution distribution = Distribution::Fixed;
    double min = 0.0;
    double max = 0.0;
    double gsd = 1.0;

    static UncertainValue fixed(double v) { return UncertainValue{v}; }
    bool isUncertain() const { return distribution != Distribution::Fixed; }
    bool operator==(const UncertainValue &) const = default;
};

} // namespace lca
