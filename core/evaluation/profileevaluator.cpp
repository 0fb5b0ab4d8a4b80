#include "core/evaluation/profileevaluator.h"

#include "core/evaluation/completenesscheck.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"
#include "lca/footprintcalculator.h"

namespace carbonlabel {

Evaluation ProfileEvaluator::evaluateFile(const QString &fileName, const FactorDatabase &database)
{
    ProfileReader::Result read = ProfileReader::readFile(fileName);
    if (!read.profile) {
        Evaluation e;
        e.diagnostics = std::move(read.diagnostics);
        return e;
    }
    Evaluation e = evaluate(*read.profile, database);
    e.diagnostics = read.diagnostics + e.diagnostics;
    return e;
}

Evaluation ProfileEvaluator::evaluate(const Profile &profile, const FactorDatabase &database)
{
    Evaluation e;
    e.profile = profile;
    e.datasetVersion = database.datasetVersion();
    e.built = InventoryBuilder::build(profile, database);
    e.diagnostics = e.built.diagnostics;
    if (!e.built.ok())
        return e;
    e.result = lca::FootprintCalculator::calculate(e.built.inventory);
    e.benchmark
            = PeerBenchmark::shipped().compare(profile.product.category, e.result.total(),
                                               e.result.stage(lca::Stage::MaterialsManufacturing));
    if (e.benchmark) {
        e.diagnostics += PeerBenchmark::warnings(*e.benchmark);
        e.missingComponents
                = CompletenessCheck::missing(profile, e.built.factors, e.benchmark->group->id);
        e.diagnostics += CompletenessCheck::warnings(e.missingComponents,
                                                     e.benchmark->group->displayName());
    }
    return e;
}

} // namespace carbonlabel
