#include "core/profile/digitalservicereader.h"

#include "core/profile/fieldtableio.h"
#include "core/profile/profilereader.h"

namespace carbonlabel {

namespace {

using R = NumberRange;

QString key(std::string_view k)
{
    return QString::fromUtf8(k.data(), static_cast<qsizetype>(k.size()));
}

} // namespace

DigitalServiceReader::DigitalServiceReader(JsonValueReader &reader)
    : r(reader)
{ }

std::optional<DigitalService> DigitalServiceReader::read(const Json &root)
{
    const QString path = QStringLiteral("digital_service");
    const Json *v = r.find(root, "digital_service", {}, false, {});
    if (!v || !r.expectObject(*v, path))
        return std::nullopt;
    DigitalService s;
    s.network = readNetwork(*v, path);
    s.dataCenter = readDataCenter(*v, path);
    s.ai = readAi(*v, path);
    s.compute = readCompute(*v, path);
    s.accelerators = readAccelerators(*v, path);
    s.storage = readStorage(*v, path);
    s.unknown = r.unknownFields(
            *v, {"network", "data_center", "ai", "compute", "accelerators", "storage"}, path);
    return s;
}

std::optional<NetworkUse> DigitalServiceReader::readNetwork(const Json &service,
                                                            const QString &servicePath)
{
    const QString path = JsonValueReader::member(servicePath, "network");
    const Json *v = r.find(service, "network", servicePath, false, {});
    if (!v || !r.expectObject(*v, path))
        return std::nullopt;
    NetworkUse n;
    const auto table = FieldTable::network();
    FieldTableIo::read(r, *v, path, n, table);
    if (const Json *green = r.find(*v, "green", path, false, {})) {
        if (green->is_boolean()) {
            n.green = green->get<bool>();
        } else {
            r.error(JsonValueReader::member(path, "green"),
                    ProfileReader::tr("expected true or false, found %1")
                            .arg(JsonValueReader::describe(*green)));
        }
    }
    n.unknown = r.unknownFields(*v, FieldTable::keys(table, {"green"}), path);
    return n;
}

std::optional<DataCenterUse> DigitalServiceReader::readDataCenter(const Json &service,
                                                                  const QString &servicePath)
{
    const QString path = JsonValueReader::member(servicePath, "data_center");
    const Json *v = r.find(service, "data_center", servicePath, false, {});
    if (!v || !r.expectObject(*v, path))
        return std::nullopt;
    DataCenterUse dc;
    FieldTableIo::read(r, *v, path, dc, FieldTable::dataCenter());
    dc.unknown = r.unknownFields(*v, FieldTable::keys(FieldTable::dataCenter()), path);
    return dc;
}

std::optional<AiUse> DigitalServiceReader::readAi(const Json &service, const QString &servicePath)
{
    const QString path = JsonValueReader::member(servicePath, "ai");
    const Json *v = r.find(service, "ai", servicePath, false, {});
    if (!v || !r.expectObject(*v, path))
        return std::nullopt;
    AiUse ai;
    const auto table = FieldTable::ai();
    FieldTableIo::read(r, *v, path, ai, table);
    ai.unknown = r.unknownFields(*v, FieldTable::keys(table), path);
    return ai;
}

template<typename Item, typename ReadOwn>
QList<Item> DigitalServiceReader::readWorkloads(
        const Json &service, std::string_view arrayKey, const QString &servicePath,
        std::string_view quantityKey, UncertainValue Item::*quantity, NumberRange quantityRange,
        std::initializer_list<std::string_view> ownKeys, ReadOwn readOwn)
{
    std::vector<std::string_view> known{"name", quantityKey, "pue", "pue_factor", "grid"};
    known.insert(known.end(), ownKeys);
    QList<Item> items;
    const QString path = JsonValueReader::member(servicePath, arrayKey);
    const Json *v = r.find(service, arrayKey, servicePath, false, {});
    if (!v || !r.expectArray(*v, path))
        return items;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json &o = (*v)[i];
        const QString itemPath = JsonValueReader::element(path, static_cast<qsizetype>(i));
        Item item;
        if (r.expectObject(o, itemPath)) {
            item.name = r.string(o, "name", itemPath, false);
            item.*quantity = r.number(o, quantityKey, itemPath, quantityRange, true)
                                     .value_or(UncertainValue::fixed(0.0));
            readOwn(o, itemPath, item);
            item.pue = numberOrFactor(o, "pue", itemPath, R::AtLeastOne, true);
            item.grid = r.string(o, "grid", itemPath, true);
            item.unknown = r.unknownFields(o, known, itemPath);
        }
        items.append(item); // kept even when wrong, so indices match the file
    }
    return items;
}

