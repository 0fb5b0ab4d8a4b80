#pragma once

#include "core/document/refreshcyclemodel.h"

#include "ui/modelanalysisview.h"

class QChartView;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace carbonlabel {

// Keep 3, 4 or 6 years? Cumulative emissions of replacing the device every k years over a
// horizon, the strategy table with the best cycle, and when replacing an old device now pays
// back (docs/uncertainty.md).
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
