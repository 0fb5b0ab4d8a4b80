#include "core/evaluation/factorqualityrules.h"

#include <algorithm>

namespace carbonlabel {

BuiltInventory::FactorQuality
FactorQualityRules::forProfile(const Factor &f, const Profile &profile, const QStringList &usePaths,
                               const QString &factoryRegion, const QString &useRegion)
{
    BuiltInventory::FactorQuality q;
    q.scores = f.pedigree;
    if (q.scores.isScored() && profile.product.referenceYear) {
        q.scores.temporal
                = lca::PedigreeMatrix::temporalScore(f.year, int(*profile.product.referenceYear));
        q.temporalFromProfile = true;
    }
    int geographical = 0;
    for (const QString &path : usePaths) {
        const QString where = path.startsWith(u"end_of_life")                    ? useRegion
                : path.startsWith(u"materials") || path.startsWith(u"packaging") ? factoryRegion
                                                                                 : QString();
        geographical = std::max(geographical,
                                lca::PedigreeMatrix::geographicalScore(f.region.toStdString(),
                                                                       where.toStdString()));
    }
    if (q.scores.isScored() && geographical > 0) {
        q.scores.geographical = geographical;
        q.geographicalFromUse = true;
    }
    q.gsd = lca::PedigreeMatrix::gsd(q.scores, f.uncertaintyGsd);
    return q;
}

BuiltInventory::FactorQuality FactorQualityRules::forLine(const Factor &f,
                                                          const lca::PedigreeScores &scores)
{
    BuiltInventory::FactorQuality q;
    q.scores = scores;
    q.gsd = lca::PedigreeMatrix::gsd(scores, f.uncertaintyGsd);
    q.fromLine = true;
    return q;
}

lca::UncertainValue FactorQualityRules::varying(double value, double gsd)
{
    return gsd > 1.0 ? lca::UncertainValue{value, lca::Distribution::Lognormal, 0.0, 0.0, gsd}
                     : lca::UncertainValue::fixed(value);
}

} // namespace carbonlabel
