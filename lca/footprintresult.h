#pragma once

#include "lca/stage.h"

#include <array>
#include <string>
#include <vector>

namespace lca {

struct Contribution
{
    std::string path; // the input line, e.g. "materials[0]" or "distribution[1]"
    Stage stage = Stage::MaterialsManufacturing;
    int factor = -1; // index into Inventory::factors
    double kgCo2e = 0.0;
    bool credit = false; // an end-of-life credit: not part of the total
};

struct StageTotals
{
    std::array<double, kStageCount> stages{};
    double total = 0.0;

    double stage(Stage s) const { return stages[static_cast<int>(s)]; }
};

struct FootprintResult
{
    StageTotals totals;
    double endOfLifeCreditsKg = 0.0; // negative end-of-life contributions, never netted
    double offsetsKg = 0.0; // shown beside the total, never subtracted
    bool carbonNeutral = false;
    double productMassKg = 0.0;
    double packagingMassKg = 0.0;
    std::vector<Contribution> contributions; // one per input line, in input order

    double total() const { return totals.total; }
    double stage(Stage s) const { return totals.stage(s); }
};

} // namespace lca
