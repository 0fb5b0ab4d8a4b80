#include "core/profile/jsonvaluereader.h"

#include <array>
#include <cmath>

namespace carbonlabel {

namespace {

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

QString JsonValueReader::formatNumber(double v)
{
    return QString::number(v, 'g', 12);
}

JsonValueReader::JsonValueReader(Diagnostics &diagnostics)
    : m_diagnostics(diagnostics)
{ }

QString JsonValueReader::member(const QString &objectPath, std::string_view key)
{
    return objectPath.isEmpty() ? fromStd(key) : objectPath + QLatin1Char('.') + fromStd(key);
}

QString JsonValueReader::element(const QString &arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonValueReader::describe(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return tr("null");
    case Json::value_t::boolean:
        return value.get<bool>() ? tr("true") : tr("false");
    case Json::value_t::string:
        return tr("the text \"%1\"").arg(QString::fromStdString(value.get<std::string>()).left(40));
    case Json::value_t::array:
        return tr("an array");
    case Json::value_t::object:
        return tr("an object");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return tr("the number %1").arg(formatNumber(value.get<double>()));
    case Json::value_t::binary:
    case Json::value_t::discarded:
        break;
    }
    return tr("an unsupported value");
}

QString JsonValueReader::describe(NumberRange range)
{
    static constexpr struct
    {
        NumberRange range;
        const char *text;
    } descriptions[] = {
            {NumberRange::Any, QT_TRANSLATE_NOOP("JsonValueReader", "a number")},
            {NumberRange::NonNegative,
             QT_TRANSLATE_NOOP("JsonValueReader", "a number of zero or more")},
            {NumberRange::Positive,
             QT_TRANSLATE_NOOP("JsonValueReader", "a number greater than zero")},
            {NumberRange::Share, QT_TRANSLATE_NOOP("JsonValueReader", "a share from 0 to 1")},
            {NumberRange::AtLeastOne,
             QT_TRANSLATE_NOOP("JsonValueReader", "a number of at least 1")},
            {NumberRange::HoursPerDay, QT_TRANSLATE_NOOP("JsonValueReader", "hours from 0 to 24")},
            {NumberRange::DaysPerYear, QT_TRANSLATE_NOOP("JsonValueReader", "days from 0 to 366")},
            {NumberRange::YieldLoss,
             QT_TRANSLATE_NOOP("JsonValueReader", "a share from 0 up to (not including) 1")},
            {NumberRange::Year,
             QT_TRANSLATE_NOOP("JsonValueReader", "a whole year from 1900 to 2200")},
    };
    for (const auto &d : descriptions) {
        if (d.range == range)
            return QCoreApplication::translate("JsonValueReader", d.text);
    }
    return tr("a number");
}

void JsonValueReader::error(const QString &path, const QString &message)
{
    m_diagnostics.append(Diagnostic{Diagnostic::Severity::Error, path, message});
}

void JsonValueReader::warning(const QString &path, const QString &message)
{
    m_diagnostics.append(Diagnostic{Diagnostic::Severity::Warning, path, message});
}

const Json *JsonValueReader::find(const Json &object, std::string_view key,
                                  const QString &objectPath, bool required, const QString &expected)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            error(member(objectPath, key),
                  tr("required field is missing; expected %1").arg(expected));
        return nullptr;
    }
    return &*it;
}

bool JsonValueReader::expectObject(const Json &value, const QString &path)
{
    if (value.is_object())
        return true;
    error(path, tr("expected an object, found %1").arg(describe(value)));
    return false;
}

bool JsonValueReader::expectArray(const Json &value, const QString &path)
{
    if (value.is_array())
        return true;
    error(path, tr("expected an array, found %1").arg(describe(value)));
    return false;
}

