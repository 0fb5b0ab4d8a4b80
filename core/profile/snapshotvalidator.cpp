#include "core/profile/snapshotvalidator.h"

#include "core/profile/jsonvaluereader.h"

namespace carbonlabel {

namespace {

// The entry's problems at `path`, as the reader words them for any other field; members
// other than these four are kept as they are, like unknown fields elsewhere.
void checkEntry(JsonValueReader &r, const Json &entry, const QString &path)
{
    if (!r.expectObject(entry, path))
        return;
    r.plainNumber(entry, "value", path, NumberRange::Any, true);
    r.string(entry, "unit", path, true);
    r.string(entry, "source", path, false);
    r.string(entry, "dataset_version", path, false);
}

} // namespace

void SnapshotValidator::check(const Json &snapshot, Diagnostics &diagnostics)
{
    if (!snapshot.is_object())
        return;
    JsonValueReader r(diagnostics);
    const QString path = QStringLiteral("factor_snapshot");
    for (const auto &[id, entry] : snapshot.items())
        checkEntry(r, entry, JsonValueReader::member(path, id));
}

bool SnapshotValidator::isValidEntry(const Json &entry)
{
    Diagnostics diagnostics;
    JsonValueReader r(diagnostics);
    checkEntry(r, entry, {});
    return !hasErrors(diagnostics);
}

} // namespace carbonlabel
