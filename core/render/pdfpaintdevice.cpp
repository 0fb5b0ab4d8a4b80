#include "core/render/pdfpaintdevice.h"

#include <cmath>

namespace carbonlabel {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kPointsPerInch = 72.0;

} // namespace

PdfPaintDevice::PdfPaintDevice(const QSizeF &pageMm, int unitsPerInch)
    : m_pageMm(pageMm)
    , m_unitsPerInch(unitsPerInch)
    , m_engine(std::make_unique<PdfPaintEngine>(pageMm / kMmPerInch * kPointsPerInch,
                                                unitsPerInch / kPointsPerInch))
{ }

PdfPaintDevice::~PdfPaintDevice() = default;

QByteArray PdfPaintDevice::finish(const PdfPaintEngine::Metadata &metadata, QString *error) const
{
    return m_engine->document(metadata, error);
}

int PdfPaintDevice::metric(PaintDeviceMetric metric) const
{
    const double unitsPerMm = m_unitsPerInch / kMmPerInch;
    switch (metric) {
    case PdmWidth:
        return int(std::lround(m_pageMm.width() * unitsPerMm));
    case PdmHeight:
        return int(std::lround(m_pageMm.height() * unitsPerMm));
    case PdmWidthMM:
        return int(std::lround(m_pageMm.width()));
    case PdmHeightMM:
        return int(std::lround(m_pageMm.height()));
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_unitsPerInch;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace carbonlabel
