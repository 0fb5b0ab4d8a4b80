#include "core/render/sheetflow.h"

#include "core/render/labelpalette.h"

#include <QFontMetricsF>

#include <algorithm>

namespace carbonlabel {

SheetFlow::SheetFlow(const LabelPainter &lp, QRectF content)
    : m_lp(lp)
    , m_content(content)
{ }

void SheetFlow::add(Draw draw, bool keepWithNext)
{
    m_blocks.append(Block{std::move(draw), keepWithNext, -1, false});
}

void SheetFlow::addSpace(double height)
{
    m_blocks.append(Block{[height](QPainter *, double) { return height; }, false, -1, true});
}

void SheetFlow::addHeading(const QString &text)
{
    addSpace(m_lp.mm(5.0));
    add(
            [this, text](QPainter *p, double top) {
                const LabelPainter::TextStyle style
                        = m_lp.style(10.5, true, LabelPalette::accent());
                const double h
                        = m_lp.text(p, text, style, {m_content.left(), top}, m_content.width());
                if (p)
                    m_lp.rule(*p, {m_content.left(), top + h + m_lp.mm(0.8)}, m_content.width(),
                              0.3, LabelPalette::accent());
                return h + m_lp.mm(2.6);
            },
            true);
}

void SheetFlow::addParagraph(const QString &text, double pointSize, const QColor &color,
                             bool keepWithNext)
{
    add(
            [this, text, pointSize, color](QPainter *p, double top) {
                LabelPainter::TextStyle style = m_lp.style(pointSize, false, color);
                style.lineSpacing = 1.12;
                return m_lp.text(p, text, style, {m_content.left(), top}, m_content.width())
                        + m_lp.mm(1.6);
            },
            keepWithNext);
}

double SheetFlow::tableRow(QPainter *p, double top, const QList<Column> &columns,
                           const QStringList &cells, bool header, bool bold, int swatch) const
{
    double total = 0.0;
    for (const Column &c : columns)
        total += c.width;
    const double padX = m_lp.mm(1.2);
    const double padY = m_lp.mm(1.1);
    const double swatchSize = m_lp.mm(2.4);
    double x = m_content.left();
    double height = 0.0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const double w = columns[i].width / total * m_content.width();
        double textX = x + padX;
        double textW = w - 2 * padX;
        if (i == 0 && swatch >= 0) {
            if (p) {
                const QFontMetricsF fm(m_lp.font(8.0));
                const double mid = top + padY + fm.ascent() - fm.capHeight() / 2.0;
                m_lp.swatch(*p, QRectF(textX, mid - swatchSize / 2.0, swatchSize, swatchSize),
                            static_cast<lca::Stage>(swatch));
            }
            textX += swatchSize + m_lp.mm(1.8);
            textW -= swatchSize + m_lp.mm(1.8);
        }
        LabelPainter::TextStyle style
                = m_lp.style(header ? 7.0 : 8.0, header || bold,
                             header ? LabelPalette::muted()
                                    : (bold ? LabelPalette::ink() : LabelPalette::body()),
                             columns[i].alignment);
        style.lineSpacing = 1.05;
        height = std::max(height, m_lp.text(p, cells.value(i), style, {textX, top + padY}, textW));
        x += w;
    }
    height += 2 * padY;
    if (p) {
        const bool strong = header || bold;
        m_lp.rule(*p, {m_content.left(), top + height - m_lp.mm(strong ? 0.25 : 0.12)},
                  m_content.width(), strong ? 0.25 : 0.12,
                  strong ? LabelPalette::ink() : LabelPalette::hairline());
    }
    return height;
}

void SheetFlow::addTable(const QList<Column> &columns, const QList<QStringList> &rows,
                         const TableStyle &style)
{
    QStringList titles;
    for (const Column &c : columns)
        titles << c.title;
    add([this, columns, titles](QPainter *p, double top) {
        return tableRow(p, top, columns, titles, true, false, -1);
    });
    const int header = static_cast<int>(m_blocks.size() - 1);
    m_blocks[header].keepWithNext = true;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool bold = style.boldLastRow && r == rows.size() - 1;
        const int swatch = style.swatchRows.value(r, -1);
        const QStringList cells = rows[r];
        add([this, columns, cells, bold, swatch](QPainter *p, double top) {
            return tableRow(p, top, columns, cells, false, bold, swatch);
        });
        m_blocks.last().header = header;
        // Whole when asked; else no lone first row under the header and no lone last row on
        // a new page.
        m_blocks.last().keepWithNext
                = r + 1 < rows.size() && (style.keepTogether || r == 0 || r + 2 == rows.size());
    }
}

QList<SheetFlow::Placement> SheetFlow::paginate() const
{
    QList<Placement> placements;
    int page = 0;
    double y = m_content.top();
    const double bottom = m_content.bottom();
    auto height = [this](int i) { return m_blocks[i].draw(nullptr, 0.0); };
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks[i];
        if (b.isSpace && y == m_content.top())
            continue; // no space at the top of a page
        double need = height(i);
        // A block kept with the next needs room for the chain it leads; a chain taller than a
        // page only keeps its first two blocks together.
        for (int k = i; k + 1 < m_blocks.size() && m_blocks[k].keepWithNext; ++k)
            need += height(k + 1);
        if (need > m_content.height())
            need = height(i) + (b.keepWithNext && i + 1 < m_blocks.size() ? height(i + 1) : 0.0);
        if (y + need > bottom && y > m_content.top()) {
            ++page;
            y = m_content.top();
            if (b.isSpace)
                continue;
            if (b.header >= 0) {
                placements.append(Placement{b.header, page, y});
                y += height(b.header);
            }
        }
        placements.append(Placement{i, page, y});
        y += height(i);
    }
    return placements;
}

void SheetFlow::render(QPainter &painter, PdfPaintDevice &writer, const Decorate &decorate) const
{
    const QList<Placement> placements = paginate();
    const int pages = placements.isEmpty() ? 1 : placements.last().page + 1;
    int page = 0;
    decorate(painter, 1, pages);
    for (const Placement &pl : placements) {
        if (pl.page != page) {
            writer.newPage();
            page = pl.page;
            decorate(painter, page + 1, pages);
        }
        m_blocks[pl.block].draw(&painter, pl.top);
    }
}

} // namespace carbonlabel
