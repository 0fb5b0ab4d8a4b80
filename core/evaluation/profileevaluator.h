#pragma once

#include "core/evaluation/inventorybuilder.h"
#include "core/evaluation/peerbenchmark.h"
#include "lca/footprintresult.h"

namespace carbonlabel {

// A profile read, checked against the factor database and computed: what the CLI, the labels
// and the window all start from.
struct Evaluation
{
    std::optional<Profile> profile;
    BuiltInventory built;
    lca::FootprintResult result;
    Diagnostics diagnostics; // the reader's, the inventory builder's, then the benchmark's
    // Where the result lands among published footprints of its product group; nothing when
    // product.category has no group or the inventory could not be built.
    std::optional<BenchmarkComparison> benchmark;
    QString datasetVersion;

    bool ok() const { return profile.has_value() && !hasErrors(diagnostics); }
};

class ProfileEvaluator
{
public:
    static Evaluation evaluateFile(const QString &fileName, const FactorDatabase &database);
    static Evaluation evaluate(const Profile &profile, const FactorDatabase &database);
};

} // namespace carbonlabel
