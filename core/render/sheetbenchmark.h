#pragma once

#include "core/render/labelpainter.h"
#include "core/render/sheetflow.h"
#include "core/render/sheettext.h"

namespace carbonlabel {

struct Evaluation;

// The product sheet's "Published peers" section: where the product lands among published
// footprints of its group (docs/benchmark.md), a band for the total and one for materials and
// manufacturing, and the attribution the data's licence asks for. Nothing without a group.
class SheetBenchmark
{
public:
    static void add(const Evaluation &evaluation, const SheetText &text, const LabelPainter &lp,
                    SheetFlow &flow);
};

} // namespace carbonlabel
