#pragma once

#include "core/render/labeloptions.h"
#include "core/render/labeluncertainty.h"
#include "lca/montecarlo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

struct Evaluation;

// The A4 product sheet (docs/labels.md): the badge's facts with the exact total, its P5-P95 range
// and histogram, the stage table, the top contributors, the assumptions, every factor used with
// its source and year (CO2-only factors marked) and the methodology; pages numbered, with
// header and footer. All text is real text in WenQuanYi Micro Hei; the charts are vector.
class SheetRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SheetRenderer)

public:
    // Monte Carlo settings of the sheet's range, those of every printed range (LabelUncertainty).
    static constexpr int kSamples = LabelUncertainty::kSamples;
    static constexpr std::uint64_t kSeed = LabelUncertainty::kSeed;

    // Runs the Monte Carlo itself (kSamples, kSeed), then renders. An empty array and a
    // translated `error` on failure.
    static QByteArray render(const Evaluation &evaluation, const LabelOptions &options,
                             QString *error);
    // With a Monte Carlo result the caller already has (the window); nullptr leaves the
    // uncertainty section out.
    static QByteArray render(const Evaluation &evaluation, const LabelOptions &options,
                             const lca::MonteCarloResult *uncertainty, QString *error);
};

} // namespace carbonlabel
