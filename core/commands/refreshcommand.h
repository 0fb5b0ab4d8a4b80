#pragma once

#include "core/commands/command.h"
#include "lca/refreshcycleanalysis.h"

#include <QString>

namespace carbonlabel {

struct Evaluation;

// What DESIGN §3's refresh model takes from a profile's deterministic result:
// e0 = materials & manufacturing + distribution + end of life; a0 = use.annual_energy_kwh, or
// the sum of the power modes (W x h/day x days/year / 1000); g0 = the use grid's factor in
// kg CO2e/kWh. Without a use phase a0 and g0 are 0. The digital-service stage and the
// profile's lifetime do not enter: the cycle length replaces the lifetime.
struct RefreshProfileValues
{
    double embodiedKg = 0.0;
    double annualEnergyKwh = 0.0;
    double gridKgPerKwh = 0.0;
    QString gridFactorId; // empty without a use phase

    static RefreshProfileValues from(const Evaluation &evaluation);
};

// `refresh PROFILE [--horizon H] [--cycles a..b] [--embodied-rate r] [--energy-rate r]
// [--grid-rate r] [--old-annual-kwh X] [--json] [--db FILE]` (DESIGN §9; docs/uncertainty.md).
int runRefreshCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
