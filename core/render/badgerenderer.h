#pragma once

#include "core/render/labeloptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

struct Evaluation;

// The carbon label for the box (docs/labels.md), in the style of Logitech's carbon-transparency
// label: title, the total as the big figure, the stage bar with its legend, the use assumption,
// offsets and the neutral mark only when earned, standard, date and dataset. One page of
// options.sizeMm, every word real text in WenQuanYi Micro Hei, nothing rasterised.
class BadgeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(BadgeRenderer)

public:
    // The badge as a PDF file's bytes. On failure (the evaluation has errors, a size out of
    // range, the label font missing) returns an empty array and a translated `error`.
    static QByteArray render(const Evaluation &evaluation, const LabelOptions &options,
                             QString *error);
};

} // namespace carbonlabel
