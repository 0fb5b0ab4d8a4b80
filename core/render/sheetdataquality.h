#pragma once

#include "core/render/labelpainter.h"
#include "core/render/sheetflow.h"
#include "core/render/sheettext.h"

namespace carbonlabel {

struct Evaluation;

// The product sheet's "Data quality" section (docs/labels.md): the overall rating, the
// contribution-weighted mean of the factors' pedigree scores (DataQualitySummary), with its band
// and the part of the total that is scored; a table of the main contributors' factors with their
// share, five scores and GSD, and a last row of the weighted scores; and a note naming the method.
class SheetDataQuality
{
public:
    // The largest factors in the table; the rest are summed in one row.
    static constexpr int kRows = 6;

    static void add(const Evaluation &evaluation, const SheetText &text, const LabelPainter &lp,
                    SheetFlow &flow);
};

} // namespace carbonlabel
