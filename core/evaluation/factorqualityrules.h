#pragma once

#include "core/evaluation/inventorybuilder.h"

namespace carbonlabel {

// How well a factor fits the profile it is used in (docs/uncertainty.md, "For a profile"): its
// pedigree scores with the temporal one taken against product.reference_year and the
// geographical one against where it is used, and the GSD they give.
class FactorQualityRules
{
public:
    // `usePaths` are the JSON paths that use the factor ("materials[2].factor"); the
    // geographical score of materials and packaging lines is taken against `factoryRegion`,
    // of end-of-life routes against `useRegion`, and a factor used in several places takes
    // its worst fit.
    static BuiltInventory::FactorQuality forProfile(const Factor &factor, const Profile &profile,
                                                    const QStringList &usePaths,
                                                    const QString &factoryRegion,
                                                    const QString &useRegion);
    // A line's own scores, as given, on the factor's basic uncertainty.
    static BuiltInventory::FactorQuality forLine(const Factor &factor,
                                                 const lca::PedigreeScores &scores);
    // `value` lognormal with `gsd`, or fixed when the GSD says no spread (1).
    static lca::UncertainValue varying(double value, double gsd);
};

} // namespace carbonlabel
