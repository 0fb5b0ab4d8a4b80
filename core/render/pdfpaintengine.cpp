#include "core/render/pdfpaintengine.h"

#include "core/render/pdffilewriter.h"

#include <QCoreApplication>
#include <QGlyphRun>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace carbonlabel {

namespace {

// Device units with two decimals (1/1200 inch: 0.0002 mm), trailing zeros dropped.
void number(QByteArray &out, double v)
{
    long long r = std::llround(v * 100.0);
    if (r < 0) {
        out += '-';
        r = -r;
    }
    out += QByteArray::number(r / 100);
    const int cents = int(r % 100);
    if (cents != 0) {
        out += '.';
        out += char('0' + cents / 10);
        if (cents % 10 != 0)
            out += char('0' + cents % 10);
    }
}

void point(QByteArray &out, QPointF p)
{
    number(out, p.x());
    out += ' ';
    number(out, p.y());
    out += ' ';
}

void colour(QByteArray &out, const QColor &c, const char *op)
{
    // Three decimals: 1/1000 is finer than a byte's 1/255.
    for (double v : {c.redF(), c.greenF(), c.blueF()}) {
        out += QByteArray::number(std::round(v * 1000.0) / 1000.0, 'g', 4);
        out += ' ';
    }
    out += op;
    out += '\n';
}

void glyphHex(QByteArray &out, quint16 id)
{
    static const char digits[] = "0123456789ABCDEF";
    out += '<';
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(id >> shift) & 0xF];
    out += "> Tj\n";
}

// Writes the path as PDF operators; a subpath that ends where it began is closed ("h"), so a
// stroke joins there instead of capping.
void writePath(QByteArray &out, const QPainterPath &path)
{
    int start = -1;
    auto closeIfEnded = [&](int last) {
        if (start >= 0 && last > start && path.elementAt(start).x == path.elementAt(last).x
            && path.elementAt(start).y == path.elementAt(last).y)
            out += "h\n";
    };
    const int n = path.elementCount();
    for (int i = 0; i < n; ++i) {
        const QPainterPath::Element &e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            closeIfEnded(i - 1);
            point(out, e);
            out += "m\n";
            start = i;
            break;
        case QPainterPath::LineToElement:
            point(out, e);
            out += "l\n";
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 < n) {
                point(out, e);
                point(out, path.elementAt(i + 1));
                point(out, path.elementAt(i + 2));
                out += "c\n";
                i += 2;
            }
            break;
        case QPainterPath::CurveToDataElement:
            break; // consumed with its curve
        }
    }
    closeIfEnded(n - 1);
}

// Text shaped as QPainter shapes it, in glyph runs with positions from the start of the
// baseline; kept per thread, for the same words on every label of a batch.
struct ShapedRun
{
    std::shared_ptr<const TrueTypeFont> font;
    double pixelSize = 0.0;
    double lineThickness = 0.0;
    bool synthesizedBold = false;
    QList<quint32> glyphs;
    QList<QPointF> positions;
};

struct Shaped
{
    QList<ShapedRun> runs;
    QString error;
};

constexpr qsizetype kMaxShaped = 4096;
thread_local QHash<QString, Shaped> t_shaped;

const Shaped &shape(const QString &text, const QFont &font)
{
    const QString key = font.key() + QLatin1Char('\n') + text;
    if (auto found = t_shaped.constFind(key); found != t_shaped.constEnd())
        return *found;
    if (t_shaped.size() >= kMaxShaped)
        t_shaped.clear();
    Shaped shaped;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1.0e6);
    layout.endLayout();
    const double baseline = line.isValid() ? line.ascent() : 0.0;
    for (const QGlyphRun &glyphRun : layout.glyphRuns()) {
        const QRawFont raw = glyphRun.rawFont();
        ShapedRun run;
        run.font = TrueTypeFont::of(raw, &shaped.error);
        if (!run.font)
            break;
        run.pixelSize = raw.pixelSize();
        run.lineThickness = raw.lineThickness();
        // As fontconfig's rule for Qt: a weight above medium asked of a face lighter than
        // demibold is drawn twice, the copy shifted by half a line thickness.
        run.synthesizedBold = font.weight() > QFont::Medium && run.font->weightClass() < 600;
        run.glyphs = glyphRun.glyphIndexes();
        run.positions = glyphRun.positions();
        for (QPointF &p : run.positions)
            p.ry() -= baseline;
        shaped.runs.append(std::move(run));
    }
    return *t_shaped.insert(key, std::move(shaped));
}

} // namespace

