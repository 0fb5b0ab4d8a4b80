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
};

} // namespace carbonlabel
