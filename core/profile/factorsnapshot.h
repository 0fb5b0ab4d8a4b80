#pragma once

#include "core/profile/profile.h"

#include <QList>

namespace carbonlabel {

class FactorDatabase;

// A profile's factor_snapshot (docs/profile-format.md) against the factor database: what a save
// records, and which recorded values the database no longer agrees with. Only entries that
// SnapshotValidator accepts count as records; reading any other throws nothing.
class FactorSnapshot
{
public:
    // A factor whose value recorded in the snapshot is not the database's.
    struct Difference
    {
        QString factorId;
        double snapshotValue = 0.0;
        QString snapshotUnit;
        QString snapshotDatasetVersion;
        double currentValue = 0.0;
        QString currentUnit;
        QString currentDatasetVersion;
    };

    // The database's value of every factor used, except values recorded earlier, which stay
    // until the user updates them one by one (never behind the user's back); a factor the
    // database no longer has keeps its record, and a malformed record gives way to the
    // database's value. Without a database, the records as they were read.
    static Json forSave(const Profile &profile, const FactorDatabase *database);
    static QList<Difference> differences(const Profile &profile, const FactorDatabase &database);
};

} // namespace carbonlabel
