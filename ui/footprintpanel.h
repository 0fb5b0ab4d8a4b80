#pragma once

#include <QWidget>

class QLabel;
class QTableView;

class QChartView;
class QPieSeries;

namespace carbonlabel {

class ContributionsModel;
class DiagnosticsModel;
class PeerBandView;
class ProfileDocument;
class StageTotalsModel;

// The live footprint: the total, the five stages as a chart and a table, the contributors
// sorted by share, offsets, and the list of problems. While the profile has errors it keeps
// the last valid figures, greyed and marked as not up to date.
class FootprintPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FootprintPanel(ProfileDocument *document, QWidget *parent = nullptr);

    QLabel *totalLabel() const { return m_total; }
    void retranslateUi();

signals:
    // A problem or a contributor was activated: show its field.
    void pathActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ProfileDocument *m_document;
    StageTotalsModel *m_stages;
    ContributionsModel *m_contributions;
    DiagnosticsModel *m_problems;
    QLabel *m_product;
    QLabel *m_functionalUnit;
    QLabel *m_totalCaption;
    QLabel *m_total;
    QLabel *m_unit;
    QLabel *m_status;
    QLabel *m_offsets;
    QLabel *m_empty = nullptr; // a profile with nothing to count
    QLabel *m_stagesTitle;
    QLabel *m_contributorsTitle;
    QLabel *m_problemsTitle;
    QChartView *m_chart;
    QPieSeries *m_series;
    QTableView *m_stageView;
    PeerBandView *m_peers;
    QTableView *m_contributionView;
    QTableView *m_problemView;
};

} // namespace carbonlabel