QList<ComputeUse> DigitalServiceReader::readCompute(const Json &service, const QString &servicePath)
{
    return readWorkloads(service, "compute", servicePath, "vcpus", &ComputeUse::vcpus, R::Positive,
                         {"hours_per_year", "utilisation", "utilisation_factor", "min_w",
                          "min_w_factor", "max_w", "max_w_factor"},
                         [this](const Json &o, const QString &path, ComputeUse &c) {
                             c.hoursPerYear = hoursPerYear(o, path);
                             c.utilisation = numberOrFactor(o, "utilisation", path, R::Share, true);
                             c.minW = numberOrFactor(o, "min_w", path, R::NonNegative, true);
                             c.maxW = numberOrFactor(o, "max_w", path, R::NonNegative, true);
                             checkMinBelowMax(c.minW, c.maxW, "min_w", "max_w", path);
                         });
}

QList<AcceleratorUse> DigitalServiceReader::readAccelerators(const Json &service,
                                                             const QString &servicePath)
{
    return readWorkloads(
            service, "accelerators", servicePath, "count", &AcceleratorUse::count, R::Positive,
            {"power_w", "power_w_factor", "idle_w", "idle_w_factor", "max_w", "max_w_factor",
             "hours_per_year", "utilisation", "utilisation_factor"},
            [this](const Json &o, const QString &path, AcceleratorUse &a) {
                const bool rated = o.contains("power_w") || o.contains("power_w_factor");
                const bool range = o.contains("idle_w") || o.contains("idle_w_factor")
                        || o.contains("max_w") || o.contains("max_w_factor");
                if (rated && range) {
                    r.error(path,
                            ProfileReader::tr("give either power_w (or power_w_factor), or idle_w "
                                              "and max_w, not both"));
                } else if (!rated && !range) {
                    r.error(JsonValueReader::member(path, "power_w"),
                            ProfileReader::tr(
                                    "required field is missing; expected power_w or power_w_factor "
                                    "(rated power), or idle_w and max_w (each also as *_factor)"));
                } else if (rated) {
                    a.powerW = numberOrFactor(o, "power_w", path, R::NonNegative, true);
                } else {
                    a.idleW = numberOrFactor(o, "idle_w", path, R::NonNegative, true);
                    a.maxW = numberOrFactor(o, "max_w", path, R::NonNegative, true);
                    checkMinBelowMax(a.idleW, a.maxW, "idle_w", "max_w", path);
                }
                a.hoursPerYear = hoursPerYear(o, path);
                a.utilisation = numberOrFactor(o, "utilisation", path, R::Share, true);
            });
}

QList<StorageUse> DigitalServiceReader::readStorage(const Json &service, const QString &servicePath)
{
    return readWorkloads(service, "storage", servicePath, "tb", &StorageUse::tb, R::NonNegative,
                         {"hours_per_year", "wh_per_tb_h", "wh_per_tb_h_factor", "replication",
                          "replication_factor"},
                         [this](const Json &o, const QString &path, StorageUse &s) {
                             s.hoursPerYear = hoursPerYear(o, path);
                             s.whPerTbH
                                     = numberOrFactor(o, "wh_per_tb_h", path, R::NonNegative, true);
                             s.replication
                                     = numberOrFactor(o, "replication", path, R::AtLeastOne, false);
                         });
}

NumberOrFactor DigitalServiceReader::numberOrFactor(const Json &object, std::string_view k,
                                                    const QString &objectPath, NumberRange range,
                                                    bool required)
{
    NumberOrFactor result;
    const std::string factorKey = std::string(k) + "_factor";
    const bool hasNumber = object.contains(k);
    const bool hasFactor = object.contains(factorKey);
    if (hasNumber && hasFactor) {
        r.error(JsonValueReader::member(objectPath, factorKey),
                ProfileReader::tr("give either %1 or %2, not both").arg(key(k), key(factorKey)));
        return result;
    }
    if (hasFactor) {
        result.factor = r.string(object, factorKey, objectPath, true);
    } else if (hasNumber) {
        result.number = r.number(object, k, objectPath, range, true);
    } else if (required) {
        r.error(JsonValueReader::member(objectPath, k),
                ProfileReader::tr("required field is missing; expected %1, or %2 with a factor id")
                        .arg(JsonValueReader::describe(range), key(factorKey)));
    }
    return result;
}

UncertainValue DigitalServiceReader::hoursPerYear(const Json &object, const QString &objectPath)
{
    const auto hours = r.number(object, "hours_per_year", objectPath, R::NonNegative, true);
    if (hours && hours->value > kHoursPerLeapYear) {
        r.warning(JsonValueReader::member(objectPath, "hours_per_year"),
                  ProfileReader::tr("more hours than a year has (%1); count parallel units in "
                                    "vcpus, count or tb instead")
                          .arg(kHoursPerLeapYear));
    }
    return hours.value_or(UncertainValue::fixed(0.0));
}

void DigitalServiceReader::checkMinBelowMax(const NumberOrFactor &low, const NumberOrFactor &high,
                                            std::string_view lowKey, std::string_view highKey,
                                            const QString &objectPath)
{
    if (low.number && high.number && low.number->value > high.number->value) {
        r.error(JsonValueReader::member(objectPath, highKey),
                ProfileReader::tr("expected at least %1 (%2), found %3")
                        .arg(key(lowKey))
                        .arg(low.number->value)
                        .arg(high.number->value));
    }
}

} // namespace carbonlabel
