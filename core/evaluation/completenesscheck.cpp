#include "core/evaluation/completenesscheck.h"

#include "core/base/idtable.h"
#include "core/factors/componentclass.h"

#include <QHash>

namespace carbonlabel {

namespace {

// Each list follows a published breakdown of such a product (docs/benchmark.md gives the
// sources). The PAIA sheets count processor and memory inside the main board; CarbonLabel's
// board factors leave them out (docs/factors.md), so they are classes of their own here.
struct Requirement
{
    const char *id; // the peer group
    QStringList classes;
};

const QList<Requirement> &requirements()
{
    static const QList<Requirement> list{
            {"laptop",
             {QStringLiteral("display"), QStringLiteral("main_board"), QStringLiteral("processor"),
              QStringLiteral("memory"), QStringLiteral("storage"), QStringLiteral("battery"),
              QStringLiteral("enclosure"), QStringLiteral("power_supply")}},
            {"smartphone",
             {QStringLiteral("display"), QStringLiteral("main_board"), QStringLiteral("processor"),
              QStringLiteral("memory"), QStringLiteral("storage"), QStringLiteral("battery"),
              QStringLiteral("enclosure")}},
            {"tablet",
             {QStringLiteral("display"), QStringLiteral("main_board"), QStringLiteral("processor"),
              QStringLiteral("memory"), QStringLiteral("storage"), QStringLiteral("battery"),
              QStringLiteral("enclosure")}},
            {"monitor",
             {QStringLiteral("display"), QStringLiteral("main_board"), QStringLiteral("enclosure"),
              QStringLiteral("power_supply")}},
            {"desktop",
             {QStringLiteral("main_board"), QStringLiteral("processor"), QStringLiteral("memory"),
              QStringLiteral("storage"), QStringLiteral("power_supply"),
              QStringLiteral("enclosure")}},
            {"server",
             {QStringLiteral("main_board"), QStringLiteral("processor"), QStringLiteral("memory"),
              QStringLiteral("storage"), QStringLiteral("power_supply"),
              QStringLiteral("enclosure")}},
    };
    return list;
}

} // namespace

QStringList CompletenessCheck::requiredClasses(const QString &group)
{
    const Requirement *r = findById(requirements(), group);
    return r ? r->classes : QStringList();
}

QStringList CompletenessCheck::presentClasses(const Profile &profile, const QList<Factor> &factors)
{
    QHash<QString, QString> classOf;
    for (const Factor &f : factors)
        classOf.insert(f.id, f.componentClass);
    QStringList present;
    for (const MaterialLine &line : profile.materials) {
        const QString c = line.component.isEmpty() ? classOf.value(line.factor) : line.component;
        if (!c.isEmpty() && !present.contains(c))
            present.append(c);
    }
    return present;
}

QStringList CompletenessCheck::missing(const Profile &profile, const QList<Factor> &factors,
                                       const QString &group)
{
    const QStringList required = requiredClasses(group);
    if (required.isEmpty())
        return {};
    const QStringList present = presentClasses(profile, factors);
    QStringList out;
    for (const QString &c : required) {
        if (!present.contains(c))
            out.append(c);
    }
    return out;
}

Diagnostics CompletenessCheck::warnings(const QStringList &missing, const QString &groupName)
{
    Diagnostics out;
    for (const QString &c : missing) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.path = QStringLiteral("materials");
        d.message = tr("no line stands for the %1 (\"%2\"), a part that published breakdowns of "
                       "%3 count: add one, or set \"component\" on the line that holds it")
                            .arg(ComponentClass::translated(c).toLower(), c, groupName);
        out.append(d);
    }
    return out;
}

} // namespace carbonlabel
