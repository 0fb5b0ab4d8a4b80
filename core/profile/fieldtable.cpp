#include "core/profile/fieldtable.h"

#include "core/profile/profilefields.h"

#include <array>

namespace carbonlabel {

namespace {

using R = NumberRange;
using F = FieldInfo;

constexpr const char *kContext = "carbonlabel::FieldTable";

template<typename M> constexpr FieldType typeOf()
{
    if constexpr (std::is_same_v<M, QString>)
        return FieldType::Text;
    else if constexpr (std::is_same_v<M, LocalizedText>)
        return FieldType::LocalizedText;
    else if constexpr (std::is_same_v<M, UncertainValue>)
        return FieldType::Number;
    else if constexpr (std::is_same_v<M, std::optional<UncertainValue>>)
        return FieldType::OptionalNumber;
    else
        return FieldType::OptionalPlainNumber;
}

// One row of the table; the type follows from the member, so the two cannot disagree.
template<typename Object, typename M>
FieldSpec<Object> field(const char *section, const char *key, M Object::*member, int flags,
                        const char *name, const char *unit = nullptr, R range = R::Any,
                        double fallback = 0.0)
{
    FieldSpec<Object> s;
    static_cast<FieldInfo &>(s)
            = FieldInfo{section, key, typeOf<M>(), flags, range, unit, name, fallback};
    s.member = member;
    return s;
}

const auto kProduct = std::array{
        field("product", "id", &ProductInfo::id, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Product ID")),
        field("product", "name", &ProductInfo::name, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Name")),
        field("product", "category", &ProductInfo::category, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Category")),
        field("product", "lifetime_years", &ProductInfo::lifetimeYears, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Lifetime"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "years"), R::Positive),
        field("product", "mass_kg", &ProductInfo::massKg, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Mass"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "kg"), R::Positive),
        field("product", "reference_year", &ProductInfo::referenceYear, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Reference year"), nullptr, R::Year),
        field("product", "functional_unit", &ProductInfo::functionalUnit, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Functional unit")),
        field("product", "description", &ProductInfo::description, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Description")),
};

// Materials and packaging lines; a materials line also needs its part named (the reader).
const auto kLine = std::array{
        field("materials[]", "part", &MaterialLine::part, F::Conditional,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Part")),
        field("materials[]", "factor", &MaterialLine::factor, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Emission factor")),
        field("materials[]", "quantity", &MaterialLine::quantity, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Quantity"), nullptr, R::Positive),
        field("materials[]", "unit", &MaterialLine::unit, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Unit")),
        field("materials[]", "component", &MaterialLine::component, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Component")),
        field("materials[]", "pedigree", &MaterialLine::pedigree, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Data quality")),
        field("materials[]", "data_source", &MaterialLine::dataSource, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Data source")),
};

const auto kManufacturing = std::array{
        field("manufacturing", "assembly_energy_kwh", &Manufacturing::assemblyEnergyKwh, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Assembly energy"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "kWh per product"), R::NonNegative),
        // Required once there is assembly energy to put on a grid.
        field("manufacturing", "grid", &Manufacturing::grid, F::Conditional,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Factory grid")),
        field("manufacturing", "yield_loss", &Manufacturing::yieldLoss, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Yield loss"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "fraction, e.g. 0.03"), R::YieldLoss),
};

const auto kDistributionLeg = std::array{
        field("distribution[]", "mode", &DistributionLeg::mode, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Transport mode")),
        field("distribution[]", "distance_km", &DistributionLeg::distanceKm, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Distance"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "km"), R::Positive),
        field("distribution[]", "mass_kg", &DistributionLeg::massKg, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Mass"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "kg"), R::Positive),
};

const auto kUse = std::array{
        field("use", "grid", &UsePhase::grid, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Grid where it is used")),
        field("use", "annual_energy_kwh", &UsePhase::annualEnergyKwh, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Annual energy"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "kWh per year"), R::NonNegative),
};

const auto kUseMode = std::array{
        field("use.modes[]", "name", &UseMode::name, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Mode")),
        field("use.modes[]", "power_w", &UseMode::powerW, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Power"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "W"), R::NonNegative),
        field("use.modes[]", "hours_per_day", &UseMode::hoursPerDay, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Hours per day"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "h/day"), R::HoursPerDay),
        field("use.modes[]", "days_per_year", &UseMode::daysPerYear, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Days per year"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "days/year"), R::DaysPerYear),
};

// Sustainable Web Design brings its own energy per GB and grid; otherwise both are required.
const auto kNetwork = std::array{
        field("digital_service.network", "gb_per_year", &NetworkUse::gbPerYear, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Data"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "GB per year"), R::NonNegative),
        field("digital_service.network", "kwh_per_gb", &NetworkUse::kwhPerGb, F::Conditional,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Energy intensity"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "kWh per GB"), R::NonNegative),
        field("digital_service.network", "grid", &NetworkUse::grid, F::Conditional,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Grid")),
        field("digital_service.network", "model", &NetworkUse::model, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Model")),
        field("digital_service.network", "green_hosting_factor", &NetworkUse::greenHostingFactor, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Green hosting share"), nullptr,
              R::Share),
};

const auto kDataCenter = std::array{
        field("digital_service.data_center", "kwh_per_year", &DataCenterUse::kwhPerYear,
              F::Required, QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "IT energy"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "kWh per year"), R::NonNegative),
        field("digital_service.data_center", "pue", &DataCenterUse::pue, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "PUE"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "≥ 1"), R::AtLeastOne, 1.0),
        field("digital_service.data_center", "grid", &DataCenterUse::grid, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Grid")),
};

// Training needs its grid and the queries it is shared over once its energy is given.
const auto kAi = std::array{
        field("digital_service.ai", "queries_per_year", &AiUse::queriesPerYear, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Queries"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "per year"), R::NonNegative),
        field("digital_service.ai", "wh_per_query", &AiUse::whPerQuery, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Energy per query"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Wh"), R::NonNegative),
        field("digital_service.ai", "pue", &AiUse::pue, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "PUE"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "≥ 1"), R::AtLeastOne, 1.0),
        field("digital_service.ai", "grid", &AiUse::grid, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Grid")),
        field("digital_service.ai", "training_mwh", &AiUse::trainingMwh, 0,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Training energy"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "MWh"), R::NonNegative),
        field("digital_service.ai", "training_grid", &AiUse::trainingGrid, F::Conditional,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Training grid")),
        field("digital_service.ai", "training_amortised_over_queries",
              &AiUse::trainingAmortisedOverQueries, F::Conditional,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Training shared by"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "queries"), R::Positive),
};

const auto kEndOfLifeRoute = std::array{
        field("end_of_life.routes[]", "factor", &EndOfLifeRoute::factor, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Emission factor")),
        field("end_of_life.routes[]", "share", &EndOfLifeRoute::share, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Share"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "share"), R::Share),
};

const auto kOffsets = std::array{
        field("offsets", "kg_co2e", &Offsets::kgCo2e, F::Required,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Offsets"),
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "kg CO2e"), R::NonNegative),
        field("offsets", "standard", &Offsets::standard, F::WriteEmpty,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Standard")),
        field("offsets", "certificate", &Offsets::certificate, F::WriteEmpty,
              QT_TRANSLATE_NOOP("carbonlabel::FieldTable", "Certificate")),
};

template<typename Object>
const FieldInfo *findIn(std::span<const FieldSpec<Object>> table, const QString &key)
{
    const FieldSpec<Object> *s = FieldTable::spec(table, key.toStdString());
    return s;
}

} // namespace

QString FieldInfo::translatedName() const
{
    return QCoreApplication::translate(kContext, name);
}

QString FieldInfo::translatedUnit() const
{
    return unit ? QCoreApplication::translate(kContext, unit) : QString();
}

std::span<const FieldSpec<ProductInfo>> FieldTable::product()
{
    return kProduct;
}
std::span<const FieldSpec<MaterialLine>> FieldTable::line()
{
    return kLine;
}
std::span<const FieldSpec<Manufacturing>> FieldTable::manufacturing()
{
    return kManufacturing;
}
std::span<const FieldSpec<DistributionLeg>> FieldTable::distributionLeg()
{
    return kDistributionLeg;
}
std::span<const FieldSpec<UsePhase>> FieldTable::use()
{
    return kUse;
}
std::span<const FieldSpec<UseMode>> FieldTable::useMode()
{
    return kUseMode;
}
std::span<const FieldSpec<NetworkUse>> FieldTable::network()
{
    return kNetwork;
}
std::span<const FieldSpec<DataCenterUse>> FieldTable::dataCenter()
{
    return kDataCenter;
}
std::span<const FieldSpec<AiUse>> FieldTable::ai()
{
    return kAi;
}
std::span<const FieldSpec<EndOfLifeRoute>> FieldTable::endOfLifeRoute()
{
    return kEndOfLifeRoute;
}
std::span<const FieldSpec<Offsets>> FieldTable::offsets()
{
    return kOffsets;
}

QString FieldTable::language(const QString &path)
{
    const QStringList t = ProfileFields::split(path);
    const FieldInfo *f = find(path);
    if (!f || f->type != FieldType::LocalizedText || t.isEmpty())
        return {};
    const QString last = t.last();
    return last == QLatin1String("en") || last == QLatin1String("zh") ? last : QString();
}

const FieldInfo *FieldTable::find(const QString &path)
{
    QStringList t = ProfileFields::split(path);
    // Rows do not matter, nor the language of a localized text.
    t.removeIf([](const QString &token) { return token.startsWith(QLatin1Char('[')); });
    if (t.size() >= 3 && (t.last() == QLatin1String("en") || t.last() == QLatin1String("zh")))
        t.removeLast();
    if (t.size() < 2)
        return nullptr;
    const QString &s = t[0];
    const QString key = t.last();
    const QString middle = t.size() == 3 ? t[1] : QString();
    if (t.size() > 3)
        return nullptr;
    if (middle.isEmpty()) {
        if (s == QLatin1String("product"))
            return findIn(product(), key);
        if (s == QLatin1String("materials") || s == QLatin1String("packaging"))
            return findIn(line(), key);
        if (s == QLatin1String("manufacturing"))
            return findIn(manufacturing(), key);
        if (s == QLatin1String("distribution"))
            return findIn(distributionLeg(), key);
        if (s == QLatin1String("use"))
            return findIn(use(), key);
        if (s == QLatin1String("offsets"))
            return findIn(offsets(), key);
        return nullptr;
    }
    if (s == QLatin1String("use") && middle == QLatin1String("modes"))
        return findIn(useMode(), key);
    if (s == QLatin1String("end_of_life") && middle == QLatin1String("routes"))
        return findIn(endOfLifeRoute(), key);
    if (s == QLatin1String("digital_service")) {
        if (middle == QLatin1String("network"))
            return findIn(network(), key);
        if (middle == QLatin1String("data_center"))
            return findIn(dataCenter(), key);
        if (middle == QLatin1String("ai"))
            return findIn(ai(), key);
    }
    return nullptr;
}

} // namespace carbonlabel
