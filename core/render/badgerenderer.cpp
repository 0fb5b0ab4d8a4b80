#include "core/render/badgerenderer.h"

#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/render/labelfacts.h"
#include "core/render/labelfonts.h"
#include "core/render/labelformat.h"
#include "core/render/labelpainter.h"
#include "core/render/labelpalette.h"
#include "core/render/labelpdf.h"
#include "core/render/labeluncertainty.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace carbonlabel {

namespace {

// The badge laid out at a scale: pass() measures (painter == nullptr) or draws. Sizes are
// those of the 60 x 90 mm design, multiplied by the scale, which shrinks until all fits.
class BadgeLayout
{
public:
    // `range`: the line under the big figure (--range), empty for none.
    BadgeLayout(const LabelFacts &facts, const LabelOptions &options, const LabelPainter &lp,
                QString range)
        : m_facts(facts)
        , m_languages(options.languageCodes())
        , m_lp(lp)
        , m_size(lp.mm(options.sizeMm.width()), lp.mm(options.sizeMm.height()))
        , m_range(std::move(range))
    { }

    // The height the content needs at `scale`, minus the height available: <= 0 fits.
    double overflow(double scale) const
    {
        const Frame f = frame(scale);
        return body(nullptr, scale, f) + gap(scale, 3.0) + footer(nullptr, scale, f, 0.0)
                - f.content.height();
    }

    void draw(QPainter &painter, double scale) const
    {
        const Frame f = frame(scale);
        painter.setRenderHint(QPainter::Antialiasing);
        const double inset = m_lp.mm(0.9);
        QPen border(LabelPalette::ink(), m_lp.mm(0.35));
        painter.setPen(border);
        painter.setBrush(Qt::NoBrush);
        const double radius = m_lp.mm(2.4 * scale);
        painter.drawRoundedRect(
                QRectF(QPointF(inset, inset), m_size - QSizeF(2 * inset, 2 * inset)), radius,
                radius);
        // Part of the room left over goes between the sections, so a short label does not end
        // in a blank band above its footer; each gap gets one share, each legend gap half.
        const double leftover = -overflow(scale);
        int stages = 0;
        for (double v : m_facts.stageKg)
            stages += v > 0.0 ? 1 : 0;
        m_spread = std::max(0.0, leftover) * 0.5 / (3.0 + 0.5 * std::max(0, stages - 1));
        body(&painter, scale, f);
        m_spread = 0.0;
        const double footerHeight = footer(nullptr, scale, f, 0.0);
        footer(&painter, scale, f, f.content.bottom() - footerHeight);
    }

private:
    struct Frame
    {
        QRectF content;
    };

    Frame frame(double scale) const
    {
        const double margin = m_lp.mm(4.4 * std::min(scale, 1.3));
        return Frame{
                QRectF(margin, margin, m_size.width() - 2 * margin, m_size.height() - 2 * margin)};
    }

    double gap(double scale, double mm) const { return m_lp.mm(mm * scale); }

