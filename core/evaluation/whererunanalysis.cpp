#include "core/evaluation/whererunanalysis.h"

#include "core/evaluation/inventorybuilder.h"
#include "core/factors/factordatabase.h"
#include "lca/footprintcalculator.h"
#include "lca/units.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace carbonlabel {

namespace {

const QString kGridCategory = QStringLiteral("grid_electricity");

struct Evaluated
{
    double kgCo2e = 0.0;
    QStringList parts;
    Diagnostics diagnostics;
};

Evaluated evaluate(const Profile &profile, const FactorDatabase &database)
{
    Evaluated e;
    const BuiltInventory built = InventoryBuilder::build(profile, database);
    e.diagnostics = built.diagnostics;
    if (!built.ok())
        return e;
    const lca::FootprintResult result = lca::FootprintCalculator::calculate(built.inventory);
    e.kgCo2e = result.total();
    for (const lca::Contribution &c : result.contributions)
        e.parts.append(QString::fromStdString(c.path));
    return e;
}

QStringList gridsOf(const DigitalService &s)
{
    QStringList grids;
    auto add = [&grids](const QString &id) {
        if (!id.isEmpty() && !grids.contains(id))
            grids.append(id);
    };
    if (s.dataCenter)
        add(s.dataCenter->grid);
    if (s.ai) {
        add(s.ai->grid);
        if (s.ai->trainingMwh)
            add(s.ai->trainingGrid);
    }
    for (const ComputeUse &c : s.compute)
        add(c.grid);
    for (const AcceleratorUse &a : s.accelerators)
        add(a.grid);
    for (const StorageUse &st : s.storage)
        add(st.grid);
    return grids;
}

} // namespace

QStringList WhereRunAnalysis::defaultGrids(const FactorDatabase &database)
{
    QStringList ids;
    for (const Factor &f : database.all()) {
        if (f.category == kGridCategory && !f.region.trimmed().isEmpty())
            ids.append(f.id);
    }
    return ids;
}

std::optional<GridBasis> GridBasis::of(const Factor &factor)
{
    const auto unit = lca::parseEmissionUnit(factor.unit.toStdString());
    if (!unit || unit->denominator.dimension != lca::Dimension::Energy)
        return std::nullopt;
    return GridBasis{factor.gridBasis, factor.gridMethod, factor.gridScope, unit->factor.co2Only};
}

QString GridBasis::text() const
{
    // The keys of factors.csv's grid_basis, grid_method and grid_scope columns; the English
    // text keeps them as they are (what --grids and the JSON say), a translation may name them.
    static const char *const kKeys[] = {
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "lifecycle"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "combustion"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "location"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "market"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "residual"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "generation"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "consumption"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "constant"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "td_losses"),
            QT_TRANSLATE_NOOP("WhereRunAnalysis", "wtt"),
    };
    auto named = [](const QString &key) {
        for (const char *known : kKeys) {
            if (key == QLatin1String(known))
                return WhereRunAnalysis::tr(known);
        }
        return key;
    };
    QStringList keys;
    for (const QString &key : {basis, method, scope}) {
        if (!key.isEmpty())
            keys.append(named(key));
    }
    const QString gases = co2Only ? WhereRunAnalysis::tr("CO2 only") : QStringLiteral("CO2e");
    return keys.isEmpty() ? WhereRunAnalysis::tr("basis not stated, %1").arg(gases)
                          : WhereRunAnalysis::tr("%1, %2", "grid basis keys, then CO2e or CO2 only")
                                    .arg(keys.join(QStringLiteral(" / ")), gases);
}

bool GridBasis::operator<(const GridBasis &other) const
{
    return std::tie(basis, method, scope, co2Only)
            < std::tie(other.basis, other.method, other.scope, other.co2Only);
}

WhereRunDefaults WhereRunAnalysis::defaultSelection(const FactorDatabase &database)
{
    // Per basis, per region, the grid chosen so far.
    std::map<GridBasis, std::map<QString, Factor>> groups;
    for (const QString &id : defaultGrids(database)) {
        const auto f = database.factor(id);
        if (!f || f->gridBasis.isEmpty() || !f->offeredAsGrid())
            continue;
        const auto basis = GridBasis::of(*f);
        if (!basis)
            continue;
        std::map<QString, Factor> &regions = (*groups.try_emplace(*basis).first).second;
        const QString region = f->region.trimmed();
        const auto it = regions.find(region);
        if (it == regions.end())
            regions.emplace(region, *f);
        else if (f->year > it->second.year || (f->year == it->second.year && f->id < it->second.id))
            it->second = *f;
    }
    WhereRunDefaults defaults;
    const std::map<QString, Factor> *best = nullptr;
    for (const auto &[basis, regions] : groups) {
        // In the basis order, so the first of two groups of as many regions wins.
        if (!best || regions.size() > best->size()) {
            best = &regions;
            defaults.basis = basis;
        }
    }
    if (!best)
        return defaults;
    for (const auto &[region, factor] : *best)
        defaults.gridIds.append(factor.id);
    defaults.gridIds.sort();
    defaults.regions = static_cast<int>(defaults.gridIds.size());
    return defaults;
}

