#include "core/evaluation/refreshprofilevalues.h"

#include "core/evaluation/profileevaluator.h"

namespace carbonlabel {

RefreshProfileValues RefreshProfileValues::from(const Evaluation &e)
{
    RefreshProfileValues v;
    const lca::FootprintResult &r = e.result;
    v.embodiedKg = r.stage(lca::Stage::MaterialsManufacturing) + r.stage(lca::Stage::Distribution)
            + r.stage(lca::Stage::EndOfLife);
    if (!e.profile || !e.profile->use)
        return v;
    const UsePhase &use = *e.profile->use;
    if (use.annualEnergyKwh) {
        v.annualEnergyKwh = use.annualEnergyKwh->value;
    } else {
        v.annualEnergyFromModes = true;
        for (const UseMode &m : use.modes)
            v.annualEnergyKwh
                    += m.powerW.value * m.hoursPerDay.value * m.daysPerYear.value / 1000.0;
    }
    v.gridFactorId = use.grid;
    const lca::Inventory &inv = e.built.inventory;
    const int factor = inv.findFactor(use.grid.toStdString());
    if (factor >= 0) {
        const lca::ParamIndex p = inv.factors[static_cast<std::size_t>(factor)].value;
        if (p >= 0 && static_cast<std::size_t>(p) < inv.parameters.size())
            v.gridKgPerKwh = inv.parameters[static_cast<std::size_t>(p)].value.value;
    }
    return v;
}

void RefreshProfileValues::applyTo(lca::RefreshCycleInputs &inputs) const
{
    inputs.embodiedKg = embodiedKg;
    inputs.annualEnergyKwh = annualEnergyKwh;
    inputs.gridKgPerKwh = gridKgPerKwh;
    if (inputs.replaceNow) {
        inputs.replaceNow->newEmbodiedKg = embodiedKg;
        inputs.replaceNow->newAnnualEnergyKwh = annualEnergyKwh;
    }
}

} // namespace carbonlabel
