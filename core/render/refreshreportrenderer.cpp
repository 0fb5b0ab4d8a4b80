#include "core/render/refreshreportrenderer.h"

#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/evaluation/refreshprofilevalues.h"
#include "core/render/labelfonts.h"
#include "core/render/labelformat.h"
#include "core/render/labelpainter.h"
#include "core/render/labelpalette.h"
#include "core/render/labelpdf.h"
#include "core/render/refreshreportphrase.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace carbonlabel {

namespace {

using Phrase = RefreshReportPhrase;
using namespace refreshreport;

const QSizeF kA4Mm(210.0, 297.0);
constexpr double kMarginMm = 16.0;

// A round step giving about `ticks` intervals up to `max`.
double niceStep(double max, int ticks)
{
    if (!(max > 0.0))
        return 1.0;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw * 0.999)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

// Which strategies the chart and table show: all of up to 10, else 10 spread evenly from the
// shortest to the longest cycle, plus the best. A page cannot show 50 lines or rows legibly.
std::vector<std::size_t> shown(const lca::RefreshCycleResult &r)
{
    constexpr std::size_t kMax = 10;
    const std::size_t n = r.strategies.size();
    std::vector<std::size_t> indices;
    for (std::size_t i = 0; i < n; ++i) {
        if (n <= kMax || r.strategies[i].cycleYears == r.bestCycleYears)
            indices.push_back(i);
    }
    if (n > kMax) {
        for (std::size_t j = 0; j < kMax; ++j) // j (n - 1) / (kMax - 1), rounded
            indices.push_back((2 * j * (n - 1) + kMax - 1) / (2 * (kMax - 1)));
        std::sort(indices.begin(), indices.end());
        indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    }
    return indices;
}

class ReportLayout
{
public:
    ReportLayout(const Evaluation &e, const LabelOptions &options,
                 const RefreshProfileValues &values, const lca::RefreshCycleInputs &in,
                 const lca::RefreshCycleResult &r,
                 const std::vector<std::pair<double, std::optional<int>>> &paybacks,
                 bool explicitOld, const LabelPainter &lp)
        : m_e(e)
        , m_langs(options.languageCodes())
        , m_values(values)
        , m_in(in)
        , m_r(r)
        , m_paybacks(paybacks)
        , m_explicitOld(explicitOld)
        , m_date(options.effectiveDate())
        , m_lp(lp)
        , m_shown(shown(r))
    { }

    void draw(QPainter &p) const
    {
        p.setRenderHint(QPainter::Antialiasing);
        const double x = m_lp.mm(kMarginMm);
        const double w = m_lp.mm(kA4Mm.width() - 2 * kMarginMm);
        const double bottom = m_lp.mm(kA4Mm.height() - kMarginMm);
        double y = m_lp.mm(kMarginMm);
        // Everything but the chart is measured first; the chart takes what is left, up to
        // 95 mm. Rows get thinner (to 3.2 mm) before the chart goes below 72 mm.
        const double fixed = header(nullptr, x, y, w) + m_lp.mm(5.0 + 6.0 + 5.0 + 5.0 + 4.0)
                + replaceNow(nullptr, x, 0, w) + assumptions(nullptr, x, 0, w)
                + footer(nullptr, x, 0, w);
        const double space = bottom - y - fixed;
        double rowHeight = m_lp.mm(5.0);
        if (space - table(nullptr, x, 0, w, rowHeight) < m_lp.mm(72.0)) {
            const double rows = static_cast<double>(std::max<std::size_t>(m_shown.size(), 1));
            const double other = table(nullptr, x, 0, w, 0.0);
            rowHeight = std::clamp((space - m_lp.mm(72.0) - other) / rows, m_lp.mm(3.2), rowHeight);
        }
        const double chartHeight = std::clamp(space - table(nullptr, x, 0, w, rowHeight),
                                              m_lp.mm(45.0), m_lp.mm(95.0));
        y += header(&p, x, y, w);
        y += m_lp.mm(5.0);
        y += chart(p, QRectF(x, y, w, chartHeight));
        y += m_lp.mm(6.0);
        y += table(&p, x, y, w, rowHeight);
        y += m_lp.mm(5.0);
        y += replaceNow(&p, x, y, w);
        y += m_lp.mm(5.0);
        assumptions(&p, x, y, w);
        footer(&p, x, bottom - footer(nullptr, x, 0, w), w);
    }

private:
    // "en / zh" for one-line headings in both languages.
    QString joined(const Phrase &phrase) const
    {
        QStringList parts;
        for (const QString &lang : m_langs)
            parts << phrase.in(lang);
        return parts.join(QStringLiteral(" / "));
    }

