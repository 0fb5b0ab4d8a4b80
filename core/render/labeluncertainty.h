#pragma once

#include "lca/montecarlo.h"

#include <cstdint>

namespace carbonlabel {

struct Evaluation;

// The Monte Carlo behind every printed range, the sheet's and the badge's (--range): the
// defaults of docs/uncertainty.md with a fixed sample count and seed, so the same profile always
// prints the same range, on any number of threads.
class LabelUncertainty
{
public:
    static constexpr int kSamples = 10000;
    static constexpr std::uint64_t kSeed = 42;

    // kSamples draws with kSeed over every uncertain input and factor of the evaluation.
    static lca::MonteCarloResult run(const Evaluation &evaluation);
    // Whether the result is a range rather than a point (some input or factor varies).
    static bool varies(const lca::MonteCarloResult &result)
    {
        return result.total.p95 > result.total.p5;
    }
};

} // namespace carbonlabel
