#pragma once

#include "core/render/pdfpaintengine.h"

#include <QPaintDevice>
#include <QSizeF>

#include <memory>

namespace carbonlabel {

// A paint device that is a PDF of pages of one size, drawn by PdfPaintEngine: paint on it with
// QPainter in device units (`unitsPerInch` per inch, from the top left), then take finish().
class PdfPaintDevice : public QPaintDevice
{
public:
    PdfPaintDevice(const QSizeF &pageMm, int unitsPerInch);
    ~PdfPaintDevice() override;
    PdfPaintDevice(const PdfPaintDevice &) = delete;
    PdfPaintDevice &operator=(const PdfPaintDevice &) = delete;

    QPaintEngine *paintEngine() const override { return m_engine.get(); }
    // Starts the next page; the painter stays active.
    void newPage() { m_engine->newPage(); }
    // The file, after the painter has ended; empty with `error` if it could not be written.
    QByteArray finish(const PdfPaintEngine::Metadata &metadata, QString *error) const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_pageMm;
    int m_unitsPerInch;
    std::unique_ptr<PdfPaintEngine> m_engine;
};

} // namespace carbonlabel
