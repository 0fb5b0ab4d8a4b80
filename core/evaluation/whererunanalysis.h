#pragma once

#include "core/factors/factor.h"
#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>

namespace carbonlabel {

class FactorDatabase;

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
    // Every grid_electricity factor with a region, by id.
    static QStringList defaultGrids(const FactorDatabase &database);
    static bool hasMovableParts(const DigitalService &service);
    // The product and the movable parts of the digital service; nothing else.
    static Profile movableParts(const Profile &profile);
    // `parts` with every data-centre and AI grid replaced by `grid`.
    static Profile onGrid(const Profile &parts, const QString &grid);

    static WhereRunResult run(const Profile &profile, const FactorDatabase &database,
                              const QStringList &gridIds);
};

} // namespace carbonlabel