PdfPaintEngine::PdfPaintEngine(const QSizeF &pagePoints, double unitsPerPoint)
    : QPaintEngine(AllFeatures)
    , m_pagePoints(pagePoints)
    , m_unitsPerPoint(unitsPerPoint)
{
    newPage();
}

PdfPaintEngine::~PdfPaintEngine() = default;

bool PdfPaintEngine::begin(QPaintDevice *)
{
    m_pen = QPen();
    m_brush = QBrush();
    m_transform = QTransform();
    m_opacity = 1.0;
    setActive(true);
    return true;
}

bool PdfPaintEngine::end()
{
    setActive(false);
    return true;
}

void PdfPaintEngine::newPage()
{
    // Device units (y down from the top left) to points (y up from the bottom left).
    QByteArray content;
    const double scale = 1.0 / m_unitsPerPoint;
    content += QByteArray::number(scale, 'g', 10) + " 0 0 " + QByteArray::number(-scale, 'g', 10)
            + " 0 " + QByteArray::number(m_pagePoints.height(), 'f', 6) + " cm\n";
    m_pages.push_back(std::move(content));
}

void PdfPaintEngine::updateState(const QPaintEngineState &state)
{
    const DirtyFlags flags = state.state();
    if (flags & DirtyPen)
        m_pen = state.pen();
    if (flags & DirtyBrush)
        m_brush = state.brush();
    if (flags & DirtyTransform)
        m_transform = state.transform();
    if (flags & DirtyOpacity)
        m_opacity = state.opacity();
}

void PdfPaintEngine::beginGroup(bool forText)
{
    QByteArray &out = page();
    out += "q\n";
    const QColor c = forText || m_brush.style() == Qt::NoBrush ? m_pen.color() : m_brush.color();
    const int alpha = qRound(m_opacity * c.alpha());
    if (alpha < 255) {
        int gs = int(m_alphas.indexOf(alpha));
        if (gs < 0) {
            gs = int(m_alphas.size());
            m_alphas.append(alpha);
        }
        out += "/GS" + QByteArray::number(gs) + " gs\n";
    }
    if (painter() && painter()->hasClipping()) {
        const QPainterPath clip = painter()->combinedTransform().map(painter()->clipPath());
        writePath(out, clip);
        out += clip.fillRule() == Qt::WindingFill ? "W n\n" : "W* n\n";
    }
}

void PdfPaintEngine::fillAndStroke(const QPainterPath &devicePath, bool fill, bool stroke)
{
    if (!fill && !stroke)
        return;
    beginGroup(false);
    QByteArray &out = page();
    if (fill)
        colour(out, m_brush.color(), "rg");
    if (stroke) {
        colour(out, m_pen.color(), "RG");
        const double scale = std::sqrt(std::abs(m_transform.determinant()));
        const double width = m_pen.isCosmetic()
                ? std::max(1.0, m_pen.widthF())
                : std::max(m_pen.widthF(), 0.0) * (scale > 0 ? scale : 1.0);
        number(out, width > 0 ? width : 1.0);
        out += " w ";
        out += m_pen.capStyle() == Qt::FlatCap     ? "0 J "
                : m_pen.capStyle() == Qt::RoundCap ? "1 J "
                                                   : "2 J ";
        out += m_pen.joinStyle() == Qt::RoundJoin    ? "1 j "
                : m_pen.joinStyle() == Qt::BevelJoin ? "2 j "
                                                     : "0 j ";
        out += QByteArray::number(std::max(1.0, m_pen.miterLimit()), 'g', 4) + " M\n";
        if (m_pen.style() != Qt::SolidLine && m_pen.style() != Qt::NoPen) {
            out += '[';
            const double unit = width > 0 ? width : 1.0;
            for (const double dash : m_pen.dashPattern()) {
                number(out, dash * unit);
                out += ' ';
            }
            out += "] ";
            number(out, m_pen.dashOffset() * unit);
            out += " d\n";
        }
    }
    writePath(out, devicePath);
    const bool winding = devicePath.fillRule() == Qt::WindingFill;
    if (fill && stroke)
        out += winding ? "B\n" : "B*\n";
    else if (fill)
        out += winding ? "f\n" : "f*\n";
    else
        out += "S\n";
    out += "Q\n";
}

void PdfPaintEngine::drawPath(const QPainterPath &path)
{
    const bool fill = m_brush.style() != Qt::NoBrush;
    const bool stroke = m_pen.style() != Qt::NoPen;
    if (fill && m_brush.style() != Qt::SolidPattern && m_error.isEmpty())
        m_error = QCoreApplication::translate("PdfPaintEngine",
                                              "only solid fills can be written to the PDF");
    fillAndStroke(m_transform.isIdentity() ? path : m_transform.map(path), fill, stroke);
}

