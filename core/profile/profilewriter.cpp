#include "core/profile/profilewriter.h"

#include "core/base/savefile.h"
#include "core/factors/factordatabase.h"
#include "core/profile/fieldtableio.h"

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

void setText(Json &o, const char *key, const QString &s)
{
    if (!s.isEmpty())
        o[key] = str(s);
}

// The fields the table describes, then whatever unknown fields were read.
template<typename Object>
Json fields(const Object &object, std::span<const FieldSpec<Object>> table)
{
    Json o = Json::object();
    FieldTableIo::write(o, object, table, &ProfileWriter::numberToJson, &plain);
    return o;
}

// One object per item, written by `write`, then the item's unknown fields.
template<typename Object, typename Write>
Json rows(const QList<Object> &list, Write write)
{
    Json a = Json::array();
    for (const Object &item : list) {
        Json o = Json::object();
        write(o, item);
        appendUnknown(o, item.unknown);
        a.push_back(std::move(o));
    }
    return a;
}

template<typename Object>
Json array(const QList<Object> &list, std::span<const FieldSpec<Object>> table)
{
    return rows(list, [table](Json &o, const Object &item) {
        FieldTableIo::write(o, item, table, &ProfileWriter::numberToJson, &plain);
    });
}

// "key": number, or "key_factor": id (docs/digital-services.md); nothing when neither is set.
void setNumberOrFactor(Json &o, const std::string &key, const NumberOrFactor &v)
{
    if (v.number)
        o[key] = ProfileWriter::numberToJson(*v.number);
    else if (!v.factor.isEmpty())
        o[key + "_factor"] = str(v.factor);
}

Json digitalService(const DigitalService &s)
{
    Json o = Json::object();
    if (s.network) {
        Json j = fields(*s.network, FieldTable::network());
        if (s.network->green)
            j["green"] = true;
        appendUnknown(j, s.network->unknown);
        o["network"] = std::move(j);
    }
    if (s.dataCenter) {
        Json j = fields(*s.dataCenter, FieldTable::dataCenter());
        appendUnknown(j, s.dataCenter->unknown);
        o["data_center"] = std::move(j);
    }
    if (s.ai) {
        Json j = fields(*s.ai, FieldTable::ai());
        appendUnknown(j, s.ai->unknown);
        o["ai"] = std::move(j);
    }
    if (!s.compute.isEmpty()) {
        o["compute"] = rows(s.compute, [](Json &j, const ComputeUse &c) {
            setText(j, "name", c.name);
            j["vcpus"] = ProfileWriter::numberToJson(c.vcpus);
            j["hours_per_year"] = ProfileWriter::numberToJson(c.hoursPerYear);
            setNumberOrFactor(j, "utilisation", c.utilisation);
            setNumberOrFactor(j, "min_w", c.minW);
            setNumberOrFactor(j, "max_w", c.maxW);
            setNumberOrFactor(j, "pue", c.pue);
            j["grid"] = str(c.grid);
        });
    }
    if (!s.accelerators.isEmpty()) {
        o["accelerators"] = rows(s.accelerators, [](Json &j, const AcceleratorUse &acc) {
            setText(j, "name", acc.name);
            j["count"] = ProfileWriter::numberToJson(acc.count);
            setNumberOrFactor(j, "power_w", acc.powerW);
            setNumberOrFactor(j, "idle_w", acc.idleW);
            setNumberOrFactor(j, "max_w", acc.maxW);
            j["hours_per_year"] = ProfileWriter::numberToJson(acc.hoursPerYear);
            setNumberOrFactor(j, "utilisation", acc.utilisation);
            setNumberOrFactor(j, "pue", acc.pue);
            j["grid"] = str(acc.grid);
        });
    }
    if (!s.storage.isEmpty()) {
        o["storage"] = rows(s.storage, [](Json &j, const StorageUse &st) {
            setText(j, "name", st.name);
            j["tb"] = ProfileWriter::numberToJson(st.tb);
            j["hours_per_year"] = ProfileWriter::numberToJson(st.hoursPerYear);
            setNumberOrFactor(j, "wh_per_tb_h", st.whPerTbH);
            setNumberOrFactor(j, "replication", st.replication);
            setNumberOrFactor(j, "pue", st.pue);
            j["grid"] = str(st.grid);
        });
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

    Json product = fields(profile.product, FieldTable::product());
    appendUnknown(product, profile.product.unknown);
    root["product"] = std::move(product);

    if (!profile.materials.isEmpty())
        root["materials"] = array(profile.materials, FieldTable::line());
    if (profile.manufacturing) {
        Json o = fields(*profile.manufacturing, FieldTable::manufacturing());
        appendUnknown(o, profile.manufacturing->unknown);
        root["manufacturing"] = std::move(o);
    }
    if (!profile.packaging.isEmpty())
        root["packaging"] = array(profile.packaging, FieldTable::line());
    if (!profile.distribution.isEmpty())
        root["distribution"] = array(profile.distribution, FieldTable::distributionLeg());
    if (profile.use) {
        const UsePhase &u = *profile.use;
        Json o = fields(u, FieldTable::use());
        // A use phase without annual energy is described by its modes, even none yet.
        if (!u.modes.isEmpty() || !u.annualEnergyKwh)
            o["modes"] = array(u.modes, FieldTable::useMode());
        appendUnknown(o, u.unknown);
        root["use"] = std::move(o);
    }
    if (profile.digitalService)
        root["digital_service"] = digitalService(*profile.digitalService);
    if (profile.endOfLife) {
        Json o{{"routes", array(profile.endOfLife->routes, FieldTable::endOfLifeRoute())}};
        appendUnknown(o, profile.endOfLife->unknown);
        root["end_of_life"] = std::move(o);
    }
    if (profile.offsets) {
        Json o = fields(*profile.offsets, FieldTable::offsets());
        appendUnknown(o, profile.offsets->unknown);
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
