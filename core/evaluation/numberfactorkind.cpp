#include "core/evaluation/numberfactorkind.h"

#include "core/evaluation/inventorybuilder.h"

namespace carbonlabel {

NumberFactorKind NumberFactorKind::watts()
{
    return {QStringLiteral("W"),
            {QStringLiteral("cloud_compute"), QStringLiteral("accelerator_power")},
            InventoryBuilder::tr("a power factor in W")};
}

NumberFactorKind NumberFactorKind::utilisation()
{
    return {QStringLiteral("dimensionless"),
            {QStringLiteral("cloud_compute")},
            InventoryBuilder::tr("a utilisation from 0 to 1 (dimensionless)"),
            0.0,
            1.0};
}

NumberFactorKind NumberFactorKind::pue()
{
    return {QStringLiteral("dimensionless"),
            {QStringLiteral("data_center")},
            InventoryBuilder::tr("a PUE of at least 1 (dimensionless)"),
            1.0};
}

NumberFactorKind NumberFactorKind::replication()
{
    return {QStringLiteral("dimensionless"),
            {QStringLiteral("cloud_storage")},
            InventoryBuilder::tr("a replication factor of at least 1 (dimensionless)"),
            1.0};
}

NumberFactorKind NumberFactorKind::storageEnergy()
{
    return {QStringLiteral("Wh/TB-h"),
            {QStringLiteral("cloud_storage")},
            InventoryBuilder::tr("a storage energy factor in Wh/TB-h")};
}

} // namespace carbonlabel
