#pragma once

#include "core/render/truetypefont.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QPaintEngine>
#include <QPen>
#include <QSizeF>
#include <QTransform>

#include <memory>
#include <vector>

namespace carbonlabel {

// A paint engine that writes a PDF of vector paths and real text, for labels: what QPainter
// draws on a PdfPaintDevice. It embeds each font once per document as a CID font with only the
// glyphs drawn and a ToUnicode map read from the font once per process, where Qt's PDF engine
// walks the font's whole character map on every document (docs/labels.md, "Speed"). Paths,
// solid colours with opacity, pens (width, cap, join, dashes), clipping and text are
// supported; images are not (no label draws one) and make finish() fail.
class PdfPaintEngine : public QPaintEngine
{
public:
    struct Metadata
    {
        QString title;
        QString creator;
        QDate date; // the creation date, at midnight UTC; 1970-01-01 if invalid
    };

    PdfPaintEngine(const QSizeF &pagePoints, double unitsPerPoint);
    ~PdfPaintEngine() override;

    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &state) override;
    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override;
    void drawTextItem(const QPointF &p, const QTextItem &textItem) override;
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override;
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags flags) override;
    Type type() const override { return User; }

    void newPage();
    int pageCount() const { return int(m_pages.size()); }
    // The whole file; empty with `error` when something drawn could not be written.
    QByteArray document(const Metadata &metadata, QString *error) const;

private:
    struct FontUse
    {
        std::shared_ptr<const TrueTypeFont> font;
        QList<quint16> glyphs; // original ids, in the order of their ids in the document
        QHash<quint16, quint16> idOf; // original id -> id in the document
    };

    QByteArray &page() { return m_pages.back(); }
    void fillAndStroke(const QPainterPath &devicePath, bool fill, bool stroke);
    void beginGroup(bool forText);
    int fontIndex(const std::shared_ptr<const TrueTypeFont> &font);
    quint16 glyphId(FontUse &use, quint16 glyph);

    QSizeF m_pagePoints;
    double m_unitsPerPoint;
    std::vector<QByteArray> m_pages;
    std::vector<FontUse> m_fonts;
    QHash<const TrueTypeFont *, int> m_fontIndex;
    QList<int> m_alphas; // ExtGState /GS<i> sets both opacities to m_alphas[i] / 255
    QString m_error;

    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    double m_opacity = 1.0;
};

} // namespace carbonlabel
