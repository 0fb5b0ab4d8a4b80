#pragma once

// A PDF read back with Poppler-Qt6 as a reader's tools see it: each page's text, the words in
// Poppler's order with their boxes, the page sizes and the fonts.

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QRectF>
#include <QRegularExpression>
#include <QSizeF>
#include <QStringList>

#include <poppler-qt6.h>

#include <memory>

namespace carbonlabel::test {

struct PdfText
{
    QStringList pages; // each page's text (physical layout), whitespace folded
    QString text; // the pages one after the other
    // Poppler's words (Page::textList) joined by single spaces, in its order: a figure and its
    // unit come one after the other here, while the physical layout may put the line below
    // between them when the unit sits beside a tall figure.
    QString words;
    QList<QRectF> boxesMm; // every word's box, on whichever page
    QList<QSizeF> sizesMm;
    bool fontsEmbedded = false;
    QStringList fontNames;
};

inline PdfText readPdf(const QByteArray &bytes)
{
    PdfText pdf;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc || doc->isLocked())
        return pdf;
    constexpr double kMmPerPoint = 25.4 / 72.0;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        pdf.pages << page->text(QRectF()).simplified();
        const QSizeF pt = page->pageSizeF();
        pdf.sizesMm << QSizeF(pt.width() * kMmPerPoint, pt.height() * kMmPerPoint);
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            const QRectF r = box->boundingBox();
            pdf.words += (pdf.words.isEmpty() ? QString() : QStringLiteral(" ")) + box->text();
            pdf.boxesMm << QRectF(r.x() * kMmPerPoint, r.y() * kMmPerPoint, r.width() * kMmPerPoint,
                                  r.height() * kMmPerPoint);
        }
    }
    pdf.text = pdf.pages.join(QLatin1Char(' '));
    pdf.fontsEmbedded = true;
    for (const Poppler::FontInfo &f : doc->fonts()) {
        pdf.fontNames << f.name();
        pdf.fontsEmbedded = pdf.fontsEmbedded && f.isEmbedded();
    }
    return pdf;
}

// What `render(QString *error)` (a renderer) writes, kept in `bytes` and read back; a failed
// render is a warning with the renderer's message and an empty result.
template<typename Render> PdfText renderPdf(Render render, QByteArray *bytes)
{
    QString error;
    *bytes = render(&error);
    if (bytes->isEmpty())
        qWarning() << "render failed:" << error;
    return readPdf(*bytes);
}

// Whether `needle` is in `text` once all whitespace is gone from both: a wrapped sentence or
// table cell comes back with a space where its line broke, even between Chinese characters.
inline bool containsWrapped(const QString &text, QString needle)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space).contains(needle.remove(space));
}

} // namespace carbonlabel::test
