#pragma once

#include <array>
#include <string>
#include <string_view>

namespace lca {

// The five data-quality indicators of the ecoinvent version 3 pedigree matrix, each scored 1
// (best) to 5; 0 means "not scored" (docs/uncertainty.md).
struct PedigreeScores
{
    int reliability = 0;
    int completeness = 0;
    int temporal = 0; // temporal correlation
    int geographical = 0; // geographical correlation
    int technological = 0; // further technological correlation

    bool isScored() const;
    bool isValid() const; // all five in 1..5, or all five 0
    std::array<int, 5> toArray() const;
    bool operator==(const PedigreeScores &) const = default;
};

// Data-quality uncertainty after the ecoinvent version 3 data quality guideline (Weidema et al.
// 2013, ecoinvent Report 1(v3), section 10.2): each indicator score adds a fixed variance to
// the variance of ln(value), on top of the basic uncertainty,
//     sigma^2 = (ln basicGsd)^2 + sum of the five additional variances,
// and the factor is lognormal with GSD = exp(sigma).
class PedigreeMatrix
{
public:
    enum Indicator { Reliability, Completeness, Temporal, Geographical, Technological };

    // The additional variance of ln(value) for a score 1..5 of an indicator (0 for score 0).
    static double variance(Indicator indicator, int score);
    // Sum of the five additional variances (0 when not scored).
    static double variance(const PedigreeScores &scores);
    // exp(sqrt((ln basicGsd)^2 + variance(scores))); basicGsd 1 (or below) means none.
    static double gsd(const PedigreeScores &scores, double basicGsd = 1.0);

    // Temporal correlation from the years between the data and the year it is used for:
    // under 3 years 1, under 6 2, under 10 3, under 15 4, else 5; 5 when the data's year is
    // unknown (0).
    static int temporalScore(int dataYear, int referenceYear);

    // Geographical correlation of data for `dataRegion` used in `useRegion` (ISO 3166 codes,
    // sub-national codes such as "CN-east" or "US-CAL-CISO", "EU", "WORLD"/"GLOBAL"):
    // 1 the same area; 2 a larger area that includes it (the world, the EU for a member
    // state, a country for one of its grid regions); 3 another region of the same country;
    // 4 another area. 0 when either region is empty or not one area ("GLOBAL/UK"): the
    // factor's own score then stands.
    static int geographicalScore(std::string_view dataRegion, std::string_view useRegion);
};

} // namespace lca
