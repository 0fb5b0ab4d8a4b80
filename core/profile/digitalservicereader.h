#pragma once

#include "core/profile/jsonvaluereader.h"
#include "core/profile/profile.h"

namespace carbonlabel {

// Reads a profile's "digital_service" object (docs/digital-services.md): network (energy or
// Sustainable Web Design), data centre, AI, and the compute, accelerator and storage models.
// Checks types, ranges and which fields go together; factor ids and their units are checked
// against the database by InventoryBuilder. Messages use ProfileReader's translation context.
class DigitalServiceReader
{
public:
    explicit DigitalServiceReader(JsonValueReader &reader);

    std::optional<DigitalService> read(const Json &root);

    // Hours in a leap year: more "hours_per_year" than this for one unit is suspicious.
    static constexpr double kHoursPerLeapYear = 8784.0;

private:
    std::optional<NetworkUse> readNetwork(const Json &service, const QString &servicePath);
    std::optional<DataCenterUse> readDataCenter(const Json &service, const QString &servicePath);
    std::optional<AiUse> readAi(const Json &service, const QString &servicePath);
    QList<ComputeUse> readCompute(const Json &service, const QString &servicePath);
    QList<AcceleratorUse> readAccelerators(const Json &service, const QString &servicePath);
    QList<StorageUse> readStorage(const Json &service, const QString &servicePath);

    // "key" as a number (or distribution) or "key_factor" as a factor id; not both.
    NumberOrFactor numberOrFactor(const Json &object, std::string_view key,
                                  const QString &objectPath, NumberRange range, bool required);
    UncertainValue hoursPerYear(const Json &object, const QString &objectPath);
    void checkMinBelowMax(const NumberOrFactor &low, const NumberOrFactor &high,
                          std::string_view lowKey, std::string_view highKey,
                          const QString &objectPath);
    // What compute, accelerators and storage share: the array `key` of the service, each
    // element an object with a name, a quantity (vCPUs, a count, TB), the fields `readOwn`
    // reads (named in `ownKeys`), a PUE and a grid, in that order; other members are kept.
    template<typename Item, typename ReadOwn>
    QList<Item> readWorkloads(const Json &service, std::string_view key, const QString &servicePath,
                              std::string_view quantityKey, UncertainValue Item::*quantity,
                              NumberRange quantityRange,
                              std::initializer_list<std::string_view> ownKeys, ReadOwn readOwn);

    JsonValueReader &r;
};

} // namespace carbonlabel
