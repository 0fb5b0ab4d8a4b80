#pragma once

namespace lca {

// The embodied carbon of a logic die by ACT's per-area model (Gupta et al., "ACT: designing
// sustainable computer systems with an architectural carbon modeling tool", ISCA 2022, and its
// reference implementation's LogicModel; docs/factors.md, "Integrated circuits"):
//
//   carbon per area = (fab grid x fab electricity per area + process gases per area
//                      + materials per area) / yield
//   die = area x carbon per area,  packages = count x carbon per package.
//
// Every input is a plain number in the units named; the caller looks them up.
struct LogicDieInputs
{
    double areaCm2 = 0.0; // die area
    double fabKwhPerCm2 = 0.0; // EPA: fab electricity per cm2 of die, for the process node
    double gridKgPerKwh = 0.0; // the fab's electricity
    double gasesKgPerCm2 = 0.0; // GPA: process gases after abatement
    double materialsKgPerCm2 = 0.0; // MPA: raw materials (wafer, chemicals)
    double fabYield = 1.0; // good dies per die made, 0 < yield <= 1
    double packages = 0.0; // packaged ICs
    double kgPerPackage = 0.0;
};

struct LogicDieResult
{
    // Per cm2 of good die, each share already divided by the yield.
    double energyKgPerCm2 = 0.0;
    double gasesKgPerCm2 = 0.0;
    double materialsKgPerCm2 = 0.0;
    double kgPerCm2 = 0.0;
    double dieKg = 0.0;
    double packagingKg = 0.0;
    double totalKg = 0.0;
};

LogicDieResult logicDieCarbon(const LogicDieInputs &in);

} // namespace lca
