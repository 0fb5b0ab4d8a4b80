#pragma once

#include "core/factors/factor.h"
#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"
#include "lca/inventory.h"

#include <QCoreApplication>

namespace carbonlabel {

class FactorDatabase;

// A profile turned into numbers for lca: factors looked up, units converted, every line
// checked against its factor. `factors` runs parallel to `inventory.factors`.
struct BuiltInventory
{
    lca::Inventory inventory;
    QList<Factor> factors;
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
