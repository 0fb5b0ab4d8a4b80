#include "ui/histogramchart.h"

#include "core/base/axisticks.h"
#include "core/document/stagetotalsmodel.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace carbonlabel {

HistogramChart::HistogramChart(QWidget *parent)
    : QChartView(parent)
    , m_outline(new QLineSeries(this))
    , m_area(new QAreaSeries(m_outline))
    , m_p5(new QLineSeries(this))
    , m_p95(new QLineSeries(this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);

    const QColor fill = StageTotalsModel::color(lca::Stage::MaterialsManufacturing);
    m_area->setColor(fill);
    m_area->setBorderColor(fill.darker(130));
    for (QLineSeries *marker : {m_p5, m_p95}) {
        QPen pen(QColor(0x33, 0x33, 0x33), 1.5, Qt::DashLine);
        marker->setPen(pen);
    }
    chart->addSeries(m_area);
    chart->addSeries(m_p5);
    chart->addSeries(m_p95);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{m_area, m_p5, m_p95}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setLabelFormat(QStringLiteral("%.0f"));
    }
    m_axisX->setGridLineVisible(false);
    chart->legend()->setAlignment(Qt::AlignTop);
    // The markers' entries drawn as their dashed lines, not as squares.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->markers(m_area).constFirst()->setVisible(false); // the bars need no entry
}

void HistogramChart::setHistogram(const QList<int> &counts, double min, double max, double p5,
                                  double p95)
{
    // A step outline: each bin is a flat top from its left to its right edge.
    QList<QPointF> points;
    int highest = 0;
    const int bins = int(counts.size());
    const double width = bins > 0 ? (max - min) / bins : 0.0;
    points.reserve(2 * bins + 2);
    points.append({min, 0.0});
    for (int i = 0; i < bins; ++i) {
        points.append({min + i * width, double(counts[i])});
        points.append({min + (i + 1) * width, double(counts[i])});
        highest = std::max(highest, counts[i]);
    }
    points.append({max, 0.0});
    m_outline->replace(points);

    // Round kg values from below the lowest bin to above the highest (0.5, 1.0, ... 3.0) and
    // whole counts from 0 over the highest bin.
    const AxisTicks x = AxisTicks::nice(min, max, 5);
    m_axisX->setRange(x.min, x.max);
    m_axisX->setTickAnchor(x.min);
    m_axisX->setTickInterval(x.step);
    m_axisX->setLabelFormat(QStringLiteral("%.%1f").arg(x.decimals));
    const AxisTicks y = AxisTicks::nice(0.0, std::max(1, highest), 4, 1.0);
    m_axisY->setRange(y.min, y.max);
    m_axisY->setTickAnchor(y.min);
    m_axisY->setTickInterval(y.step);
    const double top = y.max;
    m_p5->replace(QList<QPointF>{{p5, 0.0}, {p5, top}});
    m_p95->replace(QList<QPointF>{{p95, 0.0}, {p95, top}});
}

void HistogramChart::setTexts(const QString &valueTitle, const QString &countTitle,
                              const QString &p5Text, const QString &p95Text)
{
    m_axisX->setTitleText(valueTitle);
    m_axisY->setTitleText(countTitle);
    m_p5->setName(p5Text);
    m_p95->setName(p95Text);
}

} // namespace carbonlabel
