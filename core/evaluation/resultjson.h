#pragma once

#include "core/profile/profile.h"

namespace carbonlabel {

struct Evaluation;

// The result object of `footprint --json` (docs/cli.md: format "carbonlabel-result", version 1).
class ResultJson
{
public:
    static Json toJson(const Evaluation &evaluation);
    static Json productJson(const Profile &profile);
    // "benchmark": where the product lands among published footprints of its group; null when
    // it has no group.
    static Json benchmarkJson(const Evaluation &evaluation);
};

} // namespace carbonlabel
