#pragma once

#include "core/evaluation/inventorybuilder.h"
#include "core/evaluation/peerbenchmark.h"
#include "lca/footprintresult.h"

#include <algorithm>

namespace carbonlabel {

// A profile read, checked against the factor database and computed: what the CLI, the labels
// and the window all start from.
struct Evaluation
{
    std::optional<Profile> profile;
    BuiltInventory built;
    lca::FootprintResult result;
    // The reader's, the inventory builder's, the benchmark's, then the completeness check's.
    Diagnostics diagnostics;
    // Where the result lands among published footprints of its product group; nothing when
    // product.category has no group or the inventory could not be built.
    std::optional<BenchmarkComparison> benchmark;
    // The component classes a complete bill of materials of the benchmark's group has and this
    // one lacks (CompletenessCheck); empty without a group.
    QStringList missingComponents;
    QString datasetVersion;

    bool ok() const { return profile.has_value() && !hasErrors(diagnostics); }
    // Whether there is anything to print: the profile is fine and some stage emits or credits
    // something. A new profile (empty sections, no lines) is fine but has nothing: no label.
    bool hasFootprint() const
    {
        return ok()
                && std::any_of(result.totals.stages.begin(), result.totals.stages.end(),
                               [](double kg) { return kg != 0.0; });
    }
};

class ProfileEvaluator
{
public:
    static Evaluation evaluateFile(const QString &fileName, const FactorDatabase &database);
    static Evaluation evaluate(const Profile &profile, const FactorDatabase &database);
};

} // namespace carbonlabel