    // Title, product name, total, assumption, bar, legend, offsets and neutral mark.
    double body(QPainter *p, double scale, const Frame &f) const
    {
        const double x = f.content.left();
        const double w = f.content.width();
        double y = f.content.top();
        const bool both = m_languages.size() > 1;

        const QString title = both ? LabelFacts::title(QStringLiteral("en")) + QStringLiteral(" / ")
                        + LabelFacts::title(QStringLiteral("zh"))
                                   : LabelFacts::title(m_languages.constFirst());
        y += m_lp.text(p, title, m_lp.style(10.5 * scale, true, LabelPalette::ink()), {x, y}, w);
        y += gap(scale, 0.5);
        y += names(p, scale, x, y, w);

        y += gap(scale, 2.6) + m_spread;
        y += total(p, scale, x, y, w);
        y += gap(scale, 0.2);
        if (!m_range.isEmpty()) {
            y += m_lp.text(
                    p, m_range,
                    m_lp.style(oneLine(m_range, 6.4 * scale, w), false, LabelPalette::body()),
                    {x, y}, w);
            y += gap(scale, 0.6);
        }
        for (const QString &lang : m_languages) {
            const QString assumption = m_facts.assumption(lang);
            y += m_lp.text(
                    p, assumption,
                    m_lp.style(oneLine(assumption, 6.0 * scale, w), false, LabelPalette::muted()),
                    {x, y}, w);
        }

        y += gap(scale, 2.4) + m_spread;
        if (p)
            m_lp.rule(*p, {x, y}, w, 0.25, LabelPalette::ink());
        y += gap(scale, 2.6);
        const double barHeight = m_lp.mm(3.6 * scale);
        if (p)
            m_lp.stageBar(*p, QRectF(x, y, w, barHeight), m_facts.stageKg, m_lp.mm(0.7),
                          m_lp.mm(0.3));
        y += barHeight + gap(scale, 2.2) + m_spread;
        y += legend(p, scale, x, y, w);

        // With the neutral mark its words say what the offsets are; without, this line does.
        for (const QString &lang : m_languages) {
            const QString offsets = m_facts.offsetsLine(lang);
            if (offsets.isEmpty() || m_facts.carbonNeutral)
                continue;
            y += gap(scale, lang == m_languages.constFirst() ? 1.8 : 0.3);
            y += m_lp.text(p, offsets, m_lp.style(5.8 * scale, false, LabelPalette::body()), {x, y},
                           w);
        }
        if (m_facts.carbonNeutral)
            y += gap(scale, 2.0) + neutral(p, scale, x, y + gap(scale, 2.0), w);
        return y - f.content.top();
    }

    // One line reads better than one word left over: the size, at most `pt`, at which `text`
    // fits `w` on one line after shrinking a little, else `pt` (it wraps).
    double oneLine(const QString &text, double pt, double w) const
    {
        double fitted = pt;
        while (m_lp.lineCount(text, m_lp.font(fitted), w) > 1 && fitted > pt * 0.84)
            fitted *= 0.97;
        return m_lp.lineCount(text, m_lp.font(fitted), w) > 1 ? pt : fitted;
    }

    // Long names wrap to two lines, then shrink to 70 %, then end in "…" on the third line.
    double names(QPainter *p, double scale, double x, double y, double w) const
    {
        double height = 0.0;
        for (const QString &lang : m_languages) {
            const QString name = m_facts.productName.text(lang);
            if (name.isEmpty()
                || (lang == QLatin1String("zh")
                    && name == m_facts.productName.text(QStringLiteral("en"))
                    && m_languages.size() > 1))
                continue;
            double pt = 6.6 * scale;
            int maxLines = 2;
            while (m_lp.lineCount(name, m_lp.font(pt), w) > 2 && pt > 6.6 * scale * 0.72)
                pt *= 0.9;
            if (m_lp.lineCount(name, m_lp.font(pt), w) > 2)
                maxLines = 3;
            height += m_lp.text(
                    p, name, m_lp.style(pt, false, LabelPalette::muted(), Qt::AlignLeft, maxLines),
                    {x, y + height}, w);
        }
        return height;
    }

    // The big figure and its unit on one baseline; the figure shrinks if it would not fit.
    double total(QPainter *p, double scale, double x, double y, double w) const
    {
        const QString figure = LabelFormat::significant(m_facts.totalKg);
        const QFont unitFont = m_lp.font(10.0 * scale);
        const double unitWidth = m_lp.advance(LabelFacts::unit(), unitFont);
        const double space = m_lp.mm(2.0 * scale);
        double pt = 30.0 * scale;
        while (pt > 12.0 * scale
               && m_lp.advance(figure, m_lp.font(pt)) * 1.05 + space + unitWidth > w)
            pt *= 0.94;
        // The figure is drawn as regular text and thickened by stroking its outline as a path:
        // Qt's synthetic bold (a second copy shifted by 2.5 % of the size) looks weak this big,
        // and the label font has no bold face. The text stays text; the stroke is vector art.
        const QFont figureFont = m_lp.font(pt, false);
        const QFontMetricsF fm(figureFont);
        // Digits have no descenders: the line ends a little below the baseline.
        const double capTop = fm.ascent() - fm.capHeight();
        const double baseline = y + fm.ascent() - capTop;
        if (p) {
            p->setPen(LabelPalette::ink());
            p->setFont(figureFont);
            p->drawText(QPointF(x, baseline), figure);
            QPainterPath outline;
            outline.addText(QPointF(x, baseline), figureFont, figure);
            p->strokePath(outline,
                          QPen(LabelPalette::ink(), figureFont.pixelSize() * 0.05, Qt::SolidLine,
                               Qt::RoundCap, Qt::RoundJoin));
            // The unit starts with a real space, so that text read in drawing order says
            // "1.22 kg CO2e" and not "1.22kg CO2e".
            const QString unit = QLatin1Char(' ') + LabelFacts::unit();
            const double spaceWidth = m_lp.advance(QStringLiteral(" "), unitFont);
            p->setFont(unitFont);
            p->drawText(
                    QPointF(x + m_lp.advance(figure, figureFont) + space - spaceWidth, baseline),
                    unit);
        }
        // The figure's box as a text extractor sees it reaches a full descent below the
        // baseline; the next line starts below it, so no extractor mixes the two lines.
        return fm.capHeight() + fm.descent();
    }

