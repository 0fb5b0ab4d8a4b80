#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lca {

// What a quantity measures; two units convert only within one dimension.
enum class Dimension { Mass, Energy, Area, Data, Length, TransportWork, Time, Count };

struct Unit
{
    std::string_view symbol; // canonical spelling, e.g. "kWh"
    Dimension dimension;
    double toBase; // multiply a value in this unit by toBase to get the dimension's base unit
};

// Base units: kg, kWh, m2, GB (10^9 bytes, as CO2.js), km, tkm, h, piece.
std::optional<Unit> findUnit(std::string_view symbol);

// The factor that turns a value in `from` into a value in `to`, or nothing when the two
// units are unknown or measure different things.
std::optional<double> conversionFactor(std::string_view from, std::string_view to);

// An emission factor's unit, e.g. "kgCO2e/kWh": the emitted mass per one denominator unit.
struct FactorUnit
{
    double numeratorToKg = 1.0; // kgCO2e -> 1, gCO2e -> 0.001, tCO2e -> 1000
    bool co2Only = false; // numerator counts CO2 alone (e.g. "kgCO2/kWh"), not all GHGs
    std::string denominator; // canonical symbol of the denominator, e.g. "kWh"
};

// Parses "<mass>CO2e/<unit>" or "<mass>CO2/<unit>"; nothing when it is not an emission factor
// (for example "W", "kWh/GB" or "dimensionless").
std::optional<FactorUnit> parseFactorUnit(std::string_view unit);

// An emission factor's unit with its denominator looked up: what every use of a factor needs
// to check its dimension and bring its value to kg CO2e per base unit.
struct EmissionUnit
{
    FactorUnit factor;
    Unit denominator;

    // `value` in this unit as kg CO2e per base unit of the denominator's dimension:
    // 400 gCO2e/MWh -> 400 x 0.001 / 1000 = 0.0004 kgCO2e/kWh.
    double kgPerBaseUnit(double value) const
    {
        return value * factor.numeratorToKg / denominator.toBase;
    }
};

// Nothing when `unit` is not an emission factor's unit.
std::optional<EmissionUnit> parseEmissionUnit(std::string_view unit);

} // namespace lca
