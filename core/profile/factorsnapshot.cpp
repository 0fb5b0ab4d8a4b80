#include "core/profile/factorsnapshot.h"

#include "core/factors/factordatabase.h"
#include "core/profile/profilewriter.h"
#include "core/profile/snapshotvalidator.h"

namespace carbonlabel {

namespace {

// A member the validator has found to be a text, or an empty text when it is missing.
QString text(const Json &entry, const char *key)
{
    const auto it = entry.find(key);
    return it != entry.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                : QString();
}

// The recorded entry of `id`, when the snapshot holds one that records a value. The reader
// reports any other as an error at its path; here it is as if there were none.
const Json *validEntry(const Json &snapshot, const std::string &id)
{
    if (!snapshot.is_object())
        return nullptr;
    const auto it = snapshot.find(id);
    if (it == snapshot.end() || !SnapshotValidator::isValidEntry(*it))
        return nullptr;
    return &*it;
}

} // namespace

Json FactorSnapshot::forSave(const Profile &profile, const FactorDatabase *database)
{
    Json snapshot = database ? ProfileWriter::factorSnapshot(profile, *database) : Json::object();
    const Json &recorded = profile.factorSnapshot;
    if (!recorded.is_object())
        return snapshot;
    for (const QString &id : profile.factorIds()) {
        const std::string k = id.toStdString();
        const auto it = recorded.find(k);
        if (it == recorded.end())
            continue;
        // A malformed record holds no value to keep: the database's takes its place, which
        // makes the file valid again. Without a database it stays as it was read.
        if (SnapshotValidator::isValidEntry(*it) || !snapshot.contains(k))
            snapshot[k] = *it;
    }
    return snapshot;
}

QList<FactorSnapshot::Difference> FactorSnapshot::differences(const Profile &profile,
                                                              const FactorDatabase &database)
{
    QList<Difference> out;
    for (const QString &id : profile.factorIds()) {
        const Json *entry = validEntry(profile.factorSnapshot, id.toStdString());
        if (!entry)
            continue;
        const auto current = database.factor(id);
        if (!current)
            continue;
        Difference d;
        d.factorId = id;
        d.snapshotValue = entry->at("value").get<double>(); // a finite number: validated
        d.snapshotUnit = text(*entry, "unit");
        d.snapshotDatasetVersion = text(*entry, "dataset_version");
        d.currentValue = current->value;
        d.currentUnit = current->unit;
        d.currentDatasetVersion = current->datasetVersion;
        if (d.snapshotValue != d.currentValue || d.snapshotUnit != d.currentUnit)
            out.append(d);
    }
    return out;
}

} // namespace carbonlabel
