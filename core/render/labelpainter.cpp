#include "core/render/labelpainter.h"

#include "core/render/labelfonts.h"
#include "core/render/labelglyphcheck.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace carbonlabel {

namespace {

struct Line
{
    QString text;
    double width = 0.0;
};

// Lines of `text` wrapped into `width` by Qt's line breaker, which knows where Chinese and
// Latin text may break.
QList<Line> layOut(const QString &input, const QFont &font, double width)
{
    QList<Line> lines;
    // A '\n' in the text is a line break (QTextLayout breaks at U+2028 only).
    QString text = input;
    text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(Line{text.mid(line.textStart(), line.textLength()).trimmed(),
                          line.naturalTextWidth()});
    }
    layout.endLayout();
    return lines;
}

// What a wrap depends on: the text, every property of the font that changes its glyphs or
// their advances, and the width (a negative width: the advance of one unwrapped line).
struct WrapKey
{
    QString text;
    QString family;
    int pixelSize;
    double pointSize;
    int weight;
    int strategy;
    int hinting;
    bool italic;
    bool kerning;
    double width;

    WrapKey(const QString &t, const QFont &f, double w)
        : text(t)
        , family(f.family())
        , pixelSize(f.pixelSize())
        , pointSize(f.pointSizeF())
        , weight(f.weight())
        , strategy(f.styleStrategy())
        , hinting(f.hintingPreference())
        , italic(f.italic())
        , kerning(f.kerning())
        , width(w)
    { }

    bool operator==(const WrapKey &o) const
    {
        return text == o.text && family == o.family && pixelSize == o.pixelSize
                && pointSize == o.pointSize && weight == o.weight && strategy == o.strategy
                && hinting == o.hinting && italic == o.italic && kerning == o.kerning
                && width == o.width;
    }
};

size_t qHash(const WrapKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.text, k.family, k.pixelSize, k.pointSize, k.weight, k.strategy,
                      k.hinting, k.italic, k.kerning, k.width);
}

// The same text in the same font and width always wraps the same: a badge measures each text
// at every scale it tries and once more to draw it, and a batch prints the same fixed words on
// every label. So wraps are kept, per thread (batch draws on several at once; QTextLayout is
// not shared between threads), and forgotten all at once past kMaxWraps, which a run of
// different product names would otherwise grow without end. The key holds every property
// that the labels' fonts set or vary (LabelFonts::font, LabelPainter::font).
constexpr qsizetype kMaxWraps = 4096;
thread_local QHash<WrapKey, QList<Line>> t_wraps;

const QList<Line> &wrap(const QString &text, const QFont &font, double width)
{
    WrapKey key(text, font, width);
    auto found = t_wraps.constFind(key);
    if (found != t_wraps.constEnd())
        return *found;
    if (t_wraps.size() >= kMaxWraps)
        t_wraps.clear();
    return *t_wraps.insert(std::move(key), layOut(text, font, width));
}

} // namespace

LabelPainter::LabelPainter(const QString &family, double unitsPerMm)
    : m_family(family)
    , m_unitsPerMm(unitsPerMm)
{ }

QFont LabelPainter::font(double pointSize, bool bold) const
{
    // A pixel size in device units, so measuring (without a device) and drawing (on the PDF)
    // agree whatever the screen's resolution; at 1200 dpi rounding to whole units is < 0.5 %.
    QFont f = LabelFonts::font(m_family, pointSize, bold);
    f.setPixelSize(std::max(1, qRound(pointSize * m_unitsPerMm * 25.4 / 72.0)));
    return f;
}

LabelPainter::TextStyle LabelPainter::style(double pointSize, bool bold, const QColor &color,
                                            Qt::Alignment alignment, int maxLines) const
{
    TextStyle s;
    s.font = font(pointSize, bold);
    s.color = color;
    s.alignment = alignment;
    s.maxLines = maxLines;
    return s;
}

