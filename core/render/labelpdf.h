#pragma once

#include "core/render/pdfpaintdevice.h"

#include <QByteArray>
#include <QDate>
#include <QSizeF>
#include <QString>

namespace carbonlabel {

// A PDF written to memory for a label, sheet or report, at 1200 device units per inch, by the
// labels' own PDF engine (PdfPaintEngine): exactly the page size asked for, and reproducible,
// its creation date the label's date at midnight UTC, never the clock.
class LabelPdf
{
public:
    static constexpr int kResolution = 1200; // device units per inch

    LabelPdf(const QSizeF &pageMm, const QString &title, const QDate &date);

    PdfPaintDevice *device() { return &m_device; }
    // Device units per millimetre.
    static constexpr double unitsPerMm() { return kResolution / 25.4; }

    // The finished file; call after the QPainter on device() has ended. Empty, with `error`,
    // when something drawn cannot be written.
    QByteArray finish(QString *error = nullptr) const;

private:
    QString m_title;
    QDate m_date;
    PdfPaintDevice m_device;
};

} // namespace carbonlabel
