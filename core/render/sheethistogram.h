#pragma once

#include "core/render/labelpainter.h"
#include "core/render/sheettext.h"
#include "lca/montecarlo.h"

namespace carbonlabel {

// The Monte Carlo histogram of the product sheet: the sampled totals in bins (the P5-P95 part
// darker), dashed lines at P5 and P95, a solid one at the sheet's total, and an axis in kg CO2e.
// Vector paths and real text only.
class SheetHistogram
{
public:
    static constexpr int kBins = 40;

    // Draws into `rect` when `painter` is given; returns the height used (rect's).
    static double draw(QPainter *painter, const LabelPainter &lp, const QRectF &rect,
                       const lca::MonteCarloResult &result, double totalKg, const SheetText &text);
};

} // namespace carbonlabel
