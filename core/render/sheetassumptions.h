#pragma once

#include "core/render/sheettext.h"

#include <QList>
#include <QStringList>

namespace carbonlabel {

struct Evaluation;

// The assumptions table of the product sheet: lifetime, masses, manufacturing, use, grids,
// transport legs, end-of-life routes, digital-service inputs and offsets, as {item, value}
// rows in the sheet's language(s), every grid and mode named by its factor (docs/labels.md).
class SheetAssumptions
{
public:
    static QList<QStringList> rows(const Evaluation &evaluation, const SheetText &text);
};

} // namespace carbonlabel
