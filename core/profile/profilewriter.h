#pragma once

#include "core/profile/profile.h"

#include <QCoreApplication>

namespace carbonlabel {

class FactorDatabase;
struct Factor;

// Writes product profiles, format v1. Unknown fields read from a file are written back;
// `factor_snapshot` is rebuilt from the database when one is given (docs/profile-format.md).
class ProfileWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProfileWriter)

public:
    static Json toJson(const Profile &profile, const FactorDatabase *database);
    static QByteArray write(const Profile &profile, const FactorDatabase *database);
    // Atomic (QSaveFile); false with a message naming the file on failure.
    static bool writeFile(const QString &fileName, const Profile &profile,
                          const FactorDatabase *database, QString *errorString);

    // id -> {value, unit, source, dataset_version} for every factor the profile uses and the
    // database has.
    static Json factorSnapshot(const Profile &profile, const FactorDatabase &database);
    // One factor's snapshot entry: {value, unit, source, dataset_version}.
    static Json snapshotEntry(const Factor &factor);
    static Json numberToJson(const UncertainValue &value);
};

} // namespace carbonlabel