bool JsonValueReader::inRange(double v, NumberRange range)
{
    switch (range) {
    case NumberRange::Any:
        return true;
    case NumberRange::NonNegative:
        return v >= 0.0;
    case NumberRange::Positive:
        return v > 0.0;
    case NumberRange::Share:
        return v >= 0.0 && v <= 1.0;
    case NumberRange::AtLeastOne:
        return v >= 1.0;
    case NumberRange::HoursPerDay:
        return v >= 0.0 && v <= 24.0;
    case NumberRange::DaysPerYear:
        return v >= 0.0 && v <= 366.0;
    case NumberRange::YieldLoss:
        return v >= 0.0 && v < 1.0;
    case NumberRange::Year:
        return v >= 1900.0 && v <= 2200.0 && v == std::floor(v);
    }
    return false;
}

std::optional<double> JsonValueReader::finiteNumber(const Json &value, const QString &path,
                                                    NumberRange range)
{
    if (!value.is_number()) {
        error(path, tr("expected %1, found %2").arg(describe(range), describe(value)));
        return std::nullopt;
    }
    const double v = value.get<double>();
    if (!std::isfinite(v)) {
        error(path, tr("number out of range; expected %1").arg(describe(range)));
        return std::nullopt;
    }
    if (!inRange(v, range)) {
        error(path, tr("expected %1, found %2").arg(describe(range), formatNumber(v)));
        return std::nullopt;
    }
    return v;
}

std::optional<UncertainValue> JsonValueReader::distribution(const Json &value, const QString &path,
                                                            NumberRange range)
{
    static const std::array<std::string_view, 5> known{"value", "min", "max", "gsd", "dist"};
    const auto *central = find(value, "value", path, true, describe(range));
    if (!central)
        return std::nullopt;
    const auto v = finiteNumber(*central, member(path, "value"), range);
    if (!v)
        return std::nullopt;
    for (const auto &[key, member] : value.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end())
            error(JsonValueReader::member(path, key),
                  tr("unknown field in a distribution; expected value, min, max, gsd or dist"));
    }

    UncertainValue u = UncertainValue::fixed(*v);
    QString dist;
    if (const auto *d = find(value, "dist", path, false, QString())) {
        if (!d->is_string()) {
            error(member(path, "dist"),
                  tr("expected \"triangular\", \"lognormal\" or \"uniform\", found %1")
                          .arg(describe(*d)));
            return std::nullopt;
        }
        dist = QString::fromStdString(d->get<std::string>());
        if (dist != QLatin1String("triangular") && dist != QLatin1String("lognormal")
            && dist != QLatin1String("uniform")) {
            error(member(path, "dist"),
                  tr("expected \"triangular\", \"lognormal\" or \"uniform\", found \"%1\"")
                          .arg(dist));
            return std::nullopt;
        }
    }
    const bool hasGsd = value.contains("gsd");
    const bool hasBounds = value.contains("min") || value.contains("max");
    if (hasGsd && hasBounds) {
        error(path,
              tr("give either gsd (lognormal) or min and max (triangular, uniform), not both"));
        return std::nullopt;
    }
    if (dist.isEmpty())
        dist = hasGsd       ? QStringLiteral("lognormal")
                : hasBounds ? QStringLiteral("triangular")
                            : QString();

    if (dist == QLatin1String("lognormal")) {
        const auto gsd = plainNumber(value, "gsd", path, NumberRange::AtLeastOne, true);
        if (!gsd)
            return std::nullopt;
        if (*v <= 0.0) {
            error(member(path, "value"), tr("a lognormal median must be greater than zero"));
            return std::nullopt;
        }
        u.distribution = lca::Distribution::Lognormal;
        u.gsd = *gsd;
    } else if (!dist.isEmpty()) {
        // The bounds may reach zero even where the central value must be positive.
        const NumberRange boundRange
                = range == NumberRange::Positive ? NumberRange::NonNegative : range;
        const auto lo = plainNumber(value, "min", path, boundRange, true);
        const auto hi = plainNumber(value, "max", path, boundRange, true);
        if (!lo || !hi)
            return std::nullopt;
        if (*lo > *v || *v > *hi) {
            error(path,
                  tr("expected min <= value <= max, found min %1, value %2, max %3")
                          .arg(formatNumber(*lo), formatNumber(*v), formatNumber(*hi)));
            return std::nullopt;
        }
        u.distribution = dist == QLatin1String("uniform") ? lca::Distribution::Uniform
                                                          : lca::Distribution::Triangular;
        u.min = *lo;
        u.max = *hi;
    }
    return u;
}

