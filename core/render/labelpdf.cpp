#include "core/render/labelpdf.h"

#include <QPageLayout>
#include <QPageSize>

namespace carbonlabel {

namespace {

// Replaces every `key` value that `rewrite` maps to a string of the same length.
template<typename Rewrite>
void rewriteInPlace(QByteArray &pdf, const QByteArray &key, char close, Rewrite rewrite)
{
    qsizetype from = 0;
    while ((from = pdf.indexOf(key, from)) >= 0) {
        const qsizetype start = from + key.size();
        const qsizetype end = pdf.indexOf(close, start);
        if (end < 0)
            return;
        const QByteArray old = pdf.mid(start, end - start);
        const QByteArray replacement = rewrite(old);
        if (replacement.size() == old.size())
            pdf.replace(start, old.size(), replacement);
        from = end;
    }
}

QByteArray points(double mm)
{
    return QByteArray::number(mm / 25.4 * 72.0, 'f', 6);
}

} // namespace

LabelPdf::LabelPdf(const QSizeF &pageMm, const QString &title, const QDate &date)
    : m_pageMm(pageMm)
    , m_date(date)
    , m_buffer(&m_data)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(
            QPageLayout(QPageSize(pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("CarbonLabel"));
}

LabelPdf::~LabelPdf() = default;

QByteArray LabelPdf::finish()
{
    m_writer.reset(); // flushes anything the writer still holds
    m_buffer.close();
    QByteArray pdf = m_data;

    // "/CreationDate (D:20261125044913Z)" or "(D:20261125124913+08'00')": keep the form's
    // length by writing UTC as "Z" or as "+00'00'".
    const QByteArray day = m_date.isValid() ? m_date.toString(QStringLiteral("yyyyMMdd")).toLatin1()
                                            : QByteArray("19700101");
    rewriteInPlace(pdf, "/CreationDate (", ')', [&](const QByteArray &old) {
        const QByteArray stamp = "D:" + day + "000000";
        return old.endsWith('Z') ? stamp + 'Z' : stamp + "+00'00'";
    });
    // "/MediaBox [0 0 170.000000 255.000000]"
    rewriteInPlace(pdf, "/MediaBox [", ']', [&](const QByteArray &) {
        return "0 0 " + points(m_pageMm.width()) + ' ' + points(m_pageMm.height());
    });
    return pdf;
}

} // namespace carbonlabel
