#include "lca/swdmodel.h"

#include <cmath>
#include <utility>

// Every formula below follows CO2.js 0.19.0 (dist/esm/sustainable-web-design-v3.js,
// sustainable-web-design-v4.js, helpers/index.js) operation by operation, in the same order,
// so that the doubles come out bit for bit as in JavaScript, not merely within rounding.

namespace lca {

namespace {

// The names of the fields as CO2.js spells them, for messages.
constexpr std::pair<SwdField, std::string_view> kFieldNames[] = {
        {SwdField::Bytes, "bytes"},
        {SwdField::GreenHostingFactor, "greenHostingFactor"},
        {SwdField::GridDataCenter, "gridDataCenter"},
        {SwdField::GridNetwork, "gridNetwork"},
        {SwdField::GridDevice, "gridDevice"},
        {SwdField::FirstVisitShare, "firstVisitShare"},
        {SwdField::ReturnVisitShare, "returnVisitShare"},
        {SwdField::DataReloadRatio, "dataReloadRatio"},
};

std::string_view fieldName(SwdField field)
{
    for (const auto &[f, name] : kFieldNames) {
        if (f == field)
            return name;
    }
    return "?";
}

SwdError makeError(SwdField field, SwdErrorKind kind)
{
    std::string message(fieldName(field));
    switch (kind) {
    case SwdErrorKind::NotFinite:
        message += " must be a finite number";
        break;
    case SwdErrorKind::Negative:
        message += " must not be negative";
        break;
    case SwdErrorKind::OutsideUnitInterval:
        message += " must be between 0 and 1";
        break;
    case SwdErrorKind::NotApplicable:
        message += " does not apply to this model version or mode";
        break;
    }
    return SwdError{field, kind, std::move(message)};
}

std::optional<SwdError> checkNonNegative(SwdField field, const std::optional<double> &value)
{
    if (!value)
        return std::nullopt;
    if (!std::isfinite(*value))
        return makeError(field, SwdErrorKind::NotFinite);
    if (*value < 0.0)
        return makeError(field, SwdErrorKind::Negative);
    return std::nullopt;
}

std::optional<SwdError> checkShare(SwdField field, const std::optional<double> &value)
{
    if (!value)
        return std::nullopt;
    if (!std::isfinite(*value))
        return makeError(field, SwdErrorKind::NotFinite);
    if (*value < 0.0 || *value > 1.0)
        return makeError(field, SwdErrorKind::OutsideUnitInterval);
    return std::nullopt;
}

struct Intensities
{
    double dataCenter;
    double network;
    double device;
};

// parseByteTraceOptions: an unset segment falls back to the version's global intensity.
Intensities gridIntensities(const SwdOptions &options, double global)
{
    return {options.gridDataCenter.value_or(global), options.gridNetwork.value_or(global),
            options.gridDevice.value_or(global)};
}

struct Segments
{
    double dataCenter;
    double network;
    double device;
};

// v4 outputSegments(): the reported segments never include the green hosting factor.
void fillV4Segments(SwdResult &r, const Segments &operational, const Segments &embodied)
{
    r.operational = SwdParts{operational.dataCenter, operational.network, operational.device};
    r.embodied = SwdParts{embodied.dataCenter, embodied.network, embodied.device};
}

struct V4Emissions
{
    Segments operational;
    Segments embodied;
    double greenHostingFactor;
};

V4Emissions v4Emissions(double bytes, const SwdOptions &options)
{
    const double gb = bytes / SwdModel::kBytesPerGigabyte;
    const Intensities grid = gridIntensities(options, SwdModel::kV4GlobalGridIntensity);
    V4Emissions e{};
    e.operational.dataCenter = gb * SwdModel::kV4OperationalKwhPerGbDataCenter * grid.dataCenter;
    e.operational.network = gb * SwdModel::kV4OperationalKwhPerGbNetwork * grid.network;
    e.operational.device = gb * SwdModel::kV4OperationalKwhPerGbDevice * grid.device;
    // Quirk: embodied emissions always use the global intensity, whatever the options say.
    e.embodied.dataCenter
            = gb * SwdModel::kV4EmbodiedKwhPerGbDataCenter * SwdModel::kV4GlobalGridIntensity;
    e.embodied.network
            = gb * SwdModel::kV4EmbodiedKwhPerGbNetwork * SwdModel::kV4GlobalGridIntensity;
    e.embodied.device = gb * SwdModel::kV4EmbodiedKwhPerGbDevice * SwdModel::kV4GlobalGridIntensity;
    // getGreenHostingFactor(): green wins over any factor given.
    e.greenHostingFactor = options.green ? 1.0 : options.greenHostingFactor.value_or(0.0);
    return e;
}

SwdResult v4PerByte(double bytes, const SwdOptions &options)
{
    SwdResult r;
    r.version = SwdVersion::V4;
    r.perVisit = false;
    // Quirk: CO2.js returns a bare 0 below one byte; we report every segment as 0.
    if (bytes < 1.0)
        return r;
    const V4Emissions e = v4Emissions(bytes, options);
    fillV4Segments(r, e.operational, e.embodied);
    // The green hosting factor only lowers the total, never a reported segment.
    const double dataCenter
            = e.operational.dataCenter * (1.0 - e.greenHostingFactor) + e.embodied.dataCenter;
    const double network = e.operational.network + e.embodied.network;
    const double device = e.operational.device + e.embodied.device;
    r.total = dataCenter + network + device;
    return r;
}

SwdResult v4PerVisit(double bytes, const SwdOptions &options)
{
    SwdResult r;
    r.version = SwdVersion::V4;
    r.perVisit = true;
    if (bytes < 1.0)
        return r;
    const V4Emissions e = v4Emissions(bytes, options);
    fillV4Segments(r, e.operational, e.embodied);
    // parseVisitTraceOptions' v4 defaults: every visit is a first visit.
    const double firstShare = options.firstVisitShare.value_or(1.0);
    const double returnShare = options.returnVisitShare.value_or(0.0);
    const double reload = options.dataReloadRatio.value_or(0.0);
    // Summed left to right in this order, unlike perByte's per-segment grouping.
    const double firstVisit = e.operational.dataCenter * (1.0 - e.greenHostingFactor)
            + e.embodied.dataCenter + e.operational.network + e.embodied.network
            + e.operational.device + e.embodied.device;
    const double returnVisit = firstVisit * reload;
    r.firstVisitCO2e = firstVisit;
    r.returnVisitCO2e = returnVisit;
    r.total = firstVisit * firstShare + returnVisit * returnShare;
    return r;
}

struct V3Energy
{
    double device;
    double network;
    double production;
    double dataCenter;
};

// energyPerByteByComponent()
V3Energy v3Energy(double bytes)
{
    const double gb = bytes / SwdModel::kBytesPerGigabyte;
    const double energy = gb * SwdModel::kV3KwhPerGb;
    return {energy * SwdModel::kV3DeviceShare, energy * SwdModel::kV3NetworkShare,
            energy * SwdModel::kV3ProductionShare, energy * SwdModel::kV3DataCenterShare};
}

// co2byComponent(): production always uses the global intensity; green hosting replaces the
// data centre's intensity (custom or not) with the renewables intensity.
struct V3Intensities
{
    double device;
    double network;
    double production;
    double dataCenter;
};

V3Intensities v3Intensities(const SwdOptions &options)
{
    const Intensities grid = gridIntensities(options, SwdModel::kV3GlobalGridIntensity);
    return {grid.device, grid.network, SwdModel::kV3GlobalGridIntensity,
            options.green ? SwdModel::kV3RenewablesGridIntensity : grid.dataCenter};
}

SwdResult v3PerByte(double bytes, const SwdOptions &options)
{
    SwdResult r;
    r.version = SwdVersion::V3;
    r.perVisit = false;
    // Quirk: below one byte, v3 per byte counts zero bytes (and still returns the segments).
    const V3Energy energy = v3Energy(bytes < 1.0 ? 0.0 : bytes);
    const V3Intensities grid = v3Intensities(options);
    r.v3.consumerDevice = energy.device * grid.device;
    r.v3.network = energy.network * grid.network;
    r.v3.production = energy.production * grid.production;
    r.v3.dataCenter = energy.dataCenter * grid.dataCenter;
    r.total = r.v3.consumerDevice + r.v3.network + r.v3.production + r.v3.dataCenter;
    return r;
}

SwdResult v3PerVisit(double bytes, const SwdOptions &options)
{
    SwdResult r;
    r.version = SwdVersion::V3;
    r.perVisit = true;
    // energyPerVisitByComponent(): no below-one-byte rule here.
    const double first = options.firstVisitShare.value_or(SwdModel::kV3FirstVisitShare);
    const double ret = options.returnVisitShare.value_or(SwdModel::kV3ReturnVisitShare);
    const double reload = options.dataReloadRatio.value_or(SwdModel::kV3DataReloadRatio);
    const V3Energy energy = v3Energy(bytes);
    const V3Intensities grid = v3Intensities(options);
    // Energy first (value * share, value * return * reload), then x intensity, as CO2.js.
    SwdParts &f = r.v3First;
    SwdParts &s = r.v3Subsequent;
    f.consumerDevice = energy.device * first * grid.device;
    s.consumerDevice = energy.device * ret * reload * grid.device;
    f.network = energy.network * first * grid.network;
    s.network = energy.network * ret * reload * grid.network;
    f.production = energy.production * first * grid.production;
    s.production = energy.production * ret * reload * grid.production;
    f.dataCenter = energy.dataCenter * first * grid.dataCenter;
    s.dataCenter = energy.dataCenter * ret * reload * grid.dataCenter;
    r.total = f.consumerDevice + s.consumerDevice + f.network + s.network + f.production
            + s.production + f.dataCenter + s.dataCenter;
    return r;
}

SwdOutcome run(double bytes, const SwdOptions &options, bool perVisit)
{
    if (auto error = SwdModel::validate(bytes, options, perVisit))
        return SwdOutcome{std::nullopt, std::move(error)};
    SwdResult r;
    if (options.version == SwdVersion::V4)
        r = perVisit ? v4PerVisit(bytes, options) : v4PerByte(bytes, options);
    else
        r = perVisit ? v3PerVisit(bytes, options) : v3PerByte(bytes, options);
    return SwdOutcome{std::move(r), std::nullopt};
}

} // namespace

SwdSegmentList SwdResult::segments() const
{
    SwdSegmentList list;
    auto add = [&list](std::string_view key, double grams) {
        list.items[list.count++] = SwdSegment{key, grams};
    };
    if (version == SwdVersion::V4) {
        const SwdParts &o = operational;
        const SwdParts &e = embodied;
        add("dataCenterOperationalCO2e", o.dataCenter);
        add("networkOperationalCO2e", o.network);
        add("consumerDeviceOperationalCO2e", o.consumerDevice);
        add("dataCenterEmbodiedCO2e", e.dataCenter);
        add("networkEmbodiedCO2e", e.network);
        add("consumerDeviceEmbodiedCO2e", e.consumerDevice);
        add("totalEmbodiedCO2e", e.dataCenter + e.network + e.consumerDevice);
        add("totalOperationalCO2e", o.dataCenter + o.network + o.consumerDevice);
        add("dataCenterCO2e", o.dataCenter + e.dataCenter);
        add("networkCO2e", o.network + e.network);
        add("consumerDeviceCO2e", o.consumerDevice + e.consumerDevice);
        if (perVisit) {
            add("firstVisitCO2e", firstVisitCO2e);
            add("returnVisitCO2e", returnVisitCO2e);
        }
    } else if (perVisit) {
        add("consumerDeviceCO2 - first", v3First.consumerDevice);
        add("consumerDeviceCO2 - subsequent", v3Subsequent.consumerDevice);
        add("networkCO2 - first", v3First.network);
        add("networkCO2 - subsequent", v3Subsequent.network);
        add("productionCO2 - first", v3First.production);
        add("productionCO2 - subsequent", v3Subsequent.production);
        add("dataCenterCO2 - first", v3First.dataCenter);
        add("dataCenterCO2 - subsequent", v3Subsequent.dataCenter);
    } else {
        add("consumerDeviceCO2", v3.consumerDevice);
        add("networkCO2", v3.network);
        add("productionCO2", v3.production);
        add("dataCenterCO2", v3.dataCenter);
    }
    add("total", total);
    return list;
}

std::optional<SwdError> SwdModel::validate(double bytes, const SwdOptions &options, bool perVisit)
{
    // CO2.js accepts negative bytes and intensities and silently replaces out-of-range ratios
    // with defaults; we refuse them instead, so a typo never turns into a plausible number.
    if (!std::isfinite(bytes))
        return makeError(SwdField::Bytes, SwdErrorKind::NotFinite);
    if (bytes < 0.0)
        return makeError(SwdField::Bytes, SwdErrorKind::Negative);
    if (auto e = checkNonNegative(SwdField::GridDataCenter, options.gridDataCenter))
        return e;
    if (auto e = checkNonNegative(SwdField::GridNetwork, options.gridNetwork))
        return e;
    if (auto e = checkNonNegative(SwdField::GridDevice, options.gridDevice))
        return e;
    // v3 ignores the green hosting factor entirely; accepting it would mislead.
    if (options.greenHostingFactor && options.version != SwdVersion::V4)
        return makeError(SwdField::GreenHostingFactor, SwdErrorKind::NotApplicable);
    if (auto e = checkShare(SwdField::GreenHostingFactor, options.greenHostingFactor))
        return e;
    // Per byte, CO2.js ignores the visit ratios.
    if (!perVisit) {
        if (options.firstVisitShare)
            return makeError(SwdField::FirstVisitShare, SwdErrorKind::NotApplicable);
        if (options.returnVisitShare)
            return makeError(SwdField::ReturnVisitShare, SwdErrorKind::NotApplicable);
        if (options.dataReloadRatio)
            return makeError(SwdField::DataReloadRatio, SwdErrorKind::NotApplicable);
    }
    if (auto e = checkShare(SwdField::FirstVisitShare, options.firstVisitShare))
        return e;
    if (auto e = checkShare(SwdField::ReturnVisitShare, options.returnVisitShare))
        return e;
    if (auto e = checkShare(SwdField::DataReloadRatio, options.dataReloadRatio))
        return e;
    return std::nullopt;
}

SwdOutcome SwdModel::perByte(double bytes, const SwdOptions &options)
{
    return run(bytes, options, false);
}

SwdOutcome SwdModel::perVisit(double bytes, const SwdOptions &options)
{
    return run(bytes, options, true);
}

SwdOutcome SwdModel::estimate(double bytes, const SwdOptions &options)
{
    return run(bytes, options, options.perVisit);
}

std::string_view SwdModel::versionName(SwdVersion version)
{
    return version == SwdVersion::V3 ? "swd-v3" : "swd-v4";
}

std::optional<SwdVersion> SwdModel::parseVersion(std::string_view name)
{
    if (name == "swd-v4")
        return SwdVersion::V4;
    if (name == "swd-v3")
        return SwdVersion::V3;
    return std::nullopt;
}

} // namespace lca
