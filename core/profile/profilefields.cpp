#include "core/profile/profilefields.h"

namespace carbonlabel {

namespace {

// Where a field lives in a Profile; exactly one pointer is set.
struct FieldRef
{
    QString *text = nullptr;
    UncertainValue *number = nullptr;
    std::optional<UncertainValue> *optionalNumber = nullptr;
    std::optional<double> *optionalPlain = nullptr;

    bool valid() const { return text || number || optionalNumber || optionalPlain; }
};

FieldRef text(QString &s)
{
    FieldRef r;
    r.text = &s;
    return r;
}
FieldRef number(UncertainValue &v)
{
    FieldRef r;
    r.number = &v;
    return r;
}
FieldRef optional(std::optional<UncertainValue> &v)
{
    FieldRef r;
    r.optionalNumber = &v;
    return r;
}
FieldRef optionalPlain(std::optional<double> &v)
{
    FieldRef r;
    r.optionalPlain = &v;
    return r;
}

FieldRef localized(LocalizedText &t, const QStringList &rest)
{
    if (rest.size() != 1)
        return {};
    if (rest[0] == QLatin1String("en"))
        return text(t.en);
    if (rest[0] == QLatin1String("zh"))
        return text(t.zh);
    return {};
}

// "[2]" -> 2; -1 when not an index.
int indexOf(const QString &token)
{
    if (token.size() < 3 || !token.startsWith(QLatin1Char('['))
        || !token.endsWith(QLatin1Char(']')))
        return -1;
    bool ok = false;
    const int i = token.mid(1, token.size() - 2).toInt(&ok);
    return ok ? i : -1;
}

template<typename T> T *element(QList<T> &list, const QString &token)
{
    const int i = indexOf(token);
    return i >= 0 && i < list.size() ? &list[i] : nullptr;
}

FieldRef lineField(MaterialLine &m, const QStringList &t)
{
    const QString &f = t[0];
    if (f == QLatin1String("part"))
        return localized(m.part, t.mid(1));
    if (t.size() != 1)
        return {};
    if (f == QLatin1String("factor"))
        return text(m.factor);
    if (f == QLatin1String("quantity"))
        return number(m.quantity);
    if (f == QLatin1String("unit"))
        return text(m.unit);
    return {};
}

FieldRef productField(ProductInfo &p, const QStringList &t)
{
    const QString &f = t[0];
    if (f == QLatin1String("name"))
        return localized(p.name, t.mid(1));
    if (f == QLatin1String("functional_unit"))
        return localized(p.functionalUnit, t.mid(1));
    if (f == QLatin1String("description"))
        return localized(p.description, t.mid(1));
    if (t.size() != 1)
        return {};
    if (f == QLatin1String("id"))
        return text(p.id);
    if (f == QLatin1String("category"))
        return text(p.category);
    if (f == QLatin1String("lifetime_years"))
        return number(p.lifetimeYears);
    if (f == QLatin1String("mass_kg"))
        return optional(p.massKg);
    return {};
}

FieldRef digitalField(DigitalService &s, const QStringList &t)
{
    if (t.size() != 2)
        return {};
    const QString &f = t[1];
    if (t[0] == QLatin1String("network") && s.network) {
        NetworkUse &n = *s.network;
        if (f == QLatin1String("gb_per_year"))
            return number(n.gbPerYear);
        if (f == QLatin1String("kwh_per_gb"))
            return optional(n.kwhPerGb);
        if (f == QLatin1String("grid"))
            return text(n.grid);
        if (f == QLatin1String("model"))
            return text(n.model);
        if (f == QLatin1String("green_hosting_factor"))
            return optionalPlain(n.greenHostingFactor);
    } else if (t[0] == QLatin1String("data_center") && s.dataCenter) {
        DataCenterUse &d = *s.dataCenter;
        if (f == QLatin1String("kwh_per_year"))
            return number(d.kwhPerYear);
        if (f == QLatin1String("pue"))
            return number(d.pue);
        if (f == QLatin1String("grid"))
            return text(d.grid);
    } else if (t[0] == QLatin1String("ai") && s.ai) {
        AiUse &a = *s.ai;
        if (f == QLatin1String("queries_per_year"))
            return number(a.queriesPerYear);
        if (f == QLatin1String("wh_per_query"))
            return number(a.whPerQuery);
        if (f == QLatin1String("pue"))
            return number(a.pue);
        if (f == QLatin1String("grid"))
            return text(a.grid);
        if (f == QLatin1String("training_mwh"))
            return optional(a.trainingMwh);
        if (f == QLatin1String("training_grid"))
            return text(a.trainingGrid);
        if (f == QLatin1String("training_amortised_over_queries"))
            return optional(a.trainingAmortisedOverQueries);
    }
    return {};
}

FieldRef useField(UsePhase &u, const QStringList &t)
{
    const QString &f = t[0];
    if (f == QLatin1String("modes")) {
        if (t.size() != 3)
            return {};
        UseMode *m = element(u.modes, t[1]);
        if (!m)
            return {};
        if (t[2] == QLatin1String("name"))
            return text(m->name);
        if (t[2] == QLatin1String("power_w"))
            return number(m->powerW);
        if (t[2] == QLatin1String("hours_per_day"))
            return number(m->hoursPerDay);
        if (t[2] == QLatin1String("days_per_year"))
            return number(m->daysPerYear);
        return {};
    }
    if (t.size() != 1)
        return {};
    if (f == QLatin1String("grid"))
        return text(u.grid);
    if (f == QLatin1String("annual_energy_kwh"))
        return optional(u.annualEnergyKwh);
    return {};
}

FieldRef resolve(Profile &p, const QStringList &t)
{
    if (t.size() < 2)
        return {};
    const QString &s = t[0];
    const QStringList rest = t.mid(1);
    if (s == QLatin1String("product"))
        return productField(p.product, rest);
    if (s == QLatin1String("materials") || s == QLatin1String("packaging")) {
        QList<MaterialLine> &list = s == QLatin1String("materials") ? p.materials : p.packaging;
        MaterialLine *m = element(list, rest[0]);
        return m && rest.size() >= 2 ? lineField(*m, rest.mid(1)) : FieldRef{};
    }
    if (s == QLatin1String("manufacturing") && p.manufacturing && rest.size() == 1) {
        Manufacturing &m = *p.manufacturing;
        if (rest[0] == QLatin1String("assembly_energy_kwh"))
            return optional(m.assemblyEnergyKwh);
        if (rest[0] == QLatin1String("grid"))
            return text(m.grid);
        if (rest[0] == QLatin1String("yield_loss"))
            return optional(m.yieldLoss);
        return {};
    }
    if (s == QLatin1String("distribution") && rest.size() == 2) {
        DistributionLeg *leg = element(p.distribution, rest[0]);
        if (!leg)
            return {};
        if (rest[1] == QLatin1String("mode"))
            return text(leg->mode);
        if (rest[1] == QLatin1String("distance_km"))
            return number(leg->distanceKm);
        if (rest[1] == QLatin1String("mass_kg"))
            return optional(leg->massKg);
        return {};
    }
    if (s == QLatin1String("use") && p.use)
        return useField(*p.use, rest);
    if (s == QLatin1String("digital_service") && p.digitalService)
        return digitalField(*p.digitalService, rest);
    if (s == QLatin1String("end_of_life") && p.endOfLife && rest.size() == 3
        && rest[0] == QLatin1String("routes")) {
        EndOfLifeRoute *r = element(p.endOfLife->routes, rest[1]);
        if (!r)
            return {};
        if (rest[2] == QLatin1String("factor"))
            return text(r->factor);
        if (rest[2] == QLatin1String("share"))
            return number(r->share);
        return {};
    }
    if (s == QLatin1String("offsets") && p.offsets && rest.size() == 1) {
        Offsets &o = *p.offsets;
        if (rest[0] == QLatin1String("kg_co2e"))
            return number(o.kgCo2e);
        if (rest[0] == QLatin1String("standard"))
            return text(o.standard);
        if (rest[0] == QLatin1String("certificate"))
            return text(o.certificate);
    }
    return {};
}

// A profile with every optional section and one row in every list, so kind() can resolve any
// field without a real profile.
const Profile &fullProfile()
{
    static const Profile full = [] {
        Profile p;
        for (const QString &section : ProfileFields::sections())
            ProfileFields::setSection(p, section, true, {});
        for (ProfileList list :
             {ProfileList::Materials, ProfileList::Packaging, ProfileList::Distribution,
              ProfileList::UseModes, ProfileList::EndOfLifeRoutes})
            ProfileFields::insertRow(p, list, 0, ProfileFields::newRow(list, {}));
        return p;
    }();
    return full;
}

// Replaces every "[n]" with "[0]", so any row's field resolves in fullProfile().
QStringList firstRow(QStringList tokens)
{
    for (QString &t : tokens) {
        if (indexOf(t) >= 0)
            t = QStringLiteral("[0]");
    }
    return tokens;
}

} // namespace

QStringList ProfileFields::split(const QString &path)
{
    QStringList tokens;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path[i];
        if (c == QLatin1Char('.')) {
            if (current.isEmpty())
                return {};
            tokens.append(current);
            current.clear();
        } else if (c == QLatin1Char('[')) {
            if (!current.isEmpty())
                tokens.append(current);
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return {};
            tokens.append(path.mid(i, close - i + 1));
            current.clear();
            i = close;
            if (i + 1 < path.size() && path[i + 1] == QLatin1Char('.'))
                ++i;
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

ProfileFields::Kind ProfileFields::kind(const QString &path)
{
    const FieldRef r = resolve(const_cast<Profile &>(fullProfile()), firstRow(split(path)));
    if (r.text)
        return Kind::Text;
    if (r.number)
        return Kind::Number;
    if (r.optionalNumber)
        return Kind::OptionalNumber;
    if (r.optionalPlain)
        return Kind::OptionalPlainNumber;
    return Kind::None;
}

std::optional<ProfileFields::Value> ProfileFields::value(const Profile &profile,
                                                         const QString &path)
{
    // resolve() only finds the field; nothing is written through the const_cast.
    const FieldRef r = resolve(const_cast<Profile &>(profile), split(path));
    if (r.text)
        return Value(*r.text);
    if (r.number)
        return Value(*r.number);
    if (r.optionalNumber)
        return *r.optionalNumber ? Value(**r.optionalNumber) : Value(std::monostate{});
    if (r.optionalPlain)
        return *r.optionalPlain ? Value(**r.optionalPlain) : Value(std::monostate{});
    return std::nullopt;
}

bool ProfileFields::setValue(Profile &profile, const QString &path, const Value &value)
{
    const FieldRef r = resolve(profile, split(path));
    if (r.text && std::holds_alternative<QString>(value)) {
        *r.text = std::get<QString>(value);
        return true;
    }
    if (r.number && std::holds_alternative<UncertainValue>(value)) {
        *r.number = std::get<UncertainValue>(value);
        return true;
    }
    if (r.optionalNumber) {
        if (const auto *v = std::get_if<UncertainValue>(&value))
            *r.optionalNumber = *v;
        else if (std::holds_alternative<std::monostate>(value))
            r.optionalNumber->reset();
        else
            return false;
        return true;
    }
    if (r.optionalPlain) {
        if (const auto *v = std::get_if<double>(&value))
            *r.optionalPlain = *v;
        else if (std::holds_alternative<std::monostate>(value))
            r.optionalPlain->reset();
        else
            return false;
        return true;
    }
    return false;
}

QStringList ProfileFields::sections()
{
    return {QStringLiteral("manufacturing"),
            QStringLiteral("use"),
            QStringLiteral("digital_service.network"),
            QStringLiteral("digital_service.data_center"),
            QStringLiteral("digital_service.ai"),
            QStringLiteral("end_of_life"),
            QStringLiteral("offsets")};
}

bool ProfileFields::hasSection(const Profile &p, const QString &section)
{
    if (section == QLatin1String("manufacturing"))
        return p.manufacturing.has_value();
    if (section == QLatin1String("use"))
        return p.use.has_value();
    if (section == QLatin1String("end_of_life"))
        return p.endOfLife.has_value();
    if (section == QLatin1String("offsets"))
        return p.offsets.has_value();
    if (!p.digitalService)
        return false;
    if (section == QLatin1String("digital_service.network"))
        return p.digitalService->network.has_value();
    if (section == QLatin1String("digital_service.data_center"))
        return p.digitalService->dataCenter.has_value();
    if (section == QLatin1String("digital_service.ai"))
        return p.digitalService->ai.has_value();
    return false;
}

void ProfileFields::setSection(Profile &p, const QString &section, bool present,
                               const QString &defaultGrid)
{
    if (hasSection(p, section) == present)
        return;
    if (section == QLatin1String("manufacturing")) {
        if (present) {
            Manufacturing m;
            m.grid = defaultGrid;
            p.manufacturing = m;
        } else {
            p.manufacturing.reset();
        }
    } else if (section == QLatin1String("use")) {
        if (present) {
            UsePhase u;
            u.grid = defaultGrid;
            p.use = u;
        } else {
            p.use.reset();
        }
    } else if (section == QLatin1String("end_of_life")) {
        if (present)
            p.endOfLife = EndOfLife{};
        else
            p.endOfLife.reset();
    } else if (section == QLatin1String("offsets")) {
        if (present)
            p.offsets = Offsets{};
        else
            p.offsets.reset();
    } else if (section.startsWith(QLatin1String("digital_service."))) {
        if (present && !p.digitalService)
            p.digitalService = DigitalService{};
        if (!p.digitalService)
            return;
        DigitalService &s = *p.digitalService;
        if (section == QLatin1String("digital_service.network")) {
            if (present) {
                NetworkUse n;
                n.kwhPerGb = UncertainValue::fixed(0.0);
                n.grid = defaultGrid;
                s.network = n;
            } else {
                s.network.reset();
            }
        } else if (section == QLatin1String("digital_service.data_center")) {
            if (present) {
                DataCenterUse d;
                d.pue = UncertainValue::fixed(1.0);
                d.grid = defaultGrid;
                s.dataCenter = d;
            } else {
                s.dataCenter.reset();
            }
        } else if (section == QLatin1String("digital_service.ai")) {
            if (present) {
                AiUse a;
                a.pue = UncertainValue::fixed(1.0);
                a.grid = defaultGrid;
                s.ai = a;
            } else {
                s.ai.reset();
            }
        }
        // An empty digital_service object would still be written; drop it with its last part
        // unless it carries fields this version does not know.
        if (!present && !s.network && !s.dataCenter && !s.ai && s.unknown.empty())
            p.digitalService.reset();
    }
}

QString ProfileFields::listPath(ProfileList list)
{
    switch (list) {
    case ProfileList::Materials:
        return QStringLiteral("materials");
    case ProfileList::Packaging:
        return QStringLiteral("packaging");
    case ProfileList::Distribution:
        return QStringLiteral("distribution");
    case ProfileList::UseModes:
        return QStringLiteral("use.modes");
    case ProfileList::EndOfLifeRoutes:
        return QStringLiteral("end_of_life.routes");
    }
    return {};
}

int ProfileFields::rowCount(const Profile &p, ProfileList list)
{
    switch (list) {
    case ProfileList::Materials:
        return static_cast<int>(p.materials.size());
    case ProfileList::Packaging:
        return static_cast<int>(p.packaging.size());
    case ProfileList::Distribution:
        return static_cast<int>(p.distribution.size());
    case ProfileList::UseModes:
        return p.use ? static_cast<int>(p.use->modes.size()) : 0;
    case ProfileList::EndOfLifeRoutes:
        return p.endOfLife ? static_cast<int>(p.endOfLife->routes.size()) : 0;
    }
    return 0;
}

ProfileRow ProfileFields::row(const Profile &p, ProfileList list, int row)
{
    switch (list) {
    case ProfileList::Materials:
        return p.materials.at(row);
    case ProfileList::Packaging:
        return p.packaging.at(row);
    case ProfileList::Distribution:
        return p.distribution.at(row);
    case ProfileList::UseModes:
        return p.use->modes.at(row);
    case ProfileList::EndOfLifeRoutes:
        return p.endOfLife->routes.at(row);
    }
    return MaterialLine{};
}

ProfileRow ProfileFields::newRow(ProfileList list, const QString &)
{
    switch (list) {
    case ProfileList::Materials:
    case ProfileList::Packaging: {
        MaterialLine m;
        m.quantity = UncertainValue::fixed(1.0);
        m.unit = QStringLiteral("kg");
        return m;
    }
    case ProfileList::Distribution: {
        DistributionLeg leg;
        leg.distanceKm = UncertainValue::fixed(100.0);
        return leg;
    }
    case ProfileList::UseModes: {
        UseMode mode;
        mode.powerW = UncertainValue::fixed(1.0);
        mode.hoursPerDay = UncertainValue::fixed(8.0);
        mode.daysPerYear = UncertainValue::fixed(365.0);
        return mode;
    }
    case ProfileList::EndOfLifeRoutes: {
        EndOfLifeRoute r;
        r.share = UncertainValue::fixed(1.0);
        return r;
    }
    }
    return MaterialLine{};
}

void ProfileFields::insertRow(Profile &p, ProfileList list, int index, const ProfileRow &row)
{
    switch (list) {
    case ProfileList::Materials:
        p.materials.insert(index, std::get<MaterialLine>(row));
        break;
    case ProfileList::Packaging:
        p.packaging.insert(index, std::get<MaterialLine>(row));
        break;
    case ProfileList::Distribution:
        p.distribution.insert(index, std::get<DistributionLeg>(row));
        break;
    case ProfileList::UseModes:
        if (!p.use)
            p.use = UsePhase{};
        p.use->modes.insert(index, std::get<UseMode>(row));
        break;
    case ProfileList::EndOfLifeRoutes:
        if (!p.endOfLife)
            p.endOfLife = EndOfLife{};
        p.endOfLife->routes.insert(index, std::get<EndOfLifeRoute>(row));
        break;
    }
}

void ProfileFields::removeRow(Profile &p, ProfileList list, int index)
{
    switch (list) {
    case ProfileList::Materials:
        p.materials.removeAt(index);
        break;
    case ProfileList::Packaging:
        p.packaging.removeAt(index);
        break;
    case ProfileList::Distribution:
        p.distribution.removeAt(index);
        break;
    case ProfileList::UseModes:
        if (p.use)
            p.use->modes.removeAt(index);
        break;
    case ProfileList::EndOfLifeRoutes:
        if (p.endOfLife)
            p.endOfLife->routes.removeAt(index);
        break;
    }
}

} // namespace carbonlabel