    // One paragraph per language, the second in the muted colour.
    template<typename Text>
    double paragraphs(QPainter *p, double pt, double x, double y, double w, Text text) const
    {
        double h = 0.0;
        for (const QString &lang : m_langs) {
            const QColor color = LabelPalette::language(lang == m_langs.constFirst());
            if (h > 0.0)
                h += m_lp.mm(0.6);
            h += m_lp.text(p, text(lang), m_lp.style(pt, false, color), {x, y + h}, w);
        }
        return h;
    }

    double header(QPainter *p, double x, double y, double w) const
    {
        double h = m_lp.text(p, joined(kTitle), m_lp.style(17.0, true, LabelPalette::ink()), {x, y},
                             w);
        h += m_lp.mm(1.2);
        const LocalizedText &name = m_e.profile->product.name;
        for (const QString &lang : m_langs) {
            if (lang == QLatin1String("zh") && m_langs.size() > 1 && name.zh == name.en)
                continue;
            h += m_lp.text(p, name.text(lang), m_lp.style(10.5, false, LabelPalette::body()),
                           {x, y + h}, w);
        }
        h += m_lp.mm(1.2);
        h += paragraphs(p, 8.5, x, y + h, w, [&](const QString &lang) {
            return kSubtitle.in(lang).arg(LabelFormat::count(m_in.horizonYears));
        });
        h += m_lp.mm(2.5);
        if (p)
            m_lp.rule(*p, {x, y + h}, w, 0.35, LabelPalette::ink());
        return h + m_lp.mm(0.35);
    }

    double chart(QPainter &p, const QRectF &area) const
    {
        const QString heading = joined(kChartTitle) + QStringLiteral(" (kg CO2e)");
        const double headingHeight
                = m_lp.text(&p, heading, m_lp.style(10.0, true, LabelPalette::ink()),
                            area.topLeft(), area.width());
        const QFont tickFont = m_lp.font(7.0);
        const QFontMetricsF tm(tickFont);
        const double legendWidth = m_lp.mm(42.0);

        double maxValue = 0.0;
        for (std::size_t i : m_shown) {
            const lca::RefreshStrategy &s = m_r.strategies[i];
            maxValue = std::max(maxValue, s.cumulativeKg.empty() ? 0.0 : s.cumulativeKg.back());
        }
        const double step = niceStep(maxValue, 5);
        const double yMax = std::max(step, std::ceil(maxValue / step * 0.9999) * step);
        QStringList yLabels;
        for (double v = 0.0; v <= yMax + step / 2; v += step)
            yLabels << LabelFormat::plain(v);
        double yLabelWidth = 0.0;
        for (const QString &l : yLabels)
            yLabelWidth = std::max(yLabelWidth, m_lp.advance(l, tickFont));

        const QRectF plot(
                area.left() + yLabelWidth + m_lp.mm(2.0), area.top() + headingHeight + m_lp.mm(4.0),
                area.width() - yLabelWidth - m_lp.mm(2.0) - legendWidth - m_lp.mm(6.0),
                area.height() - headingHeight - m_lp.mm(4.0) - tm.height() * 2 - m_lp.mm(4.0));
        const int h = m_in.horizonYears;
        auto at = [&](double year, double kg) {
            return QPointF(plot.left() + plot.width() * year / h,
                           plot.bottom() - plot.height() * kg / yMax);
        };

        // Grid lines and the value axis.
        LabelPainter::TextStyle right
                = m_lp.style(7.0, false, LabelPalette::muted(), Qt::AlignRight);
        for (int i = 0; i < yLabels.size(); ++i) {
            const QPointF left = at(0.0, i * step);
            p.setPen(QPen(i == 0 ? LabelPalette::axis() : LabelPalette::grid(),
                          m_lp.mm(i == 0 ? 0.3 : 0.15)));
            p.drawLine(left, QPointF(plot.right(), left.y()));
            m_lp.text(&p, yLabels[i], right,
                      {area.left(), left.y() - tm.ascent() + tm.capHeight() / 2}, yLabelWidth);
        }
        // Years: ticks on the axis, labels under it.
        const int yearStep = h <= 12 ? 1 : h <= 25 ? 2 : 5;
        LabelPainter::TextStyle centre
                = m_lp.style(7.0, false, LabelPalette::muted(), Qt::AlignHCenter);
        for (int year = 0; year <= h; year += yearStep) {
            const QPointF base = at(year, 0.0);
            p.setPen(QPen(LabelPalette::axis(), m_lp.mm(0.2)));
            p.drawLine(base, base + QPointF(0, m_lp.mm(1.0)));
            m_lp.text(&p, LabelFormat::count(year), centre,
                      {base.x() - m_lp.mm(5.0), base.y() + m_lp.mm(1.5)}, m_lp.mm(10.0));
        }
        m_lp.text(&p, joined(kYear), centre,
                  {plot.left(), plot.bottom() + m_lp.mm(1.5) + tm.height() + m_lp.mm(0.8)},
                  plot.width());

        // One line per strategy: each purchase is a vertical step at the start of its year,
        // then the year's use rises to the year's end.
        for (std::size_t i = 0; i < m_shown.size(); ++i) {
            const lca::RefreshStrategy &s = m_r.strategies[m_shown[i]];
            if (s.cycleYears == m_r.bestCycleYears)
                continue; // drawn last, on top
            drawLine(p, s, LabelPalette::series(i), m_lp.mm(0.35), at);
        }
        for (std::size_t i = 0; i < m_shown.size(); ++i) {
            const lca::RefreshStrategy &s = m_r.strategies[m_shown[i]];
            if (s.cycleYears == m_r.bestCycleYears)
                drawLine(p, s, LabelPalette::series(i), m_lp.mm(0.9), at);
        }
        legend(p, QRectF(plot.right() + m_lp.mm(6.0), plot.top(), legendWidth, plot.height()));
        return area.height();
    }

