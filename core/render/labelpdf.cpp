#include "core/render/labelpdf.h"

namespace carbonlabel {

LabelPdf::LabelPdf(const QSizeF &pageMm, const QString &title, const QDate &date)
    : m_title(title)
    , m_date(date)
    , m_device(pageMm, kResolution)
{ }

QByteArray LabelPdf::finish(QString *error) const
{
    return m_device.finish({m_title, QStringLiteral("CarbonLabel"), m_date}, error);
}

} // namespace carbonlabel
