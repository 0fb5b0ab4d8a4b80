#pragma once

#include "core/evaluation/peerbenchmark.h"

#include <QColor>
#include <QFont>
#include <QRectF>

#include <functional>

class QPainter;

namespace carbonlabel {

// One peer band as the sheet prints it and the window shows it: a thin line from P5 to P95, a
// bar from P10 to P90, a tick at the median, the ends labelled in kg, and the product's mark
// (a triangle with its value) above it. Vector paths and real text only.
class PeerBandPainter
{
public:
    struct Style
    {
        QFont font; // the labels
        double unit = 1.0; // painter units per millimetre
        QColor band, whisker, median, mark, text;
        // How the labels write a number: the sheet's LabelFormat, the window's locale.
        std::function<QString(double)> number;
    };
    // The print colours (LabelPalette) with `font` at `unit` per mm.
    static Style printStyle(const QFont &font, double unit);

    // The height the band needs at `style`.
    static double height(const Style &style);
    // Draws the band of `statistics` with the product at `productKg` into `rect` (as tall as
    // height()); `productLabel` is written beside the product's value ("this product").
    static void draw(QPainter &painter, const QRectF &rect, const PeerStatistics &statistics,
                     double productKg, const QString &productLabel, const Style &style);
};

} // namespace carbonlabel