void PdfPaintEngine::drawPolygon(const QPointF *points, int count, PolygonDrawMode mode)
{
    if (count < 2)
        return;
    QPainterPath path(points[0]);
    for (int i = 1; i < count; ++i)
        path.lineTo(points[i]);
    if (mode == PolylineMode) {
        fillAndStroke(m_transform.map(path), false, m_pen.style() != Qt::NoPen);
        return;
    }
    path.closeSubpath();
    path.setFillRule(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
    drawPath(path);
}

int PdfPaintEngine::fontIndex(const std::shared_ptr<const TrueTypeFont> &font)
{
    if (auto found = m_fontIndex.constFind(font.get()); found != m_fontIndex.constEnd())
        return *found;
    FontUse use;
    use.font = font;
    use.glyphs.append(0); // .notdef is glyph 0 of every TrueType font
    use.idOf.insert(0, 0);
    m_fonts.push_back(std::move(use));
    const int index = int(m_fonts.size()) - 1;
    m_fontIndex.insert(font.get(), index);
    return index;
}

quint16 PdfPaintEngine::glyphId(FontUse &use, quint16 glyph)
{
    if (auto found = use.idOf.constFind(glyph); found != use.idOf.constEnd())
        return *found;
    const auto id = quint16(use.glyphs.size());
    use.glyphs.append(glyph);
    use.idOf.insert(glyph, id);
    return id;
}

void PdfPaintEngine::drawTextItem(const QPointF &p, const QTextItem &textItem)
{
    const QString text = textItem.text();
    if (text.isEmpty())
        return;
    const Shaped &shaped = shape(text, textItem.font());
    if (!shaped.error.isEmpty() && m_error.isEmpty())
        m_error = shaped.error;
    const QPointF origin = m_transform.map(p);
    // The text matrix: the painter's transform without its translation, y flipped back up.
    const bool plain = m_transform.type() <= QTransform::TxTranslate;
    for (const ShapedRun &run : shaped.runs) {
        FontUse &use = m_fonts[fontIndex(run.font)];
        const int font = int(&use - m_fonts.data());
        beginGroup(true);
        QByteArray &out = page();
        colour(out, m_pen.color(), "rg");
        out += "BT\n/F" + QByteArray::number(font) + ' ';
        number(out, run.pixelSize);
        out += " Tf\n";
        auto draw = [&](double shift) {
            QPointF last;
            for (qsizetype i = 0; i < run.glyphs.size(); ++i) {
                const QPointF at = run.positions[i] + QPointF(shift, 0.0);
                if (plain) {
                    // Moves from glyph to glyph, in text space (y up).
                    const QPointF step = i == 0 ? origin + at : at - last;
                    if (i == 0)
                        out += "1 0 0 -1 0 0 Tm\n";
                    number(out, step.x());
                    out += ' ';
                    number(out, -step.y());
                    out += " Td ";
                } else {
                    const QPointF q = m_transform.map(p + at);
                    for (double v : {m_transform.m11(), m_transform.m12(), -m_transform.m21(),
                                     -m_transform.m22()}) {
                        out += QByteArray::number(v, 'g', 6);
                        out += ' ';
                    }
                    point(out, q);
                    out += "Tm ";
                }
                last = at;
                glyphHex(out, glyphId(use, quint16(run.glyphs[i])));
            }
        };
        draw(0.0);
        if (run.synthesizedBold) {
            // The copy carries no text, so that the words extract once.
            out += "/Span << /ActualText <> >> BDC\n";
            draw(-0.5 * run.lineThickness);
            out += "EMC\n";
        }
        out += "ET\nQ\n";
    }
}

void PdfPaintEngine::drawPixmap(const QRectF &, const QPixmap &, const QRectF &)
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("PdfPaintEngine",
                                              "images cannot be written to a label PDF");
}

void PdfPaintEngine::drawImage(const QRectF &r, const QImage &, const QRectF &sr,
                               Qt::ImageConversionFlags)
{
    drawPixmap(r, QPixmap(), sr);
}

QByteArray PdfPaintEngine::document(const Metadata &metadata, QString *error) const
{
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return {};
    }
    PdfFileWriter writer;
    for (const FontUse &use : m_fonts)
        writer.addFont(*use.font, use.glyphs);
    writer.setOpacities(m_alphas);
    return writer.write(m_pages, m_pagePoints, metadata.title, metadata.creator, metadata.date);
}

} // namespace carbonlabel
