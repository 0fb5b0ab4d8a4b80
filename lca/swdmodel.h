#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lca {

// The Sustainable Web Design model (SWD), v4 and v3, exactly as the Green Web Foundation's
// CO2.js (npm @tgwf/co2 0.19.0) computes it: same constants, same operation order, same
// segment keys and the same quirks (docs/digital-services.md lists them). Grams CO2e.

enum class SwdVersion { V3, V4 };

// The input a validation error is about, so a caller can name its own option or JSON path.
enum class SwdField {
    Bytes,
    GreenHostingFactor,
    GridDataCenter,
    GridNetwork,
    GridDevice,
    FirstVisitShare,
    ReturnVisitShare,
    DataReloadRatio,
};

enum class SwdErrorKind {
    NotFinite, // NaN or infinity
    Negative, // must be >= 0
    OutsideUnitInterval, // must be within 0..1
    NotApplicable, // not used by this model version or mode
};

struct SwdError
{
    SwdField field = SwdField::Bytes;
    SwdErrorKind kind = SwdErrorKind::NotFinite;
    std::string message; // English, for logs and non-Qt callers; the UI translates field + kind
};

struct SwdOptions
{
    SwdVersion version = SwdVersion::V4;
    bool perVisit = false; // read by SwdModel::estimate only
    bool green = false; // verified green host (v4: factor 1; v3: renewables intensity for DC)
    // v4 only, 0..1: share of the data centre's operational emissions that is green.
    std::optional<double> greenHostingFactor;
    // Grid intensities in gCO2e/kWh, >= 0; unset = the model's global intensity.
    std::optional<double> gridDataCenter;
    std::optional<double> gridNetwork;
    std::optional<double> gridDevice;
    // Per visit only, each 0..1; unset = CO2.js's defaults (v3: 0.75, 0.25, 0.02; v4: 1, 0, 0).
    // CO2.js does not require first + return to be 1, and neither do we.
    std::optional<double> firstVisitShare;
    std::optional<double> returnVisitShare;
    std::optional<double> dataReloadRatio;
};

struct SwdSegment
{
    std::string_view key; // CO2.js's key, e.g. "dataCenterOperationalCO2e"
    double grams = 0.0;
};

// The segments of one result in CO2.js's order (total last), without allocating.
struct SwdSegmentList
{
    std::array<SwdSegment, 14> items{}; // v4 per visit has the most: 13 + total
    std::size_t count = 0;

    const SwdSegment *begin() const { return items.data(); }
    const SwdSegment *end() const { return items.data() + count; }
    std::size_t size() const { return count; }
    const SwdSegment &operator[](std::size_t i) const { return items[i]; }
};

// One amount for each part of the system CO2.js divides a transfer into, in grams.
struct SwdParts
{
    double dataCenter = 0.0;
    double network = 0.0;
    double consumerDevice = 0.0;
    double production = 0.0; // v3 only: making the devices
};

// CO2.js's segmented result. Only the fields of `version` (and, for v3, of the mode) are
// meaningful; segments() lists exactly those, with CO2.js's keys in its order, and adds up the
// v4 totals as CO2.js does.
struct SwdResult
{
    SwdVersion version = SwdVersion::V4;
    bool perVisit = false;

    // v4, per byte and per visit. Per visit these are still the emissions of one full load;
    // only firstVisitCO2e, returnVisitCO2e and total apply the visit ratios (as CO2.js).
    SwdParts operational;
    SwdParts embodied;
    double firstVisitCO2e = 0.0; // v4 per visit only
    double returnVisitCO2e = 0.0; // v4 per visit only

    // v3: per byte, or per visit the first and the subsequent visits (CO2.js's keys
    // "<segment> - first" and "<segment> - subsequent").
    SwdParts v3;
    SwdParts v3First;
    SwdParts v3Subsequent;

    double total = 0.0;

    SwdSegmentList segments() const;
};

// Either a result or an error; nothing here throws.
struct SwdOutcome
{
    std::optional<SwdResult> result;
    std::optional<SwdError> error;

    bool ok() const { return result.has_value(); }
    explicit operator bool() const { return ok(); }
};

class SwdModel
{
public:
    // Constants of CO2.js 0.19.0 (dist/esm/constants/index.js and file-size.js), which
    // implements the SWD methodology (sustainablewebdesign.org, v3 2022, v4 2024).
    static constexpr double kBytesPerGigabyte = 1e9; // fileSize.GIGABYTE = 1e3 * 1e3 * 1e3

    // v4: kWh per GB by segment (SWDV4.*_KWH_PER_GB_*) and the fixed global intensity.
    static constexpr double kV4OperationalKwhPerGbDataCenter = 0.055;
    static constexpr double kV4OperationalKwhPerGbNetwork = 0.059;
    static constexpr double kV4OperationalKwhPerGbDevice = 0.08;
    static constexpr double kV4EmbodiedKwhPerGbDataCenter = 0.012;
    static constexpr double kV4EmbodiedKwhPerGbNetwork = 0.013;
    static constexpr double kV4EmbodiedKwhPerGbDevice = 0.081;
    static constexpr double kV4GlobalGridIntensity = 494.0; // SWDV4.GLOBAL_GRID_INTENSITY

    // v3: total energy per GB and its split (KWH_PER_GB, *_ENERGY).
    static constexpr double kV3KwhPerGb = 0.81;
    static constexpr double kV3DeviceShare = 0.52; // END_USER_DEVICE_ENERGY
    static constexpr double kV3NetworkShare = 0.14; // NETWORK_ENERGY
    static constexpr double kV3DataCenterShare = 0.15; // DATACENTER_ENERGY
    static constexpr double kV3ProductionShare = 0.19; // PRODUCTION_ENERGY
    // GLOBAL_GRID_INTENSITY = averageIntensity.data["WORLD"] of CO2.js 0.19.0's
    // data/average-intensities.min.js: Ember's 2024 world figure (factor grid_world_ember_2024).
    static constexpr double kV3GlobalGridIntensity = 472.94;
    static constexpr double kV3RenewablesGridIntensity = 50.0; // RENEWABLES_GRID_INTENSITY
    static constexpr double kV3FirstVisitShare = 0.75; // FIRST_TIME_VIEWING_PERCENTAGE
    static constexpr double kV3ReturnVisitShare = 0.25; // RETURNING_VISITOR_PERCENTAGE
    static constexpr double kV3DataReloadRatio
            = 0.02; // PERCENTAGE_OF_DATA_LOADED_ON_SUBSEQUENT_LOAD

    // Emissions of transferring `bytes` once (CO2.js perByteTrace, segmented).
    static SwdOutcome perByte(double bytes, const SwdOptions &options);
    // Emissions of one page visit of `bytes` with caching ratios (CO2.js perVisitTrace).
    static SwdOutcome perVisit(double bytes, const SwdOptions &options);
    // perVisit when options.perVisit, else perByte.
    static SwdOutcome estimate(double bytes, const SwdOptions &options);

    // The option problems perByte/perVisit would report, or nothing.
    static std::optional<SwdError> validate(double bytes, const SwdOptions &options, bool perVisit);

    static std::string_view versionName(SwdVersion version); // "swd-v3" / "swd-v4"
    static std::optional<SwdVersion> parseVersion(std::string_view name);
};

} // namespace lca
