#pragma once

#include "core/evaluation/profileevaluator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace carbonlabel {

// How good the data behind a result is (docs/uncertainty.md, "Data quality on the result"):
// each factor's pedigree scores and GSD with the share of the total it carries, and the
// contribution-weighted mean score of each indicator. A line's whole footprint counts for its
// main factor (the one on its contribution).
struct DataQualitySummary
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::DataQualitySummary)

public:
    struct Row
    {
        int factor = -1; // index into BuiltInventory::factors
        QString factorId;
        QString line; // "materials[2]" when the line gave its own scores; else empty
        lca::PedigreeScores scores; // as used: temporal and geographical for this profile
        double gsd = 1.0;
        double kgCo2e = 0.0; // the lines it is the main factor of
        double share = 0.0; // of the total, 0..1
    };

    QList<Row> rows; // every factor carrying a part of the total, largest first
    // Contribution-weighted mean of each indicator (reliability, completeness, temporal,
    // geographical, further technological) over the scored rows; 0 when none is scored.
    std::array<double, 5> weighted{};
    double rating = 0.0; // the mean of the five weighted scores, 1 (best) to 5; 0 when unscored
    double scoredShare = 0.0; // the part of the total whose factor is scored, 0..1

    bool isScored() const { return rating > 0.0; }
    // The band of the rating: ≤ 1.5 very good, ≤ 2.5 good, ≤ 3.5 fair, else poor.
    enum class Band { Unscored, VeryGood, Good, Fair, Poor };
    Band band() const;
    QString bandText() const; // translated

    static DataQualitySummary of(const Evaluation &evaluation);
    // The same over some stages only (PACT's cradle-to-gate): the shares and the scored share
    // are of those stages' sum, and the other stages' lines are left out.
    static DataQualitySummary of(const Evaluation &evaluation, const QList<lca::Stage> &stages);

private:
    // Over the stages given (every stage when empty), with `total` their sum.
    static DataQualitySummary summarize(const Evaluation &evaluation, double total,
                                        const QList<lca::Stage> &stages);
};

} // namespace carbonlabel
