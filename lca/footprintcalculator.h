#pragma once

#include "lca/footprintresult.h"
#include "lca/inventory.h"

#include <span>

namespace lca {

// Evaluates the formulas of docs/profile-format.md over an inventory. Stateless: the same inventory
// may be evaluated from several threads at once with different parameter values.
class FootprintCalculator
{
public:
    // The deterministic result: every parameter at its central value.
    static FootprintResult calculate(const Inventory &inventory);
    // `values` holds one value per Inventory::parameters entry.
    static FootprintResult calculate(const Inventory &inventory, std::span<const double> values);
    // Stage totals only, without allocating: the inner loop of Monte Carlo.
    static StageTotals totals(const Inventory &inventory, std::span<const double> values);
};

} // namespace lca
