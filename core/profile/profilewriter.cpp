#include "core/profile/profilewriter.h"

#include "core/base/savefile.h"
#include "core/factors/factordatabase.h"

#include <cmath>

namespace carbonlabel {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

Json plain(double v)
{
    // Whole numbers stay whole ("52", not "52.0") so hand-written files round-trip unchanged.
    if (std::isfinite(v) && std::floor(v) == v && std::abs(v) < 9.0e15)
        return Json(static_cast<long long>(v));
    return Json(v);
}

// Known fields first, in the documented order, then whatever unknown fields were read.
void appendUnknown(Json &object, const UnknownFields &unknown)
{
    if (!unknown.is_object())
        return;
    for (const auto &[key, value] : unknown.items()) {
        if (!object.contains(key))
            object[key] = value;
    }
}

Json localized(const LocalizedText &text)
{
    Json o = Json::object();
    if (!text.en.isEmpty())
        o["en"] = str(text.en);
    if (!text.zh.isEmpty())
        o["zh"] = str(text.zh);
    appendUnknown(o, text.unknown);
    return o;
}

void setOptional(Json &o, const char *key, const std::optional<UncertainValue> &v)
{
    if (v)
        o[key] = ProfileWriter::numberToJson(*v);
}

void setText(Json &o, const char *key, const QString &s)
{
    if (!s.isEmpty())
        o[key] = str(s);
}

// "key": number, or "key_factor": id (docs/digital-services.md); nothing when neither is set.
void setNumberOrFactor(Json &o, const std::string &key, const NumberOrFactor &v)
{
    if (v.number)
        o[key] = ProfileWriter::numberToJson(*v.number);
    else if (!v.factor.isEmpty())
        o[key + "_factor"] = str(v.factor);
}

Json lines(const QList<MaterialLine> &list)
{
    Json a = Json::array();
    for (const MaterialLine &m : list) {
        Json o = Json::object();
        if (!m.part.isEmpty() || !m.part.unknown.empty())
            o["part"] = localized(m.part);
        o["factor"] = str(m.factor);
        o["quantity"] = ProfileWriter::numberToJson(m.quantity);
        o["unit"] = str(m.unit);
        appendUnknown(o, m.unknown);
        a.push_back(std::move(o));
    }
    return a;
}

Json digitalService(const DigitalService &s)
{
    Json o = Json::object();
    if (s.network) {
        const NetworkUse &n = *s.network;
        Json j = Json::object();
        j["gb_per_year"] = ProfileWriter::numberToJson(n.gbPerYear);
        setOptional(j, "kwh_per_gb", n.kwhPerGb);
        setText(j, "grid", n.grid);
        setText(j, "model", n.model);
        if (n.greenHostingFactor)
            j["green_hosting_factor"] = plain(*n.greenHostingFactor);
        if (n.green)
            j["green"] = true;
        appendUnknown(j, n.unknown);
        o["network"] = std::move(j);
    }
    if (s.dataCenter) {
        Json j = Json::object();
        j["kwh_per_year"] = ProfileWriter::numberToJson(s.dataCenter->kwhPerYear);
        j["pue"] = ProfileWriter::numberToJson(s.dataCenter->pue);
        j["grid"] = str(s.dataCenter->grid);
        appendUnknown(j, s.dataCenter->unknown);
        o["data_center"] = std::move(j);
    }
    if (s.ai) {
        const AiUse &ai = *s.ai;
        Json j = Json::object();
        j["queries_per_year"] = ProfileWriter::numberToJson(ai.queriesPerYear);
        j["wh_per_query"] = ProfileWriter::numberToJson(ai.whPerQuery);
        j["pue"] = ProfileWriter::numberToJson(ai.pue);
        j["grid"] = str(ai.grid);
        setOptional(j, "training_mwh", ai.trainingMwh);
        setText(j, "training_grid", ai.trainingGrid);
        setOptional(j, "training_amortised_over_queries", ai.trainingAmortisedOverQueries);
        appendUnknown(j, ai.unknown);
        o["ai"] = std::move(j);
    }
    if (!s.compute.isEmpty()) {
        Json a = Json::array();
        for (const ComputeUse &c : s.compute) {
            Json j = Json::object();
            setText(j, "name", c.name);
            j["vcpus"] = ProfileWriter::numberToJson(c.vcpus);
            j["hours_per_year"] = ProfileWriter::numberToJson(c.hoursPerYear);
            setNumberOrFactor(j, "utilisation", c.utilisation);
            setNumberOrFactor(j, "min_w", c.minW);
            setNumberOrFactor(j, "max_w", c.maxW);
            setNumberOrFactor(j, "pue", c.pue);
            j["grid"] = str(c.grid);
            appendUnknown(j, c.unknown);
            a.push_back(std::move(j));
        }
        o["compute"] = std::move(a);
    }
    if (!s.accelerators.isEmpty()) {
        Json a = Json::array();
        for (const AcceleratorUse &acc : s.accelerators) {
            Json j = Json::object();
            setText(j, "name", acc.name);
            j["count"] = ProfileWriter::numberToJson(acc.count);
            setNumberOrFactor(j, "power_w", acc.powerW);
            setNumberOrFactor(j, "idle_w", acc.idleW);
            setNumberOrFactor(j, "max_w", acc.maxW);
            j["hours_per_year"] = ProfileWriter::numberToJson(acc.hoursPerYear);
            setNumberOrFactor(j, "utilisation", acc.utilisation);
            setNumberOrFactor(j, "pue", acc.pue);
            j["grid"] = str(acc.grid);
            appendUnknown(j, acc.unknown);
            a.push_back(std::move(j));
        }
        o["accelerators"] = std::move(a);
    }
    if (!s.storage.isEmpty()) {
        Json a = Json::array();
        for (const StorageUse &st : s.storage) {
            Json j = Json::object();
            setText(j, "name", st.name);
            j["tb"] = ProfileWriter::numberToJson(st.tb);
            j["hours_per_year"] = ProfileWriter::numberToJson(st.hoursPerYear);
            setNumberOrFactor(j, "wh_per_tb_h", st.whPerTbH);
            setNumberOrFactor(j, "replication", st.replication);
            setNumberOrFactor(j, "pue", st.pue);
            j["grid"] = str(st.grid);
            appendUnknown(j, st.unknown);
            a.push_back(std::move(j));
        }
        o["storage"] = std::move(a);
    }
    appendUnknown(o, s.unknown);
    return o;
}

} // namespace

