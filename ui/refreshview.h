#pragma once

#include "core/document/refreshcyclemodel.h"

#include "ui/modelanalysisview.h"

class QChartView;
class QDoubleSpinBox;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QSpinBox;

namespace carbonlabel {

class EmptyState;

// Keep 3, 4 or 6 years? Cumulative emissions of replacing the device every k years over a
// horizon, the strategy table with the best cycle, and when replacing an old device now pays
// back (docs/uncertainty.md). Each cycle's line has its own colour from the Okabe–Ito palette
// (told apart with colour blindness), a marker of its own shape at each purchase and its name
// at its end; both axes tick at round values. A profile without a device (a digital service)
// shows what to add instead.
class RefreshView : public ModelAnalysisView<RefreshCycleModel>
{
    Q_OBJECT

public:
    explicit RefreshView(ProfileDocument *document, QWidget *parent = nullptr);

protected:
    void retranslateTexts() override;
    void showResult() override;

private:
    void inputsChanged();
    // The spin boxes' values to the model, for its next run.
    void applyInputs();
    void clearChart();
    // The chart's lines, axes and end labels for the model's result.
    void showChart();
    // Each line's name beside its last point, moved apart where lines end close together.
    void placeEndLabels();
    // An empty state instead of the chart, table and payback (an empty title: `text` alone).
    void showEmpty(const QString &title, const QString &text, bool showInputs);

    struct EndLabel
    {
        QGraphicsSimpleTextItem *item;
        QLineSeries *series;
    };

    QWidget *m_inputs;
    QLabel *m_horizonLabel;
    QSpinBox *m_horizon;
    QLabel *m_cyclesLabel;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLabel *m_ratesLabel;
    QDoubleSpinBox *m_embodiedRate;
    QDoubleSpinBox *m_energyRate;
    QDoubleSpinBox *m_gridRate;
    QLabel *m_energyLabel;
    QLabel *m_gridLabel;
    QLabel *m_oldLabel;
    QDoubleSpinBox *m_oldKwh;
    QLabel *m_assumptions;
    QChartView *m_chart;
    QLabel *m_payback;
    EmptyState *m_empty;
    QList<EndLabel> m_endLabels;
};

} // namespace carbonlabel