    double legend(QPainter *p, double scale, double x, double y, double w) const
    {
        std::vector<double> values(m_facts.stageKg.begin(), m_facts.stageKg.end());
        const std::vector<int> percents = LabelFormat::wholePercents(values);
        const double pt = 6.3 * scale;
        const QFont nameFont = m_lp.font(pt);
        const QFontMetricsF fm(nameFont);
        const double box = m_lp.mm(2.3 * scale);
        const double indent = box + m_lp.mm(1.6 * scale);
        const double percentWidth = m_lp.advance(QStringLiteral("100%"), m_lp.font(pt, true));
        const double nameWidth = w - indent - percentWidth - m_lp.mm(1.0 * scale);
        double height = 0.0;
        bool first = true;
        for (lca::Stage s : lca::kAllStages) {
            const int i = static_cast<int>(s);
            if (!(m_facts.stageKg[i] > 0.0))
                continue; // an empty stage is not news on a box
            if (!first)
                height += gap(scale, 1.1) + m_spread / 2.0;
            first = false;
            const double top = y + height;
            if (p) {
                const double centre = top + fm.ascent() - fm.capHeight() / 2.0;
                m_lp.swatch(*p, QRectF(x, centre - box / 2.0, box, box), s);
            }
            const QString percent = LabelFormat::wholePercent(percents[i], m_facts.stageKg[i]);
            const LabelPainter::TextStyle right
                    = m_lp.style(pt, true, LabelPalette::ink(), Qt::AlignRight);
            m_lp.text(p, percent, right, {x + w - percentWidth, top}, percentWidth);
            double rowHeight = 0.0;
            for (const QString &lang : m_languages) {
                const QColor color = LabelPalette::language(lang == m_languages.constFirst());
                rowHeight += m_lp.text(p, StageNames::inLanguage(s, lang),
                                       m_lp.style(pt, false, color), {x + indent, top + rowHeight},
                                       nameWidth);
            }
            height += rowHeight;
        }
        return height;
    }

    // The mark, in words of what earns it: the offsets' amount, standard and certificate.
    double neutral(QPainter *p, double scale, double x, double y, double w) const
    {
        const bool both = m_languages.size() > 1;
        const QString mark = both ? LabelFacts::neutralMark(QStringLiteral("en"))
                        + QStringLiteral(" / ") + LabelFacts::neutralMark(QStringLiteral("zh"))
                                  : LabelFacts::neutralMark(m_languages.constFirst());
        const LabelPainter::TextStyle markStyle
                = m_lp.style(7.2 * scale, true, LabelPalette::neutral());
        const double padX = m_lp.mm(1.8 * scale);
        const double padY = m_lp.mm(0.9 * scale);
        const double tick = m_lp.mm(2.2 * scale); // room for the check mark
        const double textWidth
                = std::min(w - 2 * padX - tick, m_lp.advance(mark, markStyle.font) * 1.02);
        const double markWidth = textWidth + 2 * padX + tick;
        const double markHeight = m_lp.text(nullptr, mark, markStyle, {}, textWidth) + 2 * padY;
        if (p) {
            p->setPen(QPen(LabelPalette::neutral(), m_lp.mm(0.3)));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(QRectF(x, y, markWidth, markHeight), markHeight / 2.0,
                               markHeight / 2.0);
            const QFontMetricsF fm(markStyle.font);
            const double mid = y + padY + fm.ascent() - fm.capHeight() / 2.0;
            const double u = tick / 2.2;
            QPainterPath check;
            check.moveTo(x + padX + 0.1 * u, mid);
            check.lineTo(x + padX + 0.6 * u, mid + 0.5 * u);
            check.lineTo(x + padX + 1.5 * u, mid - 0.6 * u);
            p->setPen(QPen(LabelPalette::neutral(), m_lp.mm(0.35 * scale), Qt::SolidLine,
                           Qt::RoundCap, Qt::RoundJoin));
            p->drawPath(check);
        }
        m_lp.text(p, mark, markStyle, {x + padX + tick, y + padY}, textWidth);
        double height = markHeight + gap(scale, 1.0);
        for (const QString &lang : m_languages) {
            if (lang != m_languages.constFirst())
                height += gap(scale, 0.6);
            height += m_lp.text(p, m_facts.neutralCoverage(lang),
                                m_lp.style(5.5 * scale, false, LabelPalette::body()),
                                {x, y + height}, w);
        }
        return height;
    }

