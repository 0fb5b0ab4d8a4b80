#pragma once

#include "core/factors/factor.h"
#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>

#include <optional>

namespace carbonlabel {

class FactorDatabase;

// What a grid factor's figure counts (docs/factors.md, "Grid factors"): its basis, method and
// scope, and whether it is CO2 alone. Grids compare like with like only when these agree.
struct GridBasis
{
    QString basis; // "lifecycle" or "combustion"; empty when not stated
    QString method; // "location", "market" or "residual"
    QString scope; // "generation", "consumption", ...; empty when not stated
    bool co2Only = false;

    // The basis of `factor`; nullopt when its unit is not per unit of energy.
    static std::optional<GridBasis> of(const Factor &factor);
    // "lifecycle / location / consumption, CO2e": the stated keys, then CO2e or CO2 only.
    QString text() const;

    bool operator==(const GridBasis &) const = default;
    // By basis, method, scope, then CO2e before CO2 only.
    bool operator<(const GridBasis &other) const;
};

// The grids `where` compares by default: one basis, one grid a region.
struct WhereRunDefaults
{
    QStringList gridIds; // by id
    GridBasis basis;
    int regions = 0; // gridIds.size(): each region once
};

// One grid of a where-to-run comparison.
struct WhereRunGrid
{
    Factor grid;
    double kgCo2ePerKwh = 0.0;
    bool co2Only = false; // the factor counts CO2 alone (marked "CO2 only")
    double kgCo2e = 0.0; // the movable parts with every grid replaced by this one
    double savingKgCo2e = 0.0; // baseline - kgCo2e; negative when this grid is worse
    double savingShare = 0.0; // savingKgCo2e / baseline; 0 when the baseline is 0
};

struct WhereRunResult
{
    QStringList parts; // the contributions moved, e.g. "digital_service.ai.training"
    QStringList baselineGrids; // the grids the profile itself uses for them, without repeats
    double baselineKgCo2e = 0.0;
    // The one basis of the grids compared by default (runDefault); nullopt for grids given.
    std::optional<GridBasis> basis;
    QList<WhereRunGrid> grids; // ascending by kgCo2e, ties by id
    Diagnostics diagnostics; // the profile's warnings; errors when nothing could be computed

    bool ok() const { return !hasErrors(diagnostics); }
};

// "Where to run it" (docs/digital-services.md): the profile's data-centre and AI
// parts (data_center, ai inference and training, compute, accelerators, storage) evaluated
// with every one of their grids replaced by each candidate grid in turn. The network and the
// user's device stay out: moving the servers does not move them. Used by the CLI and the GUI.
class WhereRunAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(WhereRunAnalysis)

public:
    // Every grid_electricity factor with a region, by id: the pool the defaults come from.
    static QStringList defaultGrids(const FactorDatabase &database);
    // The default comparison (docs/digital-services.md, "Where to run it"): of the grids in
    // defaultGrids() whose basis is stated and which are no fragment or constant, the group of
    // one basis (GridBasis) that covers the most regions (ties: the lowest basis, method,
    // scope, CO2e before CO2 only); in it one grid a region, the newest year, ties by id.
    // No grid when there is no such factor.
    static WhereRunDefaults defaultSelection(const FactorDatabase &database);
    static bool hasMovableParts(const DigitalService &service);
    // The product and the movable parts of the digital service; nothing else.
    static Profile movableParts(const Profile &profile);
    // `parts` with every data-centre and AI grid replaced by `grid`.
    static Profile onGrid(const Profile &parts, const QString &grid);

    static WhereRunResult run(const Profile &profile, const FactorDatabase &database,
                              const QStringList &gridIds);
    // run() on defaultSelection(), with `basis` set and a warning for each of the profile's own
    // grids of another basis.
    static WhereRunResult runDefault(const Profile &profile, const FactorDatabase &database);
};

} // namespace carbonlabel
