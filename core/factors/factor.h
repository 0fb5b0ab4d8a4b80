#pragma once

#include <QString>

namespace carbonlabel {

// One emission factor or model constant, as in resources/factors/factors.csv (docs/factors.md).
struct Factor
{
    QString id;
    QString category;
    QString nameEn;
    QString nameZh;
    double value = 0.0;
    QString unit; // e.g. "kgCO2e/kg", "kgCO2/kWh", "W", "dimensionless"
    QString region;
    int year = 0; // 0 when the source gives none
    QString source;
    QString sourceDetail;
    double uncertaintyGsd = 0.0; // 0 when the source gives none
    QString notes;
    // The part of a product it stands for (ComponentClass); empty where that depends on the
    // use (a material such as aluminium) or where it is no part (a grid, a transport mode).
    QString componentClass;
    QString datasetVersion; // the shipped dataset's version, or "user" for the user layer
    bool userDefined = false;

    bool operator==(const Factor &) const = default;
};

} // namespace carbonlabel
