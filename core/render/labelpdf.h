#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QDate>
#include <QPdfWriter>
#include <QSizeF>
#include <QString>

#include <memory>

namespace carbonlabel {

// A PDF written to memory for a label or sheet, made reproducible: the creation date is the
// label's date (midnight UTC) instead of the clock, and the page is exactly the size asked for,
// where Qt 6.4 rounds it to whole points (105 mm would become 105.13 mm). Both are rewritten in
// place with strings of the same length, so the cross-reference offsets stay right.
class LabelPdf
{
public:
    static constexpr int kResolution = 1200; // device units per inch

    LabelPdf(const QSizeF &pageMm, const QString &title, const QDate &date);
    ~LabelPdf();
    LabelPdf(const LabelPdf &) = delete;
    LabelPdf &operator=(const LabelPdf &) = delete;

    QPdfWriter *device() const { return m_writer.get(); }
    // Device units per millimetre.
    static constexpr double unitsPerMm() { return kResolution / 25.4; }

    // The finished file; call after the QPainter on device() has ended.
    QByteArray finish();

private:
    QSizeF m_pageMm;
    QDate m_date;
    QByteArray m_data;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace carbonlabel
