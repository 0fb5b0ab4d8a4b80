#include "core/render/peerbandpainter.h"

#include "core/render/labelformat.h"
#include "core/render/labelpalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace carbonlabel {

PeerBandPainter::Style PeerBandPainter::printStyle(const QFont &font, double unit)
{
    Style s;
    s.font = font;
    s.unit = unit;
    s.band = LabelPalette::accentLight();
    s.whisker = LabelPalette::rule();
    s.median = LabelPalette::accent();
    s.mark = LabelPalette::ink();
    s.text = LabelPalette::muted();
    s.number = [](double v) { return LabelFormat::significant(v); };
    return s;
}

double PeerBandPainter::height(const Style &style)
{
    const QFontMetricsF fm(style.font);
    // The product's label, the mark, the bar, the end labels.
    return 2.0 * fm.height() + 5.0 * style.unit;
}

void PeerBandPainter::draw(QPainter &p, const QRectF &rect, const PeerStatistics &s,
                           double productKg, const QString &productLabel, const Style &style)
{
    const QFontMetricsF fm(style.font);
    const double u = style.unit;
    // The axis spans P5 to P95 and the product, with a margin so that neither end label nor
    // the mark touches the edge.
    const double lo = std::min(s.p5, productKg);
    const double hi = std::max(s.p95, productKg);
    const double span = hi > lo ? hi - lo : std::max(1.0, hi);
    const double left = rect.left() + fm.horizontalAdvance(QStringLiteral("0000")) / 2.0;
    const double right = rect.right() - fm.horizontalAdvance(QStringLiteral("0000")) / 2.0;
    const auto xOf = [&](double v) {
        return left + (v - (lo - 0.04 * span)) / (1.08 * span) * (right - left);
    };

    const double markTop = rect.top() + fm.height();
    const double barTop = markTop + 2.0 * u;
    const double barH = 2.2 * u;
    const double barMid = barTop + barH / 2.0;
    p.save();
    p.setFont(style.font);

    // P5–P95 whisker, P10–P90 bar, median tick.
    p.setPen(QPen(style.whisker, 0.3 * u));
    p.drawLine(QPointF(xOf(s.p5), barMid), QPointF(xOf(s.p95), barMid));
    for (double v : {s.p5, s.p95})
        p.drawLine(QPointF(xOf(v), barTop + 0.5 * u), QPointF(xOf(v), barTop + barH - 0.5 * u));
    p.setPen(Qt::NoPen);
    p.setBrush(style.band);
    p.drawRect(QRectF(QPointF(xOf(s.p10), barTop), QPointF(xOf(s.p90), barTop + barH)));
    p.setPen(QPen(style.median, 0.5 * u));
    p.drawLine(QPointF(xOf(s.median), barTop), QPointF(xOf(s.median), barTop + barH));

    // End labels under the bar: P10 and P90 in kg, and the median.
    p.setPen(style.text);
    const double labelTop = barTop + barH + 0.6 * u;
    // Each label centred under its value and kept inside the rect; the median's is left out
    // where it would touch an end's (a narrow band, or one pushed aside by a far product).
    const auto placed = [&](double v, const QString &text) {
        const double w = fm.horizontalAdvance(text);
        const double x = std::clamp(xOf(v) - w / 2.0, rect.left(), rect.right() - w);
        return QRectF(x, labelTop, w + 1.0, fm.height());
    };
    const QString p10Text = QStringLiteral("P10 %1").arg(style.number(s.p10));
    const QString medianText = style.number(s.median);
    const QString p90Text = QStringLiteral("P90 %1").arg(style.number(s.p90));
    const QRectF p10Box = placed(s.p10, p10Text);
    const QRectF medianBox = placed(s.median, medianText);
    QRectF p90Box = placed(s.p90, p90Text);
    if (p90Box.left() < p10Box.right() + u)
        p90Box.moveLeft(std::min(p10Box.right() + u, rect.right() - p90Box.width()));
    p.drawText(p10Box, Qt::AlignLeft | Qt::AlignTop, p10Text);
    p.drawText(p90Box, Qt::AlignLeft | Qt::AlignTop, p90Text);
    if (medianBox.left() > p10Box.right() + u && medianBox.right() + u < p90Box.left())
        p.drawText(medianBox, Qt::AlignLeft | Qt::AlignTop, medianText);

    // The product: a triangle pointing at the bar, its value and name above.
    const double x = xOf(productKg);
    QPainterPath triangle;
    triangle.moveTo(x - 1.2 * u, markTop);
    triangle.lineTo(x + 1.2 * u, markTop);
    triangle.lineTo(x, barTop + 0.6 * u);
    triangle.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(style.mark);
    p.drawPath(triangle);
    p.setPen(style.mark);
    const QString text = QStringLiteral("%1 · %2 kg").arg(productLabel, style.number(productKg));
    const double w = fm.horizontalAdvance(text);
    const double tx = std::clamp(x - w / 2.0, rect.left(), rect.right() - w);
    p.drawText(QRectF(tx, rect.top(), w + 1.0, fm.height()), Qt::AlignLeft | Qt::AlignTop, text);
    p.restore();
}

} // namespace carbonlabel
