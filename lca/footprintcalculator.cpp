#include "lca/footprintcalculator.h"

#include <cmath>
#include <limits>

namespace lca {

namespace {

double valueOf(std::span<const double> values, ParamIndex index, double fallback = 0.0)
{
    return index == kNoParam ? fallback : values[static_cast<std::size_t>(index)];
}

double factorValue(const Inventory &inv, std::span<const double> values, int factor)
{
    return factor < 0 ? 0.0 : values[static_cast<std::size_t>(inv.factors[factor].value)];
}

struct Masses
{
    double product = 0.0;
    double packaging = 0.0;
};

Masses masses(const Inventory &inv, std::span<const double> values)
{
    Masses m;
    double productFromLines = 0.0;
    for (const ProductLine &line : inv.lines) {
        if (line.massRole == ProductLine::MassRole::None)
            continue;
        const double kg = valueOf(values, line.massQuantity) * line.massKgPerUnit;
        if (line.massRole == ProductLine::MassRole::Product)
            productFromLines += kg;
        else
            m.packaging += kg;
    }
    m.product
            = inv.productMassKg == kNoParam ? productFromLines : valueOf(values, inv.productMassKg);
    return m;
}

double lineValue(const Inventory &inv, std::span<const double> values, const ProductLine &line,
                 double yieldMultiplier)
{
    double v = line.constant
            * (line.ownFactorValue != kNoParam
                       ? values[static_cast<std::size_t>(line.ownFactorValue)]
                       : factorValue(inv, values, line.factor));
    for (const Term &t : line.terms) {
        double x = valueOf(values, t.param);
        if (t.low != kNoParam && t.high != kNoParam) {
            const double low = valueOf(values, t.low);
            x = low + x * (valueOf(values, t.high) - low);
        }
        v = t.exponent >= 0 ? v * x : v / x;
    }
    return line.appliesYieldLoss ? v * yieldMultiplier : v;
}

// Allocation-free: SwdModel works on the stack and builds an error message only for options the
// inventory builder has already refused. Should one slip through, NaN shows it rather than 0.
double swdValue(std::span<const double> values, const SwdLine &line)
{
    const double bytes = valueOf(values, line.gbPerYear) * SwdModel::kBytesPerGigabyte;
    const SwdOutcome outcome = SwdModel::perByte(bytes, line.options);
    if (!outcome)
        return std::numeric_limits<double>::quiet_NaN();
    return outcome.result->total / 1000.0 * valueOf(values, line.lifetime, 1.0);
}

double legValue(const Inventory &inv, std::span<const double> values, const TransportLeg &leg,
                const Masses &m)
{
    const double kg
            = leg.massKg == kNoParam ? m.product + m.packaging : valueOf(values, leg.massKg);
    return kg / 1000.0 * valueOf(values, leg.distanceKm) * factorValue(inv, values, leg.factor);
}

double routeValue(const Inventory &inv, std::span<const double> values, const EndOfLifeRoute &route,
                  const Masses &m)
{
    return m.product * valueOf(values, route.share) * factorValue(inv, values, route.factor);
}

// Shared by both entry points so the two can never disagree. `visit` sees every line's value.
template<typename Visit>
StageTotals evaluate(const Inventory &inv, std::span<const double> values, Masses &m,
                     double &credits, Visit &&visit)
{
    StageTotals totals;
    m = masses(inv, values);
    const double yieldMultiplier = 1.0 + valueOf(values, inv.yieldLoss);
    for (const ProductLine &line : inv.lines) {
        const double v = lineValue(inv, values, line, yieldMultiplier);
        totals.stages[static_cast<int>(line.stage)] += v;
        visit(line.path, line.stage, line.factor, v, false);
    }
    for (const SwdLine &line : inv.swdLines) {
        const double v = swdValue(values, line);
        totals.stages[static_cast<int>(Stage::UseDigital)] += v;
        visit(line.path, Stage::UseDigital, -1, v, false); // no factor: SWD's own constants
    }
    for (const TransportLeg &leg : inv.legs) {
        const double v = legValue(inv, values, leg, m);
        totals.stages[static_cast<int>(Stage::Distribution)] += v;
        visit(leg.path, Stage::Distribution, leg.factor, v, false);
    }
    for (const EndOfLifeRoute &route : inv.endOfLifeRoutes) {
        const double v = routeValue(inv, values, route, m);
        if (v < 0.0) {
            credits += v; // a recycling credit: reported apart, never netted
        } else {
            totals.stages[static_cast<int>(Stage::EndOfLife)] += v;
        }
        visit(route.path, Stage::EndOfLife, route.factor, v, v < 0.0);
    }
    for (double s : totals.stages)
        totals.total += s;
    return totals;
}

} // namespace

FootprintResult FootprintCalculator::calculate(const Inventory &inventory)
{
    // Reused per thread: the live footprint recomputes on every keystroke.
    thread_local std::vector<double> values;
    values.clear();
    for (const Parameter &p : inventory.parameters)
        values.push_back(p.value.value);
    return calculate(inventory, values);
}

FootprintResult FootprintCalculator::calculate(const Inventory &inventory,
                                               std::span<const double> values)
{
    FootprintResult result;
    result.contributions.reserve(inventory.lines.size() + inventory.swdLines.size()
                                 + inventory.legs.size() + inventory.endOfLifeRoutes.size());
    Masses m;
    result.totals = evaluate(
            inventory, values, m, result.endOfLifeCreditsKg,
            [&](const std::string &path, Stage stage, int factor, double v, bool credit) {
                result.contributions.push_back(Contribution{path, stage, factor, v, credit});
            });
    result.productMassKg = m.product;
    result.packagingMassKg = m.packaging;
    result.offsetsKg = valueOf(values, inventory.offsetsKg);
    // The neutral mark is earned only by named, certified offsets covering the whole total.
    result.carbonNeutral = inventory.offsetsCertified && result.offsetsKg > 0.0
            && result.offsetsKg >= result.totals.total;
    return result;
}

StageTotals FootprintCalculator::totals(const Inventory &inventory, std::span<const double> values)
{
    Masses m;
    double credits = 0.0;
    return evaluate(inventory, values, m, credits,
                    [](const std::string &, Stage, int, double, bool) {});
}

} // namespace lca
