#include "core/render/labeluncertainty.h"

#include "core/evaluation/profileevaluator.h"

namespace carbonlabel {

lca::MonteCarloResult LabelUncertainty::run(const Evaluation &evaluation)
{
    lca::MonteCarloOptions mc;
    mc.samples = kSamples;
    mc.seed = kSeed;
    // Results do not depend on the thread count (lca/montecarlo.h), so bytes stay the same.
    return lca::MonteCarlo::run(evaluation.built.inventory, mc);
}

} // namespace carbonlabel
