#pragma once

#include "core/document/uncertaintymodel.h"

#include "ui/modelanalysisview.h"

class QLabel;
class QTableView;

namespace carbonlabel {

class DataQualityModel;
class HistogramChart;

// The uncertainty of the footprint: Monte Carlo's P5–P95 range, mean and median, a histogram
// of the sampled totals, the inputs that matter most, and the data quality of the factors
// behind the total.
class UncertaintyView : public ModelAnalysisView<UncertaintyModel>
{
    Q_OBJECT

public:
    explicit UncertaintyView(ProfileDocument *document, QWidget *parent = nullptr);

protected:
    void retranslateTexts() override;
    void showResult() override;

private:
    QLabel *m_range;
    QLabel *m_details;
    QLabel *m_note;
    HistogramChart *m_chart;
    QLabel *m_sensitivityTitle;
    DataQualityModel *m_quality;
    QLabel *m_qualityTitle;
    QLabel *m_qualityOverall;
    QTableView *m_qualityTable;
};

} // namespace carbonlabel
