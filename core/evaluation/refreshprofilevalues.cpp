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

QString RefreshProfileValues::noDeviceTitle()
{
    return tr("No device to replace");
}

QString RefreshProfileValues::noDeviceText()
{
    return tr("Refresh cycles compare how often to replace a device, and this profile has none: "
              "no materials, manufacturing or distribution, and no energy in a use phase. Add "
              "materials or a use phase to compare keeping a device 3, 4 or 6 years.");
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