Json ProfileWriter::numberToJson(const UncertainValue &v)
{
    switch (v.distribution) {
    case lca::Distribution::Fixed:
        return plain(v.value);
    case lca::Distribution::Lognormal:
        return Json{{"value", plain(v.value)}, {"gsd", plain(v.gsd)}};
    case lca::Distribution::Triangular:
        return Json{{"value", plain(v.value)}, {"min", plain(v.min)}, {"max", plain(v.max)}};
    case lca::Distribution::Uniform:
        return Json{{"value", plain(v.value)},
                    {"min", plain(v.min)},
                    {"max", plain(v.max)},
                    {"dist", "uniform"}};
    }
    return plain(v.value);
}

Json ProfileWriter::snapshotEntry(const Factor &factor)
{
    return Json{{"value", factor.value},
                {"unit", str(factor.unit)},
                {"source", str(factor.source)},
                {"dataset_version", str(factor.datasetVersion)}};
}

Json ProfileWriter::factorSnapshot(const Profile &profile, const FactorDatabase &database)
{
    Json snapshot = Json::object();
    for (const QString &id : profile.factorIds()) {
        const auto factor = database.factor(id);
        if (!factor)
            continue;
        snapshot[str(id)] = snapshotEntry(*factor);
    }
    return snapshot;
}