bool WhereRunAnalysis::hasMovableParts(const DigitalService &s)
{
    return s.dataCenter || s.ai || !s.compute.isEmpty() || !s.accelerators.isEmpty()
            || !s.storage.isEmpty();
}

Profile WhereRunAnalysis::movableParts(const Profile &profile)
{
    Profile parts;
    parts.product = profile.product;
    if (profile.digitalService) {
        DigitalService s = *profile.digitalService;
        s.network.reset();
        parts.digitalService = std::move(s);
    }
    return parts;
}

Profile WhereRunAnalysis::onGrid(const Profile &parts, const QString &grid)
{
    Profile moved = parts;
    if (!moved.digitalService)
        return moved;
    DigitalService &s = *moved.digitalService;
    if (s.dataCenter)
        s.dataCenter->grid = grid;
    if (s.ai) {
        s.ai->grid = grid;
        if (s.ai->trainingMwh)
            s.ai->trainingGrid = grid; // training moves with the rest
    }
    for (ComputeUse &c : s.compute)
        c.grid = grid;
    for (AcceleratorUse &a : s.accelerators)
        a.grid = grid;
    for (StorageUse &st : s.storage)
        st.grid = grid;
    return moved;
}

WhereRunResult WhereRunAnalysis::run(const Profile &profile, const FactorDatabase &database,
                                     const QStringList &gridIds)
{
    WhereRunResult result;
    auto fail = [&result](const QString &path, const QString &message) {
        result.diagnostics.append(Diagnostic{Diagnostic::Severity::Error, path, message});
        return result;
    };
    if (!profile.digitalService || !hasMovableParts(*profile.digitalService)) {
        return fail(QStringLiteral("digital_service"),
                    tr("no data-centre or AI part to move; expected data_center, ai, compute, "
                       "accelerators or storage"));
    }
    if (gridIds.isEmpty())
        return fail({}, tr("no grid to compare"));

    // Every candidate is checked first, so a typo is reported before any work is done.
    QStringList ids = gridIds;
    ids.removeDuplicates();
    QList<WhereRunGrid> candidates;
    for (const QString &id : std::as_const(ids)) {
        const auto f = database.factor(id);
        if (!f) {
            return fail({},
                        tr("unknown grid factor \"%1\"; list grids with: carbonlabel-cli factors "
                           "search grid")
                                .arg(id));
        }
        const auto unit = lca::parseEmissionUnit(f->unit.toStdString());
        if (!unit || unit->denominator.dimension != lca::Dimension::Energy) {
            return fail({},
                        tr("factor \"%1\" is in %2; expected a grid factor in kgCO2e/kWh")
                                .arg(id, f->unit));
        }
        WhereRunGrid g;
        g.grid = *f;
        g.kgCo2ePerKwh = unit->kgPerBaseUnit(f->value);
        g.co2Only = unit->factor.co2Only;
        candidates.append(g);
    }

    const Profile parts = movableParts(profile);
    const Evaluated baseline = evaluate(parts, database);
    result.diagnostics = baseline.diagnostics;
    if (!result.ok())
        return result;
    result.parts = baseline.parts;
    result.baselineGrids = gridsOf(*parts.digitalService);
    result.baselineKgCo2e = baseline.kgCo2e;

    for (WhereRunGrid &g : candidates) {
        const Evaluated moved = evaluate(onGrid(parts, g.grid.id), database);
        if (hasErrors(moved.diagnostics)) {
            for (const Diagnostic &d : moved.diagnostics) {
                if (d.isError())
                    result.diagnostics.append(d);
            }
            return result;
        }
        g.kgCo2e = moved.kgCo2e;
        g.savingKgCo2e = result.baselineKgCo2e - g.kgCo2e;
        g.savingShare = result.baselineKgCo2e > 0.0 ? g.savingKgCo2e / result.baselineKgCo2e : 0.0;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const WhereRunGrid &a, const WhereRunGrid &b) {
                         return a.kgCo2e != b.kgCo2e ? a.kgCo2e < b.kgCo2e : a.grid.id < b.grid.id;
                     });
    result.grids = std::move(candidates);
    return result;
}

WhereRunResult WhereRunAnalysis::runDefault(const Profile &profile, const FactorDatabase &database)
{
    const WhereRunDefaults defaults = defaultSelection(database);
    WhereRunResult result = run(profile, database, defaults.gridIds);
    if (!result.ok())
        return result;
    result.basis = defaults.basis;
    for (const QString &id : std::as_const(result.baselineGrids)) {
        const auto f = database.factor(id);
        const auto own = f ? GridBasis::of(*f) : std::nullopt;
        if (own && *own == defaults.basis)
            continue;
        //: %1 a grid factor's id, %2 and %3 bases such as "lifecycle / location / generation,
        //: CO2e" (the keys stay English)
        const QString message
                = tr("the profile's grid %1 is of another basis (%2) than the grids ranked "
                     "(%3), so the savings compare unlike figures")
                          .arg(id, own ? own->text() : tr("not per kWh"), defaults.basis.text());
        result.diagnostics.append(Diagnostic{Diagnostic::Severity::Warning,
                                             QStringLiteral("digital_service"), message});
    }
    return result;
}

} // namespace carbonlabel
