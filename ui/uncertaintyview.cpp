#include "ui/uncertaintyview.h"

#include "core/base/numbertext.h"
#include "core/document/dataqualitymodel.h"
#include "core/document/uncertaintymodel.h"
#include "ui/histogramchart.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace carbonlabel {

namespace {
constexpr int kBins = 30;
}

UncertaintyView::UncertaintyView(ProfileDocument *document, QWidget *parent)
    : ModelAnalysisView(document, parent)
    , m_range(new QLabel(this))
    , m_details(new QLabel(this))
    , m_note(new QLabel(this))
    , m_chart(new HistogramChart(this))
    , m_sensitivityTitle(new QLabel(this))
    , m_quality(new DataQualityModel(document, this))
    , m_qualityTitle(new QLabel(this))
    , m_qualityOverall(new QLabel(this))
    , m_qualityTable(new QTableView(this))
{
    setObjectName(QStringLiteral("uncertaintyView"));
    setTitle(QT_TR_NOOP("Uncertainty (Monte Carlo)"));
    m_range->setObjectName(QStringLiteral("uncertaintyRange"));
    m_details->setObjectName(QStringLiteral("note"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_sensitivityTitle->setObjectName(QStringLiteral("sectionTitle"));

    m_chart->setObjectName(QStringLiteral("histogram"));
    m_chart->setMinimumHeight(190);

    setUpTable(m_table, m_model, QStringLiteral("sensitivityTable"), UncertaintyModel::Input);
    m_qualityTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_qualityOverall->setObjectName(QStringLiteral("dataQualityOverall"));
    m_qualityOverall->setWordWrap(true);
    setUpTable(m_qualityTable, m_quality, QStringLiteral("dataQualityTable"),
               DataQualityModel::Factor);

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
    layout->addWidget(m_qualityTitle);
    layout->addWidget(m_qualityOverall);
    layout->addWidget(m_qualityTable, 1);
    layout->addStretch(0); // holds the texts at the top when there is no chart
    retranslateUi();
}

void UncertaintyView::retranslateTexts()
{
    m_sensitivityTitle->setText(tr("What the uncertainty comes from"));
    m_qualityTitle->setText(tr("Data quality of the factors (pedigree scores 1 best to 5)"));
    m_quality->retranslate();
}

void UncertaintyView::showResult()
{
    const bool any = m_model->hasResult();
    const lca::MonteCarloResult &r = m_model->result();
    const QLocale locale;
    if (!any)
        m_range->setText(QStringLiteral("—"));
    else if (!m_model->varies())
        m_range->setText(tr("%1 kg CO₂e, without spread").arg(NumberText::kg(r.total.mean)));
    else
        m_range->setText(tr("P5–P95: %1 – %2 kg CO₂e")
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
                tr("No number in this profile carries a distribution and no factor it uses has "
                   "data-quality scores or an uncertainty, so every sample gives the same total."));
    m_note->setVisible(!any || !m_model->varies());

    const UncertaintyModel::Histogram h = m_model->histogram(kBins);
    m_chart->setHistogram(h.counts, h.min, h.max, r.total.p5, r.total.p95);
    m_chart->setTexts(tr("total, kg CO₂e"), tr("samples"),
                      tr("P5 %1 kg").arg(NumberText::kg(r.total.p5)),
                      tr("P95 %1 kg").arg(NumberText::kg(r.total.p95)));
    m_chart->setVisible(any && m_model->varies());
    m_sensitivityTitle->setVisible(any && m_model->varies());
    m_table->setVisible(any && m_model->varies());

    m_quality->refresh();
    m_qualityOverall->setText(m_quality->overallText());
    m_qualityTitle->setVisible(any);
    m_qualityOverall->setVisible(any);
    m_qualityTable->setVisible(any && m_quality->rowCount() > 0);
}

} // namespace carbonlabel
