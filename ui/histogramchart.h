#pragma once

#include <QChartView>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace carbonlabel {

// A histogram of sampled totals over a kg axis with round ticks, the P5 and P95 drawn as
// dashed lines and named in the legend, as on the A4 sheet.
class HistogramChart : public QChartView
{
    Q_OBJECT

public:
    explicit HistogramChart(QWidget *parent = nullptr);

    // `counts` of equal bins from `min` to `max` (kg CO2e); the markers at `p5` and `p95`.
    void setHistogram(const QList<int> &counts, double min, double max, double p5, double p95);
    // The axes' titles and the markers' legend entries, in the current language.
    void setTexts(const QString &valueTitle, const QString &countTitle, const QString &p5Text,
                  const QString &p95Text);

private:
    QLineSeries *m_outline;
    QAreaSeries *m_area;
    QLineSeries *m_p5;
    QLineSeries *m_p95;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace carbonlabel