std::optional<UncertainValue> JsonValueReader::number(const Json &object, std::string_view key,
                                                      const QString &objectPath, NumberRange range,
                                                      bool required)
{
    const auto *value = find(object, key, objectPath, required, describe(range));
    if (!value)
        return std::nullopt;
    const QString path = member(objectPath, key);
    if (value->is_object())
        return distribution(*value, path, range);
    const auto v = finiteNumber(*value, path, range);
    if (!v)
        return std::nullopt;
    return UncertainValue::fixed(*v);
}

std::optional<double> JsonValueReader::plainNumber(const Json &object, std::string_view key,
                                                   const QString &objectPath, NumberRange range,
                                                   bool required)
{
    const auto *value = find(object, key, objectPath, required, describe(range));
    if (!value)
        return std::nullopt;
    return finiteNumber(*value, member(objectPath, key), range);
}

QString JsonValueReader::string(const Json &object, std::string_view key, const QString &objectPath,
                                bool required)
{
    const auto *value = find(object, key, objectPath, required, tr("a text"));
    if (!value)
        return {};
    if (!value->is_string()) {
        error(member(objectPath, key), tr("expected a text, found %1").arg(describe(*value)));
        return {};
    }
    const QString s = QString::fromStdString(value->get<std::string>());
    if (required && s.trimmed().isEmpty())
        error(member(objectPath, key), tr("must not be empty"));
    return s;
}

LocalizedText JsonValueReader::localized(const Json &object, std::string_view key,
                                         const QString &objectPath, bool required)
{
    LocalizedText text;
    const auto *value
            = find(object, key, objectPath, required, tr("an object with \"en\" and \"zh\" texts"));
    if (!value)
        return text;
    const QString path = member(objectPath, key);
    if (value->is_string()) {
        // A plain string is accepted as English, so hand-written files stay short.
        text.en = QString::fromStdString(value->get<std::string>());
    } else if (expectObject(*value, path)) {
        text.en = string(*value, "en", path, false);
        text.zh = string(*value, "zh", path, false);
        text.unknown = unknownFields(*value, {"en", "zh"}, path);
    }
    if (required && text.en.trimmed().isEmpty() && text.zh.trimmed().isEmpty())
        error(path, tr("expected a text in at least one language (\"en\" or \"zh\")"));
    return text;
}

UnknownFields JsonValueReader::unknownFields(const Json &object,
                                             const std::vector<std::string_view> &known,
                                             const QString &)
{
    UnknownFields unknown = Json::object();
    for (const auto &[key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        unknown[key] = value;
    }
    return unknown;
}

bool JsonValueReader::checkNumber(const UncertainValue &u, const QString &path, NumberRange range)
{
    auto check = [this](double v, const QString &at, NumberRange r) {
        if (inRange(v, r))
            return true;
        error(at, tr("expected %1, found %2").arg(describe(r), formatNumber(v)));
        return false;
    };
    if (u.distribution == lca::Distribution::Fixed)
        return check(u.value, path, range);
    if (!check(u.value, member(path, "value"), range))
        return false;
    if (u.distribution == lca::Distribution::Lognormal) {
        if (!check(u.gsd, member(path, "gsd"), NumberRange::AtLeastOne))
            return false;
        if (u.value <= 0.0) {
            error(member(path, "value"), tr("a lognormal median must be greater than zero"));
            return false;
        }
        return true;
    }
    // The bounds may reach zero even where the central value must be positive.
    const NumberRange boundRange
            = range == NumberRange::Positive ? NumberRange::NonNegative : range;
    const bool lo = check(u.min, member(path, "min"), boundRange);
    const bool hi = check(u.max, member(path, "max"), boundRange);
    if (!lo || !hi)
        return false;
    if (u.min > u.value || u.value > u.max) {
        error(path,
              tr("expected min <= value <= max, found min %1, value %2, max %3")
                      .arg(formatNumber(u.min), formatNumber(u.value), formatNumber(u.max)));
        return false;
    }
    return true;
}

} // namespace carbonlabel