Json ProfileWriter::toJson(const Profile &profile, const FactorDatabase *database)
{
    Json root = Json::object();
    root["format"] = Profile::kFormat;
    root["version"] = Profile::kVersion;

    const ProductInfo &p = profile.product;
    Json product = Json::object();
    product["id"] = str(p.id);
    product["name"] = localized(p.name);
    setText(product, "category", p.category);
    product["lifetime_years"] = numberToJson(p.lifetimeYears);
    setOptional(product, "mass_kg", p.massKg);
    if (!p.functionalUnit.isEmpty())
        product["functional_unit"] = localized(p.functionalUnit);
    if (!p.description.isEmpty())
        product["description"] = localized(p.description);
    appendUnknown(product, p.unknown);
    root["product"] = std::move(product);

    if (!profile.materials.isEmpty())
        root["materials"] = lines(profile.materials);
    if (profile.manufacturing) {
        const Manufacturing &m = *profile.manufacturing;
        Json o = Json::object();
        setOptional(o, "assembly_energy_kwh", m.assemblyEnergyKwh);
        setText(o, "grid", m.grid);
        setOptional(o, "yield_loss", m.yieldLoss);
        appendUnknown(o, m.unknown);
        root["manufacturing"] = std::move(o);
    }
    if (!profile.packaging.isEmpty())
        root["packaging"] = lines(profile.packaging);
    if (!profile.distribution.isEmpty()) {
        Json a = Json::array();
        for (const DistributionLeg &leg : profile.distribution) {
            Json o = Json::object();
            o["mode"] = str(leg.mode);
            o["distance_km"] = numberToJson(leg.distanceKm);
            setOptional(o, "mass_kg", leg.massKg);
            appendUnknown(o, leg.unknown);
            a.push_back(std::move(o));
        }
        root["distribution"] = std::move(a);
    }
    if (profile.use) {
        const UsePhase &u = *profile.use;
        Json o = Json::object();
        o["grid"] = str(u.grid);
        setOptional(o, "annual_energy_kwh", u.annualEnergyKwh);
        if (!u.modes.isEmpty() || !u.annualEnergyKwh) {
            Json modes = Json::array();
            for (const UseMode &m : u.modes) {
                Json j = Json::object();
                setText(j, "name", m.name);
                j["power_w"] = numberToJson(m.powerW);
                j["hours_per_day"] = numberToJson(m.hoursPerDay);
                j["days_per_year"] = numberToJson(m.daysPerYear);
                appendUnknown(j, m.unknown);
                modes.push_back(std::move(j));
            }
            o["modes"] = std::move(modes);
        }
        appendUnknown(o, u.unknown);
        root["use"] = std::move(o);
    }
    if (profile.digitalService)
        root["digital_service"] = digitalService(*profile.digitalService);
    if (profile.endOfLife) {
        Json routes = Json::array();
        for (const EndOfLifeRoute &r : profile.endOfLife->routes) {
            Json o{{"factor", str(r.factor)}, {"share", numberToJson(r.share)}};
            appendUnknown(o, r.unknown);
            routes.push_back(std::move(o));
        }
        Json o{{"routes", std::move(routes)}};
        appendUnknown(o, profile.endOfLife->unknown);
        root["end_of_life"] = std::move(o);
    }
    if (profile.offsets) {
        const Offsets &off = *profile.offsets;
        Json o{{"kg_co2e", numberToJson(off.kgCo2e)},
               {"standard", str(off.standard)},
               {"certificate", str(off.certificate)}};
        appendUnknown(o, off.unknown);
        root["offsets"] = std::move(o);
    }
    if (!profile.pact.is_null())
        root["pact"] = profile.pact;
    appendUnknown(root, profile.unknown);
    if (database)
        root["factor_snapshot"] = factorSnapshot(profile, *database);
    else if (profile.factorSnapshot.is_object())
        root["factor_snapshot"] = profile.factorSnapshot;
    return root;
}

QByteArray ProfileWriter::write(const Profile &profile, const FactorDatabase *database)
{
    const std::string text = toJson(profile, database).dump(2) + "\n";
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

bool ProfileWriter::writeFile(const QString &fileName, const Profile &profile,
                              const FactorDatabase *database, QString *errorString)
{
    return SaveFile::write(fileName, write(profile, database), errorString);
}

} // namespace carbonlabel
