#pragma once

#include "core/render/labelpalette.h"
#include "lca/stage.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QString>

#include <array>

namespace carbonlabel {

// Drawing shared by the badge, the sheet and the refresh report: millimetres to device units,
// the label font, wrapped text that is always real text, and the stage bar. Every method that
// draws also measures: with no painter (nullptr) it only returns the height it would use, so
// layout and drawing cannot disagree.
class LabelPainter
{
public:
    LabelPainter(const QString &family, double unitsPerMm);

    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    QFont font(double pointSize, bool bold = false) const;

    struct TextStyle
    {
        QFont font;
        QColor color = LabelPalette::body();
        Qt::Alignment alignment = Qt::AlignLeft;
        int maxLines = 0; // 0: as many as needed; else the last line is elided with "…"
        double lineSpacing = 1.0; // times the font's line spacing
    };

    // The label font at `pointSize` in `color`.
    TextStyle style(double pointSize, bool bold, const QColor &color,
                    Qt::Alignment alignment = Qt::AlignLeft, int maxLines = 0) const;

    // Wraps `text` into `width` (at spaces, and between Chinese characters), draws it with its
    // top left at `topLeft` when `painter` is given, and returns the height used.
    double text(QPainter *painter, const QString &text, const TextStyle &style, QPointF topLeft,
                double width) const;
    // The number of lines `text` wraps to.
    int lineCount(const QString &text, const QFont &font, double width) const;
    // The width of one unwrapped line.
    double advance(const QString &text, const QFont &font) const;
    // Wraps and advances are kept per thread for the next label (labelpainter.cpp says why);
    // this forgets this thread's, for a benchmark of a first label.
    static void clearLayoutCache();

    // The stacked bar: one segment per stage in stage order, proportional to `values`; a
    // stage above zero is never thinner than `minSegment`, so a tiny stage stays visible.
    void stageBar(QPainter &painter, const QRectF &rect,
                  const std::array<double, lca::kStageCount> &values, double minSegment,
                  double gap) const;
    // A small square swatch in a stage's colour.
    void swatch(QPainter &painter, const QRectF &rect, lca::Stage stage) const;
    void rule(QPainter &painter, QPointF from, double width, double thicknessMm,
              const QColor &color) const;

private:
    QString m_family;
    double m_unitsPerMm;
};

} // namespace carbonlabel
