#include "core/profile/fieldnames.h"

#include "core/base/numbertext.h"
#include "core/profile/fieldtable.h"
#include "core/profile/profilefields.h"

#include <QLocale>

namespace carbonlabel {

namespace {

// Names of what is not a field of the table: the parts of a distribution and the lists.
QString partName(const QString &k)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
            {"min", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "minimum")},
            {"max", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "maximum")},
            {"gsd", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "geometric standard deviation")},
            {"value", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "value")},
            {"modes", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "power modes")},
            {"routes", QT_TRANSLATE_NOOP("carbonlabel::FieldNames", "routes")},
    };
    for (const auto &n : names) {
        if (k == QLatin1String(n.key))
            return QCoreApplication::translate("carbonlabel::FieldNames", n.name);
    }
    return k;
}

// A field's name inside a sentence: "Quantity" -> "quantity", but "PUE" stays.
QString inSentence(QString name)
{
    if (name.size() >= 2 && name[0].isUpper() && name[1].isLower())
        name[0] = name[0].toLower();
    return name;
}

bool isIndex(const QString &token)
{
    return token.startsWith(QLatin1Char('['));
}

} // namespace

QString FieldNames::label(const QString &path)
{
    const FieldInfo *f = FieldTable::find(path);
    if (!f) {
        const QStringList t = ProfileFields::split(path);
        return partName(t.isEmpty() ? path : t.last());
    }
    const QString name = f->translatedName();
    const QString language = FieldTable::language(path);
    if (language.isEmpty())
        return name;
    return language == QLatin1String("en") ? tr("%1 (English)").arg(name)
                                           : tr("%1 (Chinese)").arg(name);
}

QString FieldNames::unit(const QString &path)
{
    const FieldInfo *f = FieldTable::find(path);
    return f ? f->translatedUnit() : QString();
}

QString FieldNames::field(const QString &path)
{
    QStringList tokens = ProfileFields::split(path);
    while (!tokens.isEmpty() && isIndex(tokens.last()))
        tokens.removeLast();
    if (tokens.isEmpty())
        return path;
    if (FieldTable::find(path))
        return inSentence(label(path));
    // A part of a field ("product.lifetime_years.min") or a list.
    return partName(tokens.last());
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
        return tr("Distribution", "lifecycle stage");
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
