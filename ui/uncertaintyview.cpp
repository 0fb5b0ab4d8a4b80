#include "ui/uncertaintyview.h"

#include "core/base/numbertext.h"
#include "core/document/stagetotalsmodel.h"
#include "core/document/uncertaintymodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace carbonlabel {

namespace {
constexpr int kBins = 30;
}

UncertaintyView::UncertaintyView(ProfileDocument *document, QWidget *parent)
    : ModelAnalysisView(document, parent)
    , m_range(new QLabel(this))
    , m_details(new QLabel(this))
    , m_note(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_bars(new QBarSet(QString(), this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_sensitivityTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("uncertaintyView"));
    setTitle(QT_TR_NOOP("Uncertainty (Monte Carlo)"));
    m_range->setObjectName(QStringLiteral("uncertaintyRange"));
    m_details->setObjectName(QStringLiteral("note"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_sensitivityTitle->setObjectName(QStringLiteral("sectionTitle"));

    m_bars->setColor(StageTotalsModel::color(lca::Stage::MaterialsManufacturing));
    m_bars->setBorderColor(Qt::white);
    auto *series = new QBarSeries;
    series->append(m_bars);
    series->setBarWidth(1.0);
    QChart *chart = setUpChart(m_chart, QStringLiteral("histogram"), 170);
    chart->addSeries(series);
    chart->legend()->hide();
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setLabelsAngle(0);

    setUpTable(m_table, m_model, QStringLiteral("sensitivityTable"), UncertaintyModel::Input);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_range);
    layout->addWidget(m_details);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_sensitivityTitle);
    layout->addWidget(m_table, 1);
    layout->addStretch(0); // holds the texts at the top when there is no chart
    retranslateUi();
}

void UncertaintyView::retranslateTexts()
{
    m_sensitivityTitle->setText(tr("What the uncertainty comes from"));
}

void UncertaintyView::showResult()
{
    const bool any = m_model->hasResult();
    const lca::MonteCarloResult &r = m_model->result();
    const QLocale locale;
    if (!any)
        m_range->setText(QStringLiteral("—"));
    else if (!m_model->varies())
        m_range->setText(tr("%1 kg CO2e, without spread").arg(NumberText::kg(r.total.mean)));
    else
        m_range->setText(tr("P5–P95: %1 – %2 kg CO2e")
                                 .arg(NumberText::kg(r.total.p5), NumberText::kg(r.total.p95)));
    m_details->setText(any ? tr("Mean %1 · median %2 · %3 samples, seed %4")
                                       .arg(NumberText::kg(r.total.mean),
                                            NumberText::kg(r.total.median),
                                            locale.toString(r.samples), QString::number(r.seed))
                           : QString());
    if (!any)
        m_note->setText(tr("The analysis appears when the profile has no problems."));
    else if (!m_model->varies())
        m_note->setText(
                tr("No number in this profile carries a distribution and no factor it uses has an "
                   "uncertainty, so every sample gives the same total."));
    m_note->setVisible(!any || !m_model->varies());

    const UncertaintyModel::Histogram h = m_model->histogram(kBins);
    m_bars->remove(0, m_bars->count());
    QStringList categories;
    int highest = 0;
    for (int i = 0; i < h.counts.size(); ++i) {
        m_bars->append(h.counts[i]);
        highest = std::max(highest, h.counts[i]);
        categories << QString::number(i); // distinct names for the axis; they are not shown
    }
    m_axisX->clear();
    m_axisX->append(categories);
    // Bin labels do not fit under thirty bars; the axis title gives the range instead.
    m_axisX->setLabelsVisible(false);
    m_axisX->setGridLineVisible(false);
    m_axisX->setTitleText(
            tr("total from %1 to %2 kg CO2e").arg(NumberText::kg(h.min), NumberText::kg(h.max)));
    m_axisY->setTickCount(4);
    m_axisY->setRange(0, std::max(1, highest));
    m_axisY->setTitleText(tr("samples"));
    m_chart->setVisible(any && m_model->varies());
    m_sensitivityTitle->setVisible(any && m_model->varies());
    m_table->setVisible(any && m_model->varies());
}

} // namespace carbonlabel
