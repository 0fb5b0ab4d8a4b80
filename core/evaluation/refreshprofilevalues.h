#pragma once

#include "lca/refreshcycleanalysis.h"

#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

struct Evaluation;

// What the refresh model (docs/uncertainty.md) takes from a profile's deterministic result:
// e0 = materials & manufacturing + distribution + end of life; a0 = use.annual_energy_kwh, or
// the sum of the power modes (W x h/day x days/year / 1000); g0 = the use grid's factor in
// kg CO2e/kWh. Without a use phase a0 and g0 are 0. The digital-service stage and the
// profile's lifetime do not enter: the cycle length replaces the lifetime.
struct RefreshProfileValues
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::RefreshProfileValues)

public:
    double embodiedKg = 0.0;
    double annualEnergyKwh = 0.0;
    double gridKgPerKwh = 0.0;
    QString gridFactorId; // empty without a use phase
    bool annualEnergyFromModes = false; // else use.annual_energy_kwh (or no use phase)

    static RefreshProfileValues from(const Evaluation &evaluation);

    // Whether the profile describes a device to replace: something to make (e0 > 0) or energy
    // in use (a0 > 0). A digital service alone (the AI example) has neither, and every cycle
    // would tie at 0 kg; the window, the CLI and the report say so instead of a best cycle.
    bool hasDevice() const { return embodiedKg > 0.0 || annualEnergyKwh > 0.0; }
    // What to say when there is no device, in the program's language.
    static QString noDeviceTitle();
    static QString noDeviceText();

    // Sets e0, a0 and g0 of `inputs`, and the new device of its replace-now question (the
    // profile's device: e_new = e0, a_new = a0).
    void applyTo(lca::RefreshCycleInputs &inputs) const;
};

} // namespace carbonlabel
