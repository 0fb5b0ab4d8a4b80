#include "pedigreematrix.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace lca {

namespace {

// The additional variances of ln(value) per indicator and score 1..5: ecoinvent version 3 data
// quality guideline (Weidema et al. 2013), the table of default uncertainty factors; the same
// values openLCA ships as "ecoinvent Data Quality System" and Brightway's pedigree-matrix.
constexpr double kVariance[5][5] = {
        {0.0, 0.0006, 0.002, 0.008, 0.04}, // reliability
        {0.0, 0.0001, 0.0006, 0.002, 0.008}, // completeness
        {0.0, 0.0002, 0.002, 0.008, 0.04}, // temporal correlation
        {0.0, 0.000025, 0.0001, 0.0006, 0.002}, // geographical correlation
        {0.0, 0.0006, 0.008, 0.04, 0.12}, // further technological correlation
};

std::string upper(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return out;
}

// "GB" and "UK" name one country; the world has two spellings too.
std::string canonical(std::string_view region)
{
    std::string r = upper(region);
    if (r == "UK")
        return "GB";
    if (r == "GLOBAL" || r == "GLO")
        return "WORLD";
    return r;
}

bool isEuMember(const std::string &country)
{
    static constexpr std::string_view kEu27[]
            = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
               "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};
    return std::find(std::begin(kEu27), std::end(kEu27), country) != std::end(kEu27);
}

// The country of a region code: "CN-east" -> "CN", "US-CAL-CISO" -> "US", "FR" -> "FR".
std::string countryOf(const std::string &region)
{
    return region.substr(0, region.find('-'));
}

bool isOneArea(const std::string &region)
{
    if (region.empty())
        return false;
    return std::all_of(region.begin(), region.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

} // namespace

bool PedigreeScores::isScored() const
{
    return reliability || completeness || temporal || geographical || technological;
}

bool PedigreeScores::isValid() const
{
    const std::array<int, 5> all = toArray();
    if (!isScored())
        return true;
    return std::all_of(all.begin(), all.end(), [](int s) { return s >= 1 && s <= 5; });
}

std::array<int, 5> PedigreeScores::toArray() const
{
    return {reliability, completeness, temporal, geographical, technological};
}

double PedigreeMatrix::variance(Indicator indicator, int score)
{
    if (score < 1 || score > 5)
        return 0.0;
    return kVariance[indicator][score - 1];
}

double PedigreeMatrix::variance(const PedigreeScores &scores)
{
    return variance(Reliability, scores.reliability) + variance(Completeness, scores.completeness)
            + variance(Temporal, scores.temporal) + variance(Geographical, scores.geographical)
            + variance(Technological, scores.technological);
}

double PedigreeMatrix::gsd(const PedigreeScores &scores, double basicGsd)
{
    const double basic = basicGsd > 1.0 ? std::log(basicGsd) : 0.0;
    return std::exp(std::sqrt(basic * basic + variance(scores)));
}

int PedigreeMatrix::temporalScore(int dataYear, int referenceYear)
{
    if (dataYear <= 0)
        return 5;
    const int years = std::abs(referenceYear - dataYear);
    if (years < 3)
        return 1;
    if (years < 6)
        return 2;
    if (years < 10)
        return 3;
    if (years < 15)
        return 4;
    return 5;
}

int PedigreeMatrix::geographicalScore(std::string_view dataRegion, std::string_view useRegion)
{
    const std::string data = canonical(dataRegion);
    const std::string use = canonical(useRegion);
    if (!isOneArea(data) || !isOneArea(use))
        return 0;
    if (data == use)
        return 1;
    if (data == "WORLD")
        return 2;
    const std::string useCountry = countryOf(use);
    if (data == "EU" && isEuMember(useCountry))
        return 2;
    if (data == useCountry)
        return 2; // a country's average used for one of its grid regions
    if (countryOf(data) == useCountry)
        return 3; // another region of the same country
    return 4;
}

} // namespace lca
