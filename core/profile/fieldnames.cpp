#include "core/profile/fieldnames.h"

#include "core/base/numbertext.h"
#include "core/profile/profilefields.h"

#include <QLocale>

namespace carbonlabel {

namespace {

QString key(const QString &k)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
            {"id", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "product ID")},
            {"name", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "name")},
            {"category", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "category")},
            {"lifetime_years", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "lifetime")},
            {"mass_kg", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "mass")},
            {"functional_unit", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "functional unit")},
            {"description", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "description")},
            {"part", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "part")},
            {"factor", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "emission factor")},
            {"quantity", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "quantity")},
            {"unit", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "unit")},
            {"assembly_energy_kwh",
             QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "assembly energy")},
            {"grid", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "electricity grid")},
            {"yield_loss", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "yield loss")},
            {"mode", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "transport mode")},
            {"distance_km", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "distance")},
            {"annual_energy_kwh", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "annual energy")},
            {"modes", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "power modes")},
            {"power_w", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "power")},
            {"hours_per_day", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "hours per day")},
            {"days_per_year", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "days per year")},
            {"gb_per_year", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "data per year")},
            {"kwh_per_gb", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "energy per GB")},
            {"model", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "model")},
            {"green_hosting_factor",
             QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "green hosting share")},
            {"kwh_per_year", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "energy per year")},
            {"pue", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "PUE")},
            {"queries_per_year", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "queries per year")},
            {"wh_per_query", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "energy per query")},
            {"training_mwh", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "training energy")},
            {"training_grid", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "training grid")},
            {"training_amortised_over_queries",
             QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "queries sharing the training")},
            {"routes", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "routes")},
            {"share", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "share")},
            {"kg_co2e", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "offsets")},
            {"standard", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "standard")},
            {"certificate", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "certificate")},
            {"min", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "minimum")},
            {"max", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "maximum")},
            {"gsd", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "geometric standard deviation")},
            {"value", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "value")},
    };
    for (const auto &n : names) {
        if (k == QLatin1String(n.key))
            return QCoreApplication::translate("carbonlabel::FieldNames", n.name);
    }
    return k;
}

bool isIndex(const QString &token)
{
    return token.startsWith(QLatin1Char('['));
}

} // namespace

QString FieldNames::field(const QString &path)
{
    QStringList tokens = ProfileFields::split(path);
    while (!tokens.isEmpty() && isIndex(tokens.last()))
        tokens.removeLast();
    if (tokens.isEmpty())
        return path;
    const QString last = tokens.last();
    if ((last == QLatin1String("en") || last == QLatin1String("zh")) && tokens.size() >= 2) {
        const QString base = key(tokens[tokens.size() - 2]);
        return last == QLatin1String("en") ? tr("%1 (English)").arg(base)
                                           : tr("%1 (Chinese)").arg(base);
    }
    return key(last);
}

QString FieldNames::section(const QString &path)
{
    const QStringList t = ProfileFields::split(path);
    const QString first = t.value(0);
    const QString second = t.value(1);
    if (first == QLatin1String("product"))
        return tr("Product");
    if (first == QLatin1String("materials"))
        return tr("Materials");
    if (first == QLatin1String("manufacturing"))
        return tr("Manufacturing");
    if (first == QLatin1String("packaging"))
        return tr("Packaging");
    if (first == QLatin1String("distribution"))
        return tr("Distribution");
    if (first == QLatin1String("use"))
        return second == QLatin1String("modes") ? tr("Use, power modes") : tr("Use (device)");
    if (first == QLatin1String("digital_service")) {
        if (second == QLatin1String("network"))
            return tr("Digital service, network");
        if (second == QLatin1String("data_center"))
            return tr("Digital service, data centre");
        if (second == QLatin1String("ai"))
            return tr("Digital service, AI");
        return tr("Digital service");
    }
    if (first == QLatin1String("end_of_life"))
        return tr("End of life");
    if (first == QLatin1String("offsets"))
        return tr("Offsets");
    if (first == QLatin1String("factor_snapshot"))
        return tr("Factor snapshot");
    return tr("Profile");
}

QString FieldNames::language()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

QString FieldNames::distribution(const lca::UncertainValue &v)
{
    switch (v.distribution) {
    case lca::Distribution::Fixed:
        return {};
    case lca::Distribution::Triangular:
        return tr("triangular, %1 to %2")
                .arg(NumberText::display(v.min), NumberText::display(v.max));
    case lca::Distribution::Uniform:
        return tr("uniform, %1 to %2").arg(NumberText::display(v.min), NumberText::display(v.max));
    case lca::Distribution::Lognormal:
        return tr("lognormal, GSD %1").arg(NumberText::display(v.gsd));
    }
    return {};
}

QString FieldNames::location(const QString &path)
{
    if (path.isEmpty())
        return tr("Profile");
    const QStringList t = ProfileFields::split(path);
    QString where = section(path);
    int row = -1;
    for (const QString &token : t) {
        if (isIndex(token))
            row = token.mid(1, token.size() - 2).toInt();
    }
    if (row >= 0)
        where = tr("%1, line %2").arg(where).arg(row + 1);
    const QString last = t.value(t.size() - 1);
    const bool wholeRow = isIndex(last);
    const bool wholeSection = t.size() == 1
            || (t.size() == 2 && t[0] == QLatin1String("digital_service"))
            || (t.size() == 2 && t[1] == QLatin1String("modes"));
    if (wholeRow || wholeSection)
        return where;
    return QStringLiteral("%1 · %2").arg(where, field(path));
}

} // namespace carbonlabel