double LabelPainter::advance(const QString &text, const QFont &font) const
{
    // Kept with the wraps, as one line under width -1.
    WrapKey key(text, font, -1.0);
    auto found = t_wraps.constFind(key);
    if (found != t_wraps.constEnd())
        return found->isEmpty() ? 0.0 : found->constFirst().width;
    if (t_wraps.size() >= kMaxWraps)
        t_wraps.clear();
    const double width = QFontMetricsF(font).horizontalAdvance(text);
    t_wraps.insert(std::move(key), QList<Line>{Line{text, width}});
    return width;
}

void LabelPainter::clearLayoutCache()
{
    t_wraps.clear();
}

int LabelPainter::lineCount(const QString &text, const QFont &font, double width) const
{
    return static_cast<int>(wrap(text, font, width).size());
}

double LabelPainter::text(QPainter *painter, const QString &text, const TextStyle &style,
                          QPointF topLeft, double width) const
{
    if (text.isEmpty())
        return 0.0;
    QList<Line> lines = wrap(text, style.font, width); // a copy: elision may change it
    const QFontMetricsF metrics(style.font);
    if (style.maxLines > 0 && lines.size() > style.maxLines) {
        // Everything from the last allowed line on, shortened to fit that line.
        QString rest;
        for (qsizetype i = style.maxLines - 1; i < lines.size(); ++i)
            rest += (rest.isEmpty() ? QString() : QStringLiteral(" ")) + lines[i].text;
        lines.resize(style.maxLines);
        lines.last().text = metrics.elidedText(rest, Qt::ElideRight, width);
        lines.last().width = metrics.horizontalAdvance(lines.last().text);
    }
    const double step = metrics.lineSpacing() * style.lineSpacing;
    if (painter) {
        LabelGlyphCheck::drawn(text);
        painter->setFont(style.font);
        painter->setPen(style.color);
        double y = topLeft.y() + metrics.ascent();
        for (const Line &line : lines) {
            double x = topLeft.x();
            if (style.alignment & Qt::AlignRight)
                x += width - line.width;
            else if (style.alignment & Qt::AlignHCenter)
                x += (width - line.width) / 2.0;
            painter->drawText(QPointF(x, y), line.text);
            y += step;
        }
    }
    return step * (lines.size() - 1) + metrics.height();
}

void LabelPainter::stageBar(QPainter &painter, const QRectF &rect,
                            const std::array<double, lca::kStageCount> &values, double minSegment,
                            double gap) const
{
    std::array<double, lca::kStageCount> widths{};
    const double sum = std::accumulate(values.begin(), values.end(), 0.0,
                                       [](double a, double v) { return a + std::max(0.0, v); });
    int present = 0;
    for (double v : values)
        present += v > 0.0 ? 1 : 0;
    if (!(sum > 0.0) || present == 0) {
        painter.fillRect(rect, LabelPalette::emptyBar());
        return;
    }
    const double available = rect.width() - gap * (present - 1);
    // Tiny stages get the minimum; the rest share what is left in proportion.
    double fixed = 0.0;
    double flexibleSum = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] > 0.0 && values[i] / sum * available < minSegment) {
            widths[i] = minSegment;
            fixed += minSegment;
        } else if (values[i] > 0.0) {
            flexibleSum += values[i];
        }
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] > 0.0 && widths[i] == 0.0)
            widths[i] = values[i] / flexibleSum * (available - fixed);
    }
    painter.setPen(Qt::NoPen);
    double x = rect.left();
    for (lca::Stage s : lca::kAllStages) {
        const double w = widths[static_cast<int>(s)];
        if (w <= 0.0)
            continue;
        painter.fillRect(QRectF(x, rect.top(), w, rect.height()), LabelPalette::stage(s));
        x += w + gap;
    }
}

void LabelPainter::swatch(QPainter &painter, const QRectF &rect, lca::Stage stage) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(LabelPalette::stage(stage));
    const double radius = rect.height() * 0.18;
    painter.drawRoundedRect(rect, radius, radius);
    painter.setBrush(Qt::NoBrush);
}

void LabelPainter::rule(QPainter &painter, QPointF from, double width, double thicknessMm,
                        const QColor &color) const
{
    painter.fillRect(QRectF(from.x(), from.y(), width, mm(thicknessMm)), color);
}

} // namespace carbonlabel
