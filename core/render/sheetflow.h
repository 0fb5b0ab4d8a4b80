#pragma once

#include "core/render/labelpainter.h"
#include "core/render/labelpalette.h"
#include "core/render/pdfpaintdevice.h"

#include <QList>
#include <QPainter>
#include <QStringList>

#include <functional>

namespace carbonlabel {

// Flows the product sheet's blocks down A4 pages: each block measures itself (painter ==
// nullptr) and draws itself at a given top; a block that does not fit starts a new page, a
// heading stays with what follows it, and a table row on a new page gets its header again.
// Page header and footer are drawn once the page count is known.
class SheetFlow
{
public:
    // Draws at `top` when `painter` is given; returns the height used either way.
    using Draw = std::function<double(QPainter *painter, double top)>;
    // Page header and footer for page `page` (1-based) of `pages`.
    using Decorate = std::function<void(QPainter &painter, int page, int pages)>;

    struct Column
    {
        QString title;
        double width = 1.0; // share of the table's width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct TableStyle
    {
        bool boldLastRow = false; // a total
        QList<int> swatchRows; // stage index per row for a colour swatch, -1 for none
        bool keepTogether = false; // a short table moves whole to the next page
    };

    SheetFlow(const LabelPainter &lp, QRectF content);

    QRectF content() const { return m_content; }
    void add(Draw draw, bool keepWithNext = false);
    void addSpace(double height);
    // A heading (kept with the block after it).
    void addHeading(const QString &text);
    // A paragraph; `keepWithNext` keeps it on the page of the block after it (a table it
    // introduces).
    void addParagraph(const QString &text, double pointSize = 8.0,
                      const QColor &color = LabelPalette::body(), bool keepWithNext = false);
    void addTable(const QList<Column> &columns, const QList<QStringList> &rows,
                  const TableStyle &style);
    void addTable(const QList<Column> &columns, const QList<QStringList> &rows)
    {
        addTable(columns, rows, TableStyle());
    }

    // Lays the blocks out on pages, then draws them.
    void render(QPainter &painter, PdfPaintDevice &writer, const Decorate &decorate) const;

private:
    struct Block
    {
        Draw draw;
        bool keepWithNext = false;
        int header = -1; // the block to repeat first when this one opens a page
        bool isSpace = false;
    };
    struct Placement
    {
        int block;
        int page;
        double top;
    };
    QList<Placement> paginate() const;
    double tableRow(QPainter *painter, double top, const QList<Column> &columns,
                    const QStringList &cells, bool header, bool bold, int swatch) const;

    const LabelPainter &m_lp;
    QRectF m_content;
    QList<Block> m_blocks;
};

} // namespace carbonlabel
