#pragma once

#include "core/factors/factor.h"
#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QStringList>

namespace carbonlabel {

// Whether a device's bill of materials has the parts a complete one of its product group has
// (docs/benchmark.md, "Completeness"): each materials line counts as its "component", else as
// its factor's component class. A missing class is a warning, never a figure filled in.
class CompletenessCheck
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::CompletenessCheck)

public:
    // The component classes a complete bill of materials of a peer group ("laptop", ...) has,
    // in the order they are reported; empty for a group without such a list.
    static QStringList requiredClasses(const QString &group);
    // The classes the profile's materials lines stand for; `factors` are those the inventory
    // was built from (BuiltInventory::factors), so nothing is looked up twice.
    static QStringList presentClasses(const Profile &profile, const QList<Factor> &factors);
    // The required classes of the group that no materials line stands for.
    static QStringList missing(const Profile &profile, const QList<Factor> &factors,
                               const QString &group);
    // One warning per missing class, at "materials"; `groupName` is the group as a reader
    // sees it ("laptop footprints").
    static Diagnostics warnings(const QStringList &missing, const QString &groupName);
};

} // namespace carbonlabel
