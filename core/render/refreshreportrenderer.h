#pragma once

#include "core/render/labeloptions.h"
#include "lca/refreshcycleanalysis.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

struct Evaluation;

// The A4 refresh-cycle report (docs/uncertainty.md): the cumulative emissions of every replacement
// cycle as a vector chart with axes and legend, the strategy table with the footprint per year
// of keeping one device, the replace-now payback, and the assumptions, in English, Chinese or
// both, with the label font (LabelFonts) so every word extracts from the PDF.
class RefreshReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(RefreshReportRenderer)

public:
    // With the defaults of `refresh`: 12 years, cycles 2..8, no yearly changes. Without a device in
    // use to compare with, the payback is shown for old devices needing 1.5, 2 and 3 times the
    // new one's energy.
    static QByteArray render(const Evaluation &evaluation, const LabelOptions &options,
                             QString *error);
    // With `settings`' horizon, cycles and rates, and its replaceNow->oldAnnualEnergyKwh if
    // set; e0, a0, g0 and the new device come from the evaluation (RefreshProfileValues).
    static QByteArray render(const Evaluation &evaluation, const LabelOptions &options,
                             lca::RefreshCycleInputs settings, QString *error);
};

} // namespace carbonlabel