    // Standard, date and dataset, at the bottom of the card.
    double footer(QPainter *p, double scale, const Frame &f, double y) const
    {
        const double x = f.content.left();
        const double w = f.content.width();
        double height = 0.0;
        if (p)
            m_lp.rule(*p, {x, y}, w, 0.15, LabelPalette::rule());
        height += gap(scale, 1.4);
        height += m_lp.text(p, LabelFacts::standard(),
                            m_lp.style(5.5 * scale, true, LabelPalette::body()), {x, y + height},
                            w);
        // The date and the dataset say the same in both languages; once is enough.
        const QString line = m_languages.size() > 1
                ? QStringLiteral("%1 · Dataset / 数据集 %2")
                          .arg(m_facts.date.toString(Qt::ISODate), m_facts.datasetVersion)
                : m_facts.datasetLine(m_languages.constFirst());
        height += m_lp.text(p, line, m_lp.style(5.5 * scale, false, LabelPalette::muted()),
                            {x, y + height}, w);
        return height;
    }

    const LabelFacts &m_facts;
    QStringList m_languages;
    const LabelPainter &m_lp;
    QSizeF m_size;
    QString m_range;
    mutable double m_spread = 0.0; // extra room per section gap while drawing
};

} // namespace

QByteArray BadgeRenderer::render(const Evaluation &evaluation, const LabelOptions &options,
                                 QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (!evaluation.ok())
        return fail(tr("the profile has errors; run carbonlabel-cli validate on it"));
    const QString sizeProblem = LabelOptions::checkSize(options.sizeMm);
    if (!sizeProblem.isEmpty())
        return fail(sizeProblem);
    const LabelFonts::Loaded &fonts = LabelFonts::load();
    if (!fonts.ok())
        return fail(fonts.error);

    const LabelFacts facts = LabelFacts::from(evaluation, options.effectiveDate());
    // The document title is in the label's language, not the program's, like the label.
    const QString lang = options.languageCodes().constFirst();
    const QString title = lang == QLatin1String("zh") ? QStringLiteral("碳标签：%1")
                                                      : QStringLiteral("Carbon label: %1");
    LabelPdf pdf(options.sizeMm, title.arg(facts.productName.text(lang)), facts.date);
    const LabelPainter lp(fonts.family, LabelPdf::unitsPerMm());
    QString range;
    if (options.range) {
        const lca::MonteCarloResult mc = LabelUncertainty::run(evaluation);
        if (LabelUncertainty::varies(mc))
            range = facts.rangeLine(options.languageCodes(), mc.total.p5, mc.total.p95);
    }
    const BadgeLayout layout(facts, options, lp, range);

    const double base = std::min(options.sizeMm.width() / LabelOptions::kDefaultWidthMm,
                                 options.sizeMm.height() / LabelOptions::kDefaultHeightMm);
    // Start a little larger than the design, so a short label fills its card, and shrink
    // until everything fits.
    double scale = base * 1.15;
    while (layout.overflow(scale) > 0.0 && scale > base * 0.4)
        scale *= 0.97;

    QPainter painter;
    if (!painter.begin(pdf.device()))
        return fail(tr("cannot start a PDF"));
    layout.draw(painter, scale);
    painter.end();
    return pdf.finish(error);
}

} // namespace carbonlabel