    template<typename At>
    void drawLine(QPainter &p, const lca::RefreshStrategy &s, const QColor &color, double width,
                  At at) const
    {
        QPainterPath path(at(0.0, 0.0));
        double before = 0.0;
        for (std::size_t y = 0; y < s.cumulativeKg.size(); ++y) {
            const double year = static_cast<double>(y);
            if (s.embodiedByYearKg[y] > 0.0)
                path.lineTo(at(year, before + s.embodiedByYearKg[y]));
            path.lineTo(at(year + 1.0, s.cumulativeKg[y]));
            before = s.cumulativeKg[y];
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    }

    void legend(QPainter &p, const QRectF &rect) const
    {
        const std::size_t n = m_shown.size();
        const double pt = n <= 10 ? 7.5 : std::max(5.0, 7.5 * 10.0 / static_cast<double>(n));
        const QFontMetricsF fm(m_lp.font(pt));
        const double row
                = std::min(fm.lineSpacing() * 1.45, rect.height() / std::max<std::size_t>(n, 1));
        const double swatch = m_lp.mm(6.0);
        for (std::size_t i = 0; i < n; ++i) {
            const lca::RefreshStrategy &s = m_r.strategies[m_shown[i]];
            const bool best = s.cycleYears == m_r.bestCycleYears;
            const double top = rect.top() + row * static_cast<double>(i);
            const double mid = top + fm.ascent() - fm.capHeight() / 2;
            p.setPen(QPen(LabelPalette::series(i), m_lp.mm(best ? 0.9 : 0.35), Qt::SolidLine,
                          Qt::RoundCap));
            p.drawLine(QPointF(rect.left(), mid), QPointF(rect.left() + swatch, mid));
            QStringList words;
            for (const QString &lang : m_langs)
                words << (s.cycleYears == 1
                                  ? kEveryYear.in(lang)
                                  : kEvery.in(lang).arg(LabelFormat::count(s.cycleYears)));
            const QString label = words.join(QStringLiteral(" / "));
            m_lp.text(&p, label,
                      m_lp.style(pt, best, best ? LabelPalette::ink() : LabelPalette::body()),
                      {rect.left() + swatch + m_lp.mm(2.0), top},
                      rect.width() - swatch - m_lp.mm(2.0));
        }
        double noteTop = rect.top() + row * static_cast<double>(n) + m_lp.mm(2.0);
        for (const QString &lang : m_langs) {
            noteTop += m_lp.text(&p, kThick.in(lang),
                                 m_lp.style(std::min(pt, 6.8), false, LabelPalette::muted()),
                                 {rect.left(), noteTop}, rect.width());
        }
    }

    // Column widths in mm; they add up to the content width, 178 mm.
    static constexpr double kColumns[] = {30.0, 22.0, 24.0, 24.0, 26.0, 22.0, 30.0};

    // Draws (or with no painter measures) the table with rows `rowHeight` high.
    double table(QPainter *p, double x, double y, double w, double rowHeight) const
    {
        const double scale = w / m_lp.mm(178.0);
        const Phrase *headers[] = {&kColCycle, &kColDevices, &kColEmbodied, &kColUse,
                                   &kColTotal, &kColPerYear, &kColKeep};
        // Header: each language's words stacked in its column, numbers' columns right-aligned.
        double headerHeight = 0.0;
        for (int pass = 0; pass < 2; ++pass) {
            double cx = x;
            for (std::size_t c = 0; c < std::size(kColumns); ++c) {
                // Text boxes end 2 mm before the column does, so numbers never touch.
                const double cw = m_lp.mm(kColumns[c]) * scale - m_lp.mm(2.0);
                double ch = 0.0;
                for (const QString &lang : m_langs) {
                    QString text = headers[c]->in(lang);
                    if (headers[c] == &kColTotal)
                        text = text.arg(LabelFormat::count(m_in.horizonYears));
                    LabelPainter::TextStyle s = m_lp.style(
                            7.3, true, LabelPalette::language(lang == m_langs.constFirst()),
                            c == 0 ? Qt::AlignLeft : Qt::AlignRight);
                    ch += m_lp.text(pass == 0 ? nullptr : p, text, s, {cx, y + ch}, cw);
                }
                headerHeight = std::max(headerHeight, ch);
                cx += m_lp.mm(kColumns[c]) * scale;
            }
        }
        double h = headerHeight + m_lp.mm(1.2);
        if (p)
            p->fillRect(QRectF(x, y + h, w, m_lp.mm(0.3)), LabelPalette::ink());
        h += m_lp.mm(0.3);

        const std::size_t n = m_shown.size();
        const double pt = rowHeight >= m_lp.mm(4.8) ? 8.3 : rowHeight >= m_lp.mm(4.0) ? 7.3 : 6.3;
        const QFontMetricsF fm(m_lp.font(pt));
        for (std::size_t i = 0; p && i < n; ++i) {
            const lca::RefreshStrategy &s = m_r.strategies[m_shown[i]];
            const bool best = s.cycleYears == m_r.bestCycleYears;
            const double top = y + h + rowHeight * static_cast<double>(i);
            if (best)
                p->fillRect(QRectF(x, top, w, rowHeight), LabelPalette::highlight());
            else if (i > 0)
                p->fillRect(QRectF(x, top, w, m_lp.mm(0.12)), LabelPalette::grid());
            const double keep = m_shown[i] < m_r.keepYears.size()
                    ? m_r.keepYears[m_shown[i]].annualisedKg
                    : 0.0;
            const QString cells[] = {
                    LabelFormat::count(s.cycleYears),
                    LabelFormat::count(static_cast<qint64>(s.purchaseYears.size())),
                    LabelFormat::significant(s.embodiedKg),
                    LabelFormat::significant(s.useKg),
                    LabelFormat::significant(s.cumulativeKg.empty() ? 0.0 : s.cumulativeKg.back()),
                    LabelFormat::significant(s.annualisedKg),
                    LabelFormat::significant(keep)};
            const double textTop = top + (rowHeight - fm.height()) / 2;
            double cx = x;
            for (std::size_t c = 0; c < std::size(kColumns); ++c) {
                const double cw = m_lp.mm(kColumns[c]) * scale;
                // Swatch of the chart line before the cycle, so table and chart pair up.
                if (c == 0) {
                    const double mid = textTop + fm.ascent() - fm.capHeight() / 2;
                    p->setPen(QPen(LabelPalette::series(i), m_lp.mm(best ? 0.9 : 0.5),
                                   Qt::SolidLine, Qt::RoundCap));
                    p->drawLine(QPointF(cx + m_lp.mm(1.0), mid), QPointF(cx + m_lp.mm(5.0), mid));
                }
                LabelPainter::TextStyle st = m_lp.style(pt, best || c == 5, LabelPalette::ink(),
                                                        c == 0 ? Qt::AlignLeft : Qt::AlignRight);
                const double indent = c == 0 ? m_lp.mm(7.0) : 0.0;
                m_lp.text(p, cells[c], st, {cx + indent, textTop}, cw - indent - m_lp.mm(2.0));
                cx += cw;
            }
        }
        h += rowHeight * static_cast<double>(n);
        if (p)
            p->fillRect(QRectF(x, y + h, w, m_lp.mm(0.3)), LabelPalette::ink());
        h += m_lp.mm(1.8);
        const lca::RefreshStrategy *best = nullptr;
        for (const lca::RefreshStrategy &s : m_r.strategies) {
            if (s.cycleYears == m_r.bestCycleYears)
                best = &s;
        }
        h += paragraphs(p, 7.5, x, y + h, w, [&](const QString &lang) {
            QString line = kTableUnit.in(lang);
            if (m_shown.size() < m_r.strategies.size())
                line += QLatin1Char(' ')
                        + kSubset.in(lang).arg(
                                LabelFormat::count(static_cast<qint64>(m_shown.size())),
                                LabelFormat::count(static_cast<qint64>(m_r.strategies.size())));
            if (best) {
                line += QLatin1Char(' ')
                        + kBest.in(lang).arg(LabelFormat::count(best->cycleYears),
                                             LabelFormat::significant(best->annualisedKg));
            }
            return line;
        });
        return h;
    }

    double replaceNow(QPainter *p, double x, double y, double w) const
    {
        double h = m_lp.text(p, joined(kReplaceTitle), m_lp.style(10.0, true, LabelPalette::ink()),
                             {x, y}, w);
        h += m_lp.mm(1.2);
        h += paragraphs(p, 7.5, x, y + h, w, [&](const QString &lang) {
            return kReplaceIntro.in(lang).arg(LabelFormat::significant(m_in.embodiedKg),
                                              LabelFormat::significant(m_in.annualEnergyKwh));
        });
        h += m_lp.mm(1.0);
        for (const auto &entry : m_paybacks) {
            // Named copies, not structured bindings: clang 14 (the fuzz build) cannot capture
            // those in a lambda.
            const double oldKwh = entry.first;
            const auto payback = entry.second;
            h += m_lp.mm(0.8);
            h += paragraphs(
                    p, 8.0, x + m_lp.mm(3.0), y + h, w - m_lp.mm(3.0), [&](const QString &lang) {
                        QString line = m_explicitOld
                                ? kOld.in(lang).arg(LabelFormat::brief(oldKwh)) // as given
                                : kOldTimes.in(lang).arg(
                                        LabelFormat::significant(oldKwh),
                                        LabelFormat::plain(m_in.annualEnergyKwh > 0.0
                                                                   ? oldKwh / m_in.annualEnergyKwh
                                                                   : 0.0));
                        return line
                                + (payback ? kPaysBack.in(lang).arg(LabelFormat::count(*payback))
                                           : kNever.in(lang).arg(LabelFormat::count(
                                                   lca::RefreshCycleAnalysis::kPaybackLimitYears)));
                    });
        }
        return h;
    }

    double assumptions(QPainter *p, double x, double y, double w) const
    {
        double h = m_lp.text(p, joined(kAssumptions), m_lp.style(10.0, true, LabelPalette::ink()),
                             {x, y}, w);
        h += m_lp.mm(1.2);
        const lca::FootprintResult &r = m_e.result;
        // Mid-sentence, the English stage names start in lower case.
        auto stage = [&](lca::Stage s, const QString &lang) {
            QString name = StageNames::inLanguage(s, lang);
            if (lang == QLatin1String("en") && !name.isEmpty())
                name[0] = name[0].toLower();
            return name;
        };
        const auto lines = {
                std::function<QString(const QString &)>([&](const QString &lang) {
                    return kEmbodiedLine.in(lang).arg(
                            LabelFormat::significant(m_in.embodiedKg),
                            stage(lca::Stage::MaterialsManufacturing, lang),
                            LabelFormat::significant(r.stage(lca::Stage::MaterialsManufacturing)),
                            stage(lca::Stage::Distribution, lang),
                            LabelFormat::significant(r.stage(lca::Stage::Distribution)),
                            stage(lca::Stage::EndOfLife, lang),
                            LabelFormat::significant(r.stage(lca::Stage::EndOfLife)),
                            LabelFormat::change(m_in.embodiedRate));
                }),
                std::function<QString(const QString &)>([&](const QString &lang) {
                    return (m_values.annualEnergyFromModes ? kEnergyModes : kEnergyAnnual)
                            .in(lang)
                            .arg(LabelFormat::significant(m_in.annualEnergyKwh),
                                 LabelFormat::change(m_in.energyRate));
                }),
                std::function<QString(const QString &)>([&](const QString &lang) {
                    return kGridLine.in(lang).arg(LabelFormat::significant(m_in.gridKgPerKwh),
                                                  m_values.gridFactorId.isEmpty()
                                                          ? kNoGrid.in(lang)
                                                          : m_values.gridFactorId,
                                                  LabelFormat::change(m_in.gridRate));
                }),
                std::function<QString(const QString &)>([&](const QString &lang) {
                    return kMethod.in(lang).arg(LabelFormat::count(m_in.horizonYears));
                }),
        };
        bool first = true;
        for (const auto &line : lines) {
            h += first ? 0.0 : m_lp.mm(1.2);
            first = false;
            h += paragraphs(p, 7.5, x, y + h, w, line);
        }
        return h;
    }

    double footer(QPainter *p, double x, double y, double w) const
    {
        if (p)
            m_lp.rule(*p, {x, y}, w, 0.15, LabelPalette::rule());
        const QString line
                = QStringLiteral("ISO 14067 / GB/T 24067 · %1 · %2 %3 · CarbonLabel")
                          .arg(m_date.toString(Qt::ISODate), joined(kDataset), m_e.datasetVersion);
        return m_lp.mm(1.6)
                + m_lp.text(p, line, m_lp.style(6.5, false, LabelPalette::muted()),
                            {x, y + m_lp.mm(1.6)}, w);
    }

    const Evaluation &m_e;
    QStringList m_langs;
    const RefreshProfileValues &m_values;
    const lca::RefreshCycleInputs &m_in;
    const lca::RefreshCycleResult &m_r;
    const std::vector<std::pair<double, std::optional<int>>> &m_paybacks;
    bool m_explicitOld;
    QDate m_date;
    const LabelPainter &m_lp;
    std::vector<std::size_t> m_shown; // indices into m_r.strategies
};

} // namespace

QByteArray RefreshReportRenderer::render(const Evaluation &evaluation, const LabelOptions &options,
                                         QString *error)
{
    return render(evaluation, options, lca::RefreshCycleInputs{}, error);
}

QByteArray RefreshReportRenderer::render(const Evaluation &evaluation, const LabelOptions &options,
                                         lca::RefreshCycleInputs settings, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (!evaluation.ok())
        return fail(tr("the profile has errors; run carbonlabel-cli validate on it"));
    const RefreshProfileValues values = RefreshProfileValues::from(evaluation);
    // No report naming a best cycle for something that is not a device (an AI service).
    if (!values.hasDevice())
        return fail(RefreshProfileValues::noDeviceText());
    const bool explicitOld = settings.replaceNow.has_value();
    values.applyTo(settings);
    const auto result = lca::RefreshCycleAnalysis::run(settings);
    if (!result) {
        return fail(tr("cannot analyse refresh cycles: %1")
                            .arg(QString::fromStdString(
                                    lca::RefreshCycleAnalysis::validate(settings).value_or(
                                            std::string()))));
    }
    // The payback for the given old device, or for old devices needing 1.5, 2 and 3 times
    // the new one's energy: what a reader can place their own device against.
    std::vector<std::pair<double, std::optional<int>>> paybacks;
    std::vector<double> olds;
    if (explicitOld)
        olds.push_back(settings.replaceNow->oldAnnualEnergyKwh);
    else
        olds = {1.5 * values.annualEnergyKwh, 2.0 * values.annualEnergyKwh,
                3.0 * values.annualEnergyKwh};
    for (double old : olds) {
        const lca::ReplaceNowResult r = lca::RefreshCycleAnalysis::replaceNow(
                {old, values.embodiedKg, values.annualEnergyKwh}, settings.gridKgPerKwh,
                settings.gridRate);
        paybacks.emplace_back(old, r.paybackYears);
    }

    const LabelFonts::Loaded &fonts = LabelFonts::load();
    if (!fonts.ok())
        return fail(fonts.error);
    const QString lang = options.languageCodes().constFirst();
    const QString title
            = kTitle.in(lang) + QStringLiteral(": ") + evaluation.profile->product.name.text(lang);
    LabelPdf pdf(kA4Mm, title, options.effectiveDate());
    const LabelPainter lp(fonts.family, LabelPdf::unitsPerMm());
    const ReportLayout layout(evaluation, options, values, settings, *result, paybacks, explicitOld,
                              lp);
    QPainter painter;
    if (!painter.begin(pdf.device()))
        return fail(tr("cannot start a PDF"));
    layout.draw(painter);
    painter.end();
    return pdf.finish(error);
}

} // namespace carbonlabel
