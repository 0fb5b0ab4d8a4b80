#include "lca/units.h"

#include <array>

namespace lca {

namespace {

struct UnitSpelling
{
    std::string_view spelling;
    Unit unit;
};

constexpr std::array<UnitSpelling, 31> kUnits{{
        {"mg", {"mg", Dimension::Mass, 1e-6}},
        {"g", {"g", Dimension::Mass, 1e-3}},
        {"kg", {"kg", Dimension::Mass, 1.0}},
        {"t", {"t", Dimension::Mass, 1e3}},
        {"Wh", {"Wh", Dimension::Energy, 1e-3}},
        {"kWh", {"kWh", Dimension::Energy, 1.0}},
        {"MWh", {"MWh", Dimension::Energy, 1e3}},
        {"GWh", {"GWh", Dimension::Energy, 1e6}},
        {"mm2", {"mm2", Dimension::Area, 1e-6}},
        {"mm²", {"mm2", Dimension::Area, 1e-6}},
        {"cm2", {"cm2", Dimension::Area, 1e-4}},
        {"cm²", {"cm2", Dimension::Area, 1e-4}},
        {"m2", {"m2", Dimension::Area, 1.0}},
        {"m²", {"m2", Dimension::Area, 1.0}},
        {"kB", {"kB", Dimension::Data, 1e-6}},
        {"MB", {"MB", Dimension::Data, 1e-3}},
        {"GB", {"GB", Dimension::Data, 1.0}},
        {"TB", {"TB", Dimension::Data, 1e3}},
        {"m", {"m", Dimension::Length, 1e-3}},
        {"km", {"km", Dimension::Length, 1.0}},
        {"tkm", {"tkm", Dimension::TransportWork, 1.0}},
        {"s", {"s", Dimension::Time, 1.0 / 3600.0}},
        {"min", {"min", Dimension::Time, 1.0 / 60.0}},
        {"h", {"h", Dimension::Time, 1.0}},
        {"d", {"d", Dimension::Time, 24.0}},
        {"piece", {"piece", Dimension::Count, 1.0}},
        {"pieces", {"piece", Dimension::Count, 1.0}},
        {"pcs", {"piece", Dimension::Count, 1.0}},
        {"pc", {"piece", Dimension::Count, 1.0}},
        {"unit", {"piece", Dimension::Count, 1.0}},
        {"units", {"piece", Dimension::Count, 1.0}},
}};

} // namespace

std::optional<Unit> findUnit(std::string_view symbol)
{
    for (const auto &entry : kUnits) {
        if (entry.spelling == symbol)
            return entry.unit;
    }
    return std::nullopt;
}

std::optional<double> conversionFactor(std::string_view from, std::string_view to)
{
    const auto a = findUnit(from);
    const auto b = findUnit(to);
    if (!a || !b || a->dimension != b->dimension)
        return std::nullopt;
    if (a->symbol == b->symbol)
        return 1.0; // exact, no rounding through the base unit
    return a->toBase / b->toBase;
}

std::optional<FactorUnit> parseFactorUnit(std::string_view unit)
{
    const auto slash = unit.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    std::string_view numerator = unit.substr(0, slash);
    const std::string_view denominator = unit.substr(slash + 1);

    FactorUnit result;
    if (numerator.ends_with("CO2e")) {
        numerator.remove_suffix(4);
    } else if (numerator.ends_with("CO2")) {
        numerator.remove_suffix(3);
        result.co2Only = true;
    } else {
        return std::nullopt;
    }
    const auto mass = findUnit(numerator);
    if (!mass || mass->dimension != Dimension::Mass)
        return std::nullopt;
    result.numeratorToKg = mass->toBase;

    const auto denom = findUnit(denominator);
    if (!denom)
        return std::nullopt;
    result.denominator = std::string(denom->symbol);
    return result;
}

std::optional<EmissionUnit> parseEmissionUnit(std::string_view unit)
{
    const auto factor = parseFactorUnit(unit);
    if (!factor)
        return std::nullopt;
    const auto denominator = findUnit(factor->denominator);
    if (!denominator)
        return std::nullopt;
    return EmissionUnit{*factor, *denominator};
}

} // namespace lca
