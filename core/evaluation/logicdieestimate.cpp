#include "core/evaluation/logicdieestimate.h"

#include "core/base/numbertext.h"
#include "core/factors/factordatabase.h"
#include "lca/units.h"

#include <QLocale>

namespace carbonlabel {

namespace {

const char *const kMaterialsFactor = "mfg_fab_materials_act";
const char *const kPackageFactor = "ec_ic_package_act";

} // namespace

QStringList LogicDieEstimate::nodes()
{
    // As the factor ids spell them: mfg_fab_energy_<node>_act, mfg_fab_gas_<node>_gpa95_act...
    return {QStringLiteral("28nm"), QStringLiteral("20nm"), QStringLiteral("14nm"),
            QStringLiteral("10nm"), QStringLiteral("8nm"),  QStringLiteral("7nm"),
            QStringLiteral("5nm"),  QStringLiteral("3nm")};
}

LogicDieEstimate::Result LogicDieEstimate::estimate(const FactorDatabase &db,
                                                    const Request &request)
{
    Result r;
    const auto fail = [&r](const char *field, const QString &message) {
        r.field = QLatin1String(field);
        r.error = message;
        return r;
    };
    if (!(request.areaMm2 > 0.0 && request.areaMm2 <= kMaxAreaMm2))
        return fail("area",
                    tr("the die area must be more than 0 and at most 100,000 mm2, found %1")
                            .arg(NumberText::display(request.areaMm2, QLocale::c())));
    r.node = request.node.trimmed().toLower();
    if (!r.node.isEmpty() && !r.node.endsWith(QLatin1String("nm")))
        r.node += QLatin1String("nm");
    if (!nodes().contains(r.node))
        return fail("node",
                    tr("the process node must be one of %1, found \"%2\"")
                            .arg(nodes().join(QLatin1String(", ")), request.node));
    if (request.abatementPercent != 95 && request.abatementPercent != 97
        && request.abatementPercent != 99)
        return fail("abatement",
                    tr("the process-gas abatement must be 95, 97 or 99 %, found %1")
                            .arg(request.abatementPercent));
    if (request.packages < 0 || request.packages > kMaxPackages)
        return fail("packages",
                    tr("the number of packages must be from 0 to 1000, found %1")
                            .arg(request.packages));
    if (request.yield && !(*request.yield > 0.0 && *request.yield <= 1.0))
        return fail("yield",
                    tr("the yield must be more than 0 and at most 1, found %1")
                            .arg(NumberText::display(*request.yield, QLocale::c())));

    const QString gridId = request.gridId.trimmed();
    const std::optional<Factor> grid = db.factor(gridId);
    if (!grid)
        return fail("fab-grid", tr("factor %1 is not in the database").arg(gridId));
    const auto gridUnit = lca::parseEmissionUnit(grid->unit.toStdString());
    if (!gridUnit || gridUnit->denominator.dimension != lca::Dimension::Energy)
        return fail("fab-grid",
                    tr("factor %1 is in %2, not per unit of electricity").arg(gridId, grid->unit));
    r.factorsUsed << gridId;
    r.gridRegion = grid->region;

    // The factor `id` in one of `units`, or nothing with the reason in r.
    const auto value = [&](const QString &id, const QStringList &units) -> std::optional<double> {
        const std::optional<Factor> f = db.factor(id);
        if (!f) {
            fail("", tr("factor %1 is not in the database").arg(id));
            return std::nullopt;
        }
        if (!units.contains(f->unit)) {
            fail("",
                 tr("factor %1 is in %2; this model needs %3")
                         .arg(id, f->unit, units.join(QLatin1String(" or "))));
            return std::nullopt;
        }
        r.factorsUsed << id;
        return f->value;
    };
    const QStringList perCm2{QStringLiteral("kgCO2e/cm2")};
    lca::LogicDieInputs &in = r.inputs;
    in.areaCm2 = request.areaMm2 / 100.0;
    // kg per kWh (the energy base unit), whatever energy unit the grid factor is per.
    in.gridKgPerKwh = gridUnit->kgPerBaseUnit(grid->value);
    const auto energy = value(QStringLiteral("mfg_fab_energy_%1_act").arg(r.node),
                              {QStringLiteral("kWh/cm2")});
    if (!energy)
        return r;
    in.fabKwhPerCm2 = *energy;
    const auto gas = [&](int level) {
        return value(QStringLiteral("mfg_fab_gas_%1_gpa%2_act").arg(r.node).arg(level), perCm2);
    };
    if (request.abatementPercent == 97) {
        const auto g95 = gas(95);
        const auto g99 = g95 ? gas(99) : std::nullopt;
        if (!g99)
            return r;
        in.gasesKgPerCm2 = (*g95 + *g99) / 2.0;
    } else {
        const auto g = gas(request.abatementPercent);
        if (!g)
            return r;
        in.gasesKgPerCm2 = *g;
    }
    const auto materials = value(QLatin1String(kMaterialsFactor), perCm2);
    const auto perPackage = materials
            ? value(QLatin1String(kPackageFactor), {QStringLiteral("kgCO2e/unit")})
            : std::nullopt;
    if (!perPackage)
        return r;
    in.materialsKgPerCm2 = *materials;
    in.kgPerPackage = *perPackage;
    in.packages = request.packages;
    if (request.yield) {
        in.fabYield = *request.yield;
    } else {
        const auto y = value(QLatin1String(kYieldFactor), {QStringLiteral("dimensionless")});
        if (!y)
            return r;
        in.fabYield = *y;
    }
    r.carbon = lca::logicDieCarbon(in);
    return r;
}

Factor LogicDieEstimate::asFactor(const Request &request, const Result &result, const QString &id)
{
    const QString area = NumberText::rounded(request.areaMm2, 4, QLocale::c());
    const QString grid = request.gridId.trimmed();
    Factor f;
    f.id = id;
    f.category = QStringLiteral("electronic_component");
    f.nameEn = QStringLiteral("Logic die, %1 mm2 at %2, fab grid %3 (ACT model)")
                       .arg(area, result.node, grid);
    f.nameZh = QStringLiteral("逻辑芯片裸片，%1 mm2，%2，晶圆厂电网 %3（ACT模型）")
                       .arg(area, result.node, grid);
    f.value = result.carbon.totalKg;
    f.unit = QStringLiteral("kgCO2e/unit");
    f.region = result.gridRegion;
    f.source = QStringLiteral("ACT per-area logic model (Gupta et al., ISCA 2022), "
                              "computed by carbonlabel-cli die");
    f.sourceDetail = result.factorsUsed.join(QLatin1String(", "));
    f.notesEn = QStringLiteral("%1 %% gas abatement, yield %2, %3 package(s); die %4 kg, "
                               "packages %5 kg.")
                        .arg(request.abatementPercent)
                        .arg(result.inputs.fabYield)
                        .arg(request.packages)
                        .arg(result.carbon.dieKg)
                        .arg(result.carbon.packagingKg);
    f.componentClass = QStringLiteral("processor");
    return f;
}

} // namespace carbonlabel
