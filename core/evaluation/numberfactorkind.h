#pragma once

#include <QString>
#include <QStringList>

#include <limits>

namespace carbonlabel {

// What a factor used as a plain number must be (a power, a utilisation, a PUE...): the digital
// service lines that take "pue_factor" or "power_w_factor" check the factor against one.
struct NumberFactorKind
{
    QString unit; // exactly as in the factor database
    QStringList categories; // the shipped categories that hold such factors
    QString expected; // translated, for the error message
    double min = 0.0;
    double max = std::numeric_limits<double>::infinity();

    static NumberFactorKind watts();
    static NumberFactorKind utilisation();
    static NumberFactorKind pue();
    static NumberFactorKind replication();
    static NumberFactorKind storageEnergy();
};

} // namespace carbonlabel
