#include "core/render/sheethistogram.h"

#include "core/render/labelfacts.h"
#include "core/render/labelformat.h"
#include "core/render/labelpalette.h"

#include <QFontMetricsF>

#include <algorithm>
#include <vector>

namespace carbonlabel {

double SheetHistogram::draw(QPainter *p, const LabelPainter &lp, const QRectF &rect,
                            const lca::MonteCarloResult &result, double totalKg,
                            const SheetText &text)
{
    if (!p || result.totals.empty())
        return rect.height();
    // The middle 99 % sets the axis, so one extreme sample of a long tail does not squeeze the
    // rest into a few bins; the tails are counted in the end bins.
    std::vector<double> sorted(result.totals);
    std::sort(sorted.begin(), sorted.end());
    const double lo = sorted[sorted.size() / 200];
    const double hi = sorted[sorted.size() - 1 - sorted.size() / 200];
    if (!(hi > lo))
        return rect.height();
    std::vector<int> bins(kBins, 0);
    for (double v : sorted) {
        const int b = std::clamp(static_cast<int>((v - lo) / (hi - lo) * kBins), 0, kBins - 1);
        ++bins[b];
    }
    const int most = *std::max_element(bins.begin(), bins.end());

    const LabelPainter::TextStyle label = lp.style(7.0, false, LabelPalette::muted());
    const QFontMetricsF fm(label.font);
    const double lineH = fm.height();
    const QRectF plot(rect.left(), rect.top() + 2.2 * lineH, rect.width(),
                      rect.height() - 4.0 * lineH);
    auto xOf = [&](double v) { return plot.left() + (v - lo) / (hi - lo) * plot.width(); };

    p->setPen(Qt::NoPen);
    const double binW = plot.width() / kBins;
    for (int b = 0; b < kBins; ++b) {
        const double h = most > 0 ? plot.height() * bins[b] / most : 0.0;
        const double mid = lo + (b + 0.5) * (hi - lo) / kBins;
        const bool inside = mid >= result.total.p5 && mid <= result.total.p95;
        p->fillRect(QRectF(plot.left() + b * binW + lp.mm(0.12), plot.bottom() - h,
                           binW - lp.mm(0.24), h),
                    inside ? LabelPalette::accent() : LabelPalette::accentLight());
    }
    lp.rule(*p, {plot.left(), plot.bottom()}, plot.width(), 0.25, LabelPalette::ink());

    // Markers: P5 and P95 dashed, labelled outside the range; the total solid, labelled above.
    auto marker = [&](double v, Qt::PenStyle style, double top) {
        const double x = std::clamp(xOf(v), plot.left(), plot.right());
        p->setPen(QPen(LabelPalette::ink(), lp.mm(0.25), style));
        p->drawLine(QPointF(x, top), QPointF(x, plot.bottom()));
        return x;
    };
    const double gap = lp.mm(1.0);
    const double x5 = marker(result.total.p5, Qt::DashLine, plot.top() - lineH);
    const double x95 = marker(result.total.p95, Qt::DashLine, plot.top() - lineH);
    const double xt = marker(totalKg, Qt::SolidLine, rect.top() + lineH);
    const QString p5 = QStringLiteral("P5 ") + LabelFormat::significant(result.total.p5);
    const QString p95 = QStringLiteral("P95 ") + LabelFormat::significant(result.total.p95);
    const LabelPainter::TextStyle right
            = lp.style(7.0, false, LabelPalette::muted(), Qt::AlignRight);
    const double w5 = lp.advance(p5, label.font) * 1.02;
    lp.text(p, p5, right, {std::max(rect.left(), x5 - gap - w5), plot.top() - lineH}, w5);
    lp.text(p, p95, label,
            {std::min(x95 + gap, rect.right() - lp.advance(p95, label.font)), plot.top() - lineH},
            lp.advance(p95, label.font) * 1.02);
    const QString total = text.inline_(QStringLiteral("Total"), QStringLiteral("总量"))
            + QLatin1Char(' ') + LabelFormat::significant(totalKg);
    const double wt = lp.advance(total, label.font) * 1.02;
    lp.text(p, total, label, {std::clamp(xt + gap, rect.left(), rect.right() - wt), rect.top()},
            wt);

    // Axis: both ends and the middle, then the unit and what the bars count.
    const double axisY = plot.bottom() + lp.mm(1.2);
    for (double v : {lo, (lo + hi) / 2.0, hi}) {
        const QString t = LabelFormat::significant(v);
        const double w = lp.advance(t, label.font) * 1.02;
        lp.text(p, t, label, {std::clamp(xOf(v) - w / 2.0, rect.left(), rect.right() - w), axisY},
                w);
    }
    const QString samples = LabelFormat::count(result.samples);
    const QString caption = LabelFacts::unit() + QStringLiteral(" · ")
            + text.inline_(QStringLiteral("bars: share of %1 samples").arg(samples),
                           QStringLiteral("柱高：%1 次抽样中的频数").arg(samples));
    lp.text(p, caption, right, {rect.left(), axisY + lineH}, rect.width());
    return rect.height();
}

} // namespace carbonlabel
