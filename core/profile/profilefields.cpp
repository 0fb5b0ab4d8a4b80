#include "core/profile/profilefields.h"

#include "core/profile/fieldtable.h"

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

// The reference to a member as the rest of the path asks for it: a localized text needs its
// language ("name.zh"), every other field ends the path.
FieldRef refTo(QString &s, const QStringList &rest)
{
    FieldRef r;
    if (rest.isEmpty())
        r.text = &s;
    return r;
}
FieldRef refTo(LocalizedText &t, const QStringList &rest)
{
    FieldRef r;
    if (rest.size() == 1 && rest[0] == QLatin1String("en"))
        r.text = &t.en;
    else if (rest.size() == 1 && rest[0] == QLatin1String("zh"))
        r.text = &t.zh;
    return r;
}
FieldRef refTo(UncertainValue &v, const QStringList &rest)
{
    FieldRef r;
    if (rest.isEmpty())
        r.number = &v;
    return r;
}
FieldRef refTo(std::optional<UncertainValue> &v, const QStringList &rest)
{
    FieldRef r;
    if (rest.isEmpty())
        r.optionalNumber = &v;
    return r;
}
FieldRef refTo(std::optional<double> &v, const QStringList &rest)
{
    FieldRef r;
    if (rest.isEmpty())
        r.optionalPlain = &v;
    return r;
}

// The field `tokens` names in `object`, looked up in the object's part of the field table.
template<typename Object>
FieldRef fieldOf(Object &object, std::span<const FieldSpec<Object>> table,
                 const QStringList &tokens)
{
    if (tokens.isEmpty())
        return {};
    const FieldSpec<Object> *spec = FieldTable::spec(table, tokens[0].toStdString());
    if (!spec)
        return {};
    return std::visit([&](auto member) { return refTo(object.*member, tokens.mid(1)); },
                      spec->member);
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

FieldRef resolve(Profile &p, const QStringList &t)
{
    if (t.size() < 2)
        return {};
    const QString &s = t[0];
    const QStringList rest = t.mid(1);
    if (s == QLatin1String("product"))
        return fieldOf(p.product, FieldTable::product(), rest);
    if (s == QLatin1String("materials") || s == QLatin1String("packaging")) {
        QList<MaterialLine> &list = s == QLatin1String("materials") ? p.materials : p.packaging;
        MaterialLine *m = element(list, rest[0]);
        return m ? fieldOf(*m, FieldTable::line(), rest.mid(1)) : FieldRef{};
    }
    if (s == QLatin1String("manufacturing") && p.manufacturing)
        return fieldOf(*p.manufacturing, FieldTable::manufacturing(), rest);
    if (s == QLatin1String("distribution")) {
        DistributionLeg *leg = element(p.distribution, rest[0]);
        return leg ? fieldOf(*leg, FieldTable::distributionLeg(), rest.mid(1)) : FieldRef{};
    }
    if (s == QLatin1String("use") && p.use) {
        if (rest[0] != QLatin1String("modes"))
            return fieldOf(*p.use, FieldTable::use(), rest);
        UseMode *m = rest.size() >= 2 ? element(p.use->modes, rest[1]) : nullptr;
        return m ? fieldOf(*m, FieldTable::useMode(), rest.mid(2)) : FieldRef{};
    }
    if (s == QLatin1String("digital_service") && p.digitalService) {
        DigitalService &d = *p.digitalService;
        const QStringList field = rest.mid(1);
        if (rest[0] == QLatin1String("network") && d.network)
            return fieldOf(*d.network, FieldTable::network(), field);
        if (rest[0] == QLatin1String("data_center") && d.dataCenter)
            return fieldOf(*d.dataCenter, FieldTable::dataCenter(), field);
        if (rest[0] == QLatin1String("ai") && d.ai)
            return fieldOf(*d.ai, FieldTable::ai(), field);
        return {};
    }
    if (s == QLatin1String("end_of_life") && p.endOfLife && rest.size() >= 2
        && rest[0] == QLatin1String("routes")) {
        EndOfLifeRoute *r = element(p.endOfLife->routes, rest[1]);
        return r ? fieldOf(*r, FieldTable::endOfLifeRoute(), rest.mid(2)) : FieldRef{};
    }
    if (s == QLatin1String("offsets") && p.offsets)
        return fieldOf(*p.offsets, FieldTable::offsets(), rest);
    return {};
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
    const FieldInfo *f = FieldTable::find(path);
    if (!f)
        return Kind::None;
    switch (f->type) {
    case FieldType::Text:
        return Kind::Text;
    case FieldType::LocalizedText:
        return FieldTable::language(path).isEmpty() ? Kind::None : Kind::Text;
    case FieldType::Number:
        return Kind::Number;
    case FieldType::OptionalNumber:
        return Kind::OptionalNumber;
    case FieldType::OptionalPlainNumber:
        return Kind::OptionalPlainNumber;
    }
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
    static constexpr struct
    {
        ProfileList list;
        const char *path;
    } paths[] = {
            {ProfileList::Materials, "materials"},
            {ProfileList::Packaging, "packaging"},
            {ProfileList::Distribution, "distribution"},
            {ProfileList::UseModes, "use.modes"},
            {ProfileList::EndOfLifeRoutes, "end_of_life.routes"},
    };
    for (const auto &p : paths) {
        if (p.list == list)
            return QLatin1String(p.path);
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
