#include "core/profile/factorsnapshot.h"

#include "core/factors/factordatabase.h"
#include "core/profile/profilewriter.h"

namespace carbonlabel {

Json FactorSnapshot::forSave(const Profile &profile, const FactorDatabase *database)
{
    Json snapshot = database ? ProfileWriter::factorSnapshot(profile, *database) : Json::object();
    const Json &recorded = profile.factorSnapshot;
    if (recorded.is_object()) {
        for (const QString &id : profile.factorIds()) {
            const std::string k = id.toStdString();
            if (recorded.contains(k))
                snapshot[k] = recorded.at(k);
        }
    }
    return snapshot;
}

QList<FactorSnapshot::Difference> FactorSnapshot::differences(const Profile &profile,
                                                              const FactorDatabase &database)
{
    QList<Difference> out;
    const Json &snapshot = profile.factorSnapshot;
    if (!snapshot.is_object())
        return out;
    for (const QString &id : profile.factorIds()) {
        const std::string k = id.toStdString();
        if (!snapshot.contains(k) || !snapshot.at(k).is_object())
            continue;
        const Json &entry = snapshot.at(k);
        const auto current = database.factor(id);
        if (!current)
            continue;
        Difference d;
        d.factorId = id;
        d.snapshotValue = entry.value("value", Json(0.0)).is_number()
                ? entry.at("value").get<double>()
                : 0.0;
        d.snapshotUnit = QString::fromStdString(entry.value("unit", std::string()));
        d.snapshotDatasetVersion
                = QString::fromStdString(entry.value("dataset_version", std::string()));
        d.currentValue = current->value;
        d.currentUnit = current->unit;
        d.currentDatasetVersion = current->datasetVersion;
        if (d.snapshotValue != d.currentValue || d.snapshotUnit != d.currentUnit)
            out.append(d);
    }
    return out;
}

} // namespace carbonlabel
