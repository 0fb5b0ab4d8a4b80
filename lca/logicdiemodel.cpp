#include "lca/logicdiemodel.h"

namespace lca {

LogicDieResult logicDieCarbon(const LogicDieInputs &in)
{
    LogicDieResult r;
    // Dividing each share by the yield (rather than only the sum) keeps the breakdown adding
    // up to the total a reader sees.
    r.energyKgPerCm2 = in.gridKgPerKwh * in.fabKwhPerCm2 / in.fabYield;
    r.gasesKgPerCm2 = in.gasesKgPerCm2 / in.fabYield;
    r.materialsKgPerCm2 = in.materialsKgPerCm2 / in.fabYield;
    r.kgPerCm2 = r.energyKgPerCm2 + r.gasesKgPerCm2 + r.materialsKgPerCm2;
    r.dieKg = in.areaCm2 * r.kgPerCm2;
    r.packagingKg = in.packages * in.kgPerPackage;
    r.totalKg = r.dieKg + r.packagingKg;
    return r;
}

} // namespace lca
