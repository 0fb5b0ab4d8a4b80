#pragma once

#include "lca/stage.h"
#include "lca/swdmodel.h"
#include "lca/uncertainvalue.h"

#include <string>
#include <vector>

namespace lca {

// Index into Inventory::parameters; kNoParam when an optional number is absent.
using ParamIndex = int;
inline constexpr ParamIndex kNoParam = -1;

// One number that enters the calculation: a profile value or a factor value. Keeping every
// number here, referenced by index, lets Monte Carlo resample them all without rebuilding
// the inventory, and lets a factor used on several lines vary as one.
struct Parameter
{
    std::string path; // JSON path in the profile ("materials[0].quantity") or "factors.<id>"
    UncertainValue value;
};

struct FactorInput
{
    std::string id;
    // kg CO2e per one unit of the factor's denominator; for a factor used as a plain number
    // (watts, a PUE, a utilisation, Wh/TB-h) its value in its own unit.
    ParamIndex value = kNoParam;
    bool co2Only = false;
};

struct Term
{
    ParamIndex param = kNoParam;
    int exponent = 1; // 1 multiplies, -1 divides
    // When both are set the term is low + x (high - low), x being `param`: the power drawn at a
    // utilisation x between idle and full load (Cloud Carbon Footprint's min/max watts).
    ParamIndex low = kNoParam;
    ParamIndex high = kNoParam;
};

// A contribution of the form constant x product(terms) x factor. Materials, assembly energy,
// packaging, device use and the energy-based digital-service lines all have this shape.
struct ProductLine
{
    enum class MassRole { None, Product, Packaging };

    std::string path; // the input line, e.g. "materials[2]"
    Stage stage = Stage::MaterialsManufacturing;
    int factor = -1; // index into Inventory::factors
    // When set, the line's own draw of its factor's value (a line with its own data quality),
    // used instead of the factor's shared one.
    ParamIndex ownFactorValue = kNoParam;
    double constant = 1.0; // unit conversions and fixed scalings
    std::vector<Term> terms;
    bool appliesYieldLoss = false; // multiplied by (1 + yield_loss)
    // When the line's quantity is a mass, it also adds to the product or packaging mass.
    MassRole massRole = MassRole::None;
    ParamIndex massQuantity = kNoParam;
    double massKgPerUnit = 0.0;
};

// (mass in t) x distance x factor; the mass is the leg's own or product + packaging.
struct TransportLeg
{
    std::string path;
    ParamIndex massKg = kNoParam;
    ParamIndex distanceKm = kNoParam;
    int factor = -1;
};

// product mass x share x factor; a negative result is a credit, reported apart.
struct EndOfLifeRoute
{
    std::string path;
    ParamIndex share = kNoParam;
    int factor = -1;
};

// The Sustainable Web Design model for a network's yearly transfer (docs/digital-services.md):
// gb_per_year x 10^9 bytes through SwdModel::perByte, whose whole total (data centre, network,
// user device, operational and embodied) in grams becomes kg x lifetime, in use_digital.
struct SwdLine
{
    std::string path; // "digital_service.network"
    ParamIndex gbPerYear = kNoParam;
    ParamIndex lifetime = kNoParam;
    SwdOptions options; // checked by whoever builds the line
};

struct Inventory
{
    std::vector<Parameter> parameters;
    std::vector<FactorInput> factors;

    std::vector<ProductLine> lines;
    std::vector<TransportLeg> legs;
    std::vector<EndOfLifeRoute> endOfLifeRoutes;
    std::vector<SwdLine> swdLines;

    ParamIndex yieldLoss = kNoParam;
    ParamIndex productMassKg = kNoParam; // else the sum of the product-mass lines
    ParamIndex offsetsKg = kNoParam;
    bool offsetsCertified = false; // offsets name a standard and a certificate

    ParamIndex addParameter(std::string path, UncertainValue value);
    // Adds the factor once and returns its index; later calls with the same id reuse it.
    int addFactor(const std::string &id, UncertainValue value, bool co2Only);
    int findFactor(const std::string &id) const;

    // The central (deterministic) value of every parameter, in order.
    std::vector<double> centralValues() const;
};

} // namespace lca
