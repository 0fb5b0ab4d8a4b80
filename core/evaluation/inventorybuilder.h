#pragma once

#include "core/factors/factor.h"
#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"
#include "lca/inventory.h"

#include <QCoreApplication>
#include <QHash>

namespace carbonlabel {

class FactorDatabase;

// A profile turned into numbers for lca: factors looked up, units converted, every line
// checked against its factor. `factors` runs parallel to `inventory.factors`.
struct BuiltInventory
{
    // How well a factor fits this profile: its pedigree scores with the temporal one taken
    // against the profile's reference year and the geographical one against where it is
    // used, and the GSD they give (1 when none). Parallel to `factors`.
    struct FactorQuality
    {
        lca::PedigreeScores scores;
        double gsd = 1.0;
        bool temporalFromProfile = false; // the profile's reference year set the temporal score
        bool geographicalFromUse = false; // a region of use set the geographical score
        bool fromLine = false; // a materials or packaging line gave its own scores
    };

    lca::Inventory inventory;
    QList<Factor> factors;
    QList<FactorQuality> quality;
    // The lines with their own data quality ("materials[2]"), which have their own draw.
    QHash<QString, FactorQuality> lineQuality;
    Diagnostics diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
    const Factor *factorFor(int inventoryFactor) const;
};

class InventoryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(InventoryBuilder)

public:
    static BuiltInventory build(const Profile &profile, const FactorDatabase &database);
};

} // namespace carbonlabel
