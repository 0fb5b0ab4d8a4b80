#pragma once

#include "ui/analysisview.h"

class QChartView;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace carbonlabel {

class RefreshCycleModel;

// Keep 3, 4 or 6 years? Cumulative emissions of replacing the device every k years over a
// horizon, the strategy table with the best cycle, and when replacing an old device now pays
// back (docs/uncertainty.md).
class RefreshView : public AnalysisView
{
    Q_OBJECT

public:
    explicit RefreshView(ProfileDocument *document, QWidget *parent = nullptr);

    RefreshCycleModel *model() const { return m_model; }
    void retranslateUi() override;

protected:
    void run() override;

private:
    void showResult();
    void inputsChanged();

    RefreshCycleModel *m_model;
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
};

} // namespace carbonlabel
