#pragma once

#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

namespace carbonlabel {

// The checks on a profile's factor_snapshot as a file holds it: an object of factor ids, each
// {"value": number, "unit": text[, "source": text][, "dataset_version": text]}, the way
// ProfileWriter::snapshotEntry writes it. A hand-edited file may hold anything there, and what
// reads the snapshot back (FactorSnapshot) uses only entries isValidEntry() accepts. The
// messages are JsonValueReader's, as for any other field.
class SnapshotValidator
{
public:
    // Appends an error for every member of the wrong type, by its JSON path
    // ("factor_snapshot.mat_abs_ice.unit"); nothing when `snapshot` is not an object (the
    // reader says so itself).
    static void check(const Json &snapshot, Diagnostics &diagnostics);
    // An entry that records a value: check() finds nothing wrong with it.
    static bool isValidEntry(const Json &entry);
};

} // namespace carbonlabel
