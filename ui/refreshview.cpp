#include "ui/refreshview.h"

#include "core/base/numbertext.h"
#include "core/document/refreshcyclemodel.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace carbonlabel {

namespace {

QDoubleSpinBox *rateBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-50.0, 100.0);
    box->setDecimals(1);
    box->setSingleStep(1.0);
    box->setSuffix(QStringLiteral(" %"));
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

RefreshView::RefreshView(ProfileDocument *document, QWidget *parent)
    : ModelAnalysisView(document, parent)
    , m_horizonLabel(new QLabel(this))
    , m_horizon(new QSpinBox(this))
    , m_cyclesLabel(new QLabel(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_ratesLabel(new QLabel(this))
    , m_embodiedRate(rateBox(this, QStringLiteral("embodiedRate")))
    , m_energyRate(rateBox(this, QStringLiteral("energyRate")))
    , m_gridRate(rateBox(this, QStringLiteral("gridRate")))
    , m_energyLabel(new QLabel(this))
    , m_gridLabel(new QLabel(this))
    , m_oldLabel(new QLabel(this))
    , m_oldKwh(new QDoubleSpinBox(this))
    , m_assumptions(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_payback(new QLabel(this))
{
    setObjectName(QStringLiteral("refreshView"));
    setTitle(QT_TR_NOOP("Refresh cycles: when to replace the device"));
    m_assumptions->setObjectName(QStringLiteral("note"));
    m_assumptions->setWordWrap(true);
    m_payback->setWordWrap(true);
    m_payback->setObjectName(QStringLiteral("paybackLine"));
    m_horizon->setObjectName(QStringLiteral("horizon"));
    m_horizon->setRange(1, 50);
    m_horizon->setValue(12);
    m_from->setRange(1, 50);
    m_from->setValue(2);
    m_to->setRange(1, 50);
    m_to->setValue(8);
    m_oldKwh->setObjectName(QStringLiteral("oldAnnualKwh"));
    m_oldKwh->setRange(0.0, 1e6);
    m_oldKwh->setDecimals(1);
    m_oldKwh->setSuffix(QStringLiteral(" kWh"));
    m_oldKwh->setKeyboardTracking(false);
    for (QSpinBox *b : {m_horizon, m_from, m_to}) {
        b->setKeyboardTracking(false);
        connect(b, &QSpinBox::valueChanged, this, &RefreshView::inputsChanged);
    }
    for (QDoubleSpinBox *b : {m_embodiedRate, m_energyRate, m_gridRate, m_oldKwh})
        connect(b, &QDoubleSpinBox::valueChanged, this, &RefreshView::inputsChanged);

    QChart *chart = setUpChart(m_chart, QStringLiteral("refreshChart"), 180);
    chart->legend()->setAlignment(Qt::AlignRight);
    setUpTable(m_table, m_model, QStringLiteral("refreshTable"), RefreshCycleModel::Cycle);

    auto *inputs = new QGridLayout;
    inputs->setHorizontalSpacing(6);
    inputs->addWidget(m_horizonLabel, 0, 0, Qt::AlignRight);
    inputs->addWidget(m_horizon, 0, 1);
    inputs->addWidget(m_cyclesLabel, 0, 2, Qt::AlignRight);
    auto *cycles = new QHBoxLayout;
    cycles->addWidget(m_from);
    cycles->addWidget(new QLabel(QStringLiteral("–"), this));
    cycles->addWidget(m_to);
    inputs->addLayout(cycles, 0, 3);
    // Two label-and-field pairs per row keep the panel narrow beside the editor.
    inputs->addWidget(m_ratesLabel, 1, 0, Qt::AlignRight);
    inputs->addWidget(m_embodiedRate, 1, 1);
    inputs->addWidget(m_energyLabel, 1, 2, Qt::AlignRight);
    inputs->addWidget(m_energyRate, 1, 3);
    inputs->addWidget(m_gridLabel, 2, 0, Qt::AlignRight);
    inputs->addWidget(m_gridRate, 2, 1);
    inputs->addWidget(m_oldLabel, 2, 2, Qt::AlignRight);
    inputs->addWidget(m_oldKwh, 2, 3);
    inputs->setColumnStretch(1, 1);
    inputs->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(inputs);
    layout->addWidget(m_assumptions);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_payback);
    applyInputs();
    retranslateUi();
}

void RefreshView::retranslateTexts()
{
    m_horizonLabel->setText(tr("Horizon"));
    m_horizon->setSuffix(tr(" years"));
    m_cyclesLabel->setText(tr("Cycles"));
    m_ratesLabel->setText(tr("Embodied"));
    m_energyLabel->setText(tr("Energy"));
    m_gridLabel->setText(tr("Grid"));
    for (QDoubleSpinBox *box : {m_embodiedRate, m_energyRate, m_gridRate})
        box->setSuffix(tr(" %/yr"));
    m_embodiedRate->setToolTip(tr("Yearly change of a new device's embodied emissions"));
    m_energyRate->setToolTip(tr("Yearly change of a new device's annual energy"));
    m_gridRate->setToolTip(tr("Yearly change of the grid's emission factor"));
    m_oldLabel->setText(tr("Old device"));
    m_oldKwh->setSpecialValueText(tr("none"));
    m_oldKwh->setToolTip(tr("The annual energy of the device in use today, to ask whether "
                            "replacing it now pays back"));
}

void RefreshView::inputsChanged()
{
    applyInputs();
    markDirty();
    refresh();
}

void RefreshView::applyInputs()
{
    lca::RefreshCycleInputs inputs = m_model->inputs();
    inputs.horizonYears = m_horizon->value();
    inputs.minCycleYears = std::min(m_from->value(), m_horizon->value());
    inputs.maxCycleYears = std::clamp(m_to->value(), inputs.minCycleYears, m_horizon->value());
    inputs.embodiedRate = m_embodiedRate->value() / 100.0;
    inputs.energyRate = m_energyRate->value() / 100.0;
    inputs.gridRate = m_gridRate->value() / 100.0;
    m_model->setInputs(inputs);
    m_model->setOldAnnualEnergyKwh(m_oldKwh->value());
}

void RefreshView::showResult()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const auto &result = m_model->result();
    m_chart->setVisible(result.has_value());
    m_table->setVisible(result.has_value());
    if (!result) {
        m_assumptions->setText(m_model->problem());
        m_payback->clear();
        return;
    }
    const RefreshProfileValues &v = m_model->values();
    m_assumptions->setText(tr("New device: %1 kg CO2e to make, ship and dispose of; %2 kWh a year "
                              "on a grid of %3 kg CO2e/kWh.")
                                   .arg(NumberText::kg(v.embodiedKg),
                                        NumberText::display(v.annualEnergyKwh),
                                        NumberText::display(v.gridKgPerKwh)));
    auto *x = new QValueAxis;
    x->setTitleText(tr("year", "chart axis: the nth year of service"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(1, m_model->inputs().horizonYears);
    x->setTickCount(std::min(m_model->inputs().horizonYears, 7));
    auto *y = new QValueAxis;
    y->setTitleText(tr("kg CO2e, cumulative"));
    y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0.0;
    // One hue per cycle, from short (warm) to long (cool); the best is drawn thicker.
    const int count = static_cast<int>(result->strategies.size());
    auto colorOf = [count](int i) {
        return QColor::fromHsvF(0.08 + 0.55 * i / std::max(1, count - 1), 0.65, 0.75);
    };
    for (std::size_t i = 0; i < result->strategies.size(); ++i) {
        const lca::RefreshStrategy &s = result->strategies[i];
        auto *series = new QLineSeries;
        series->setName(tr("every %n year(s)", nullptr, s.cycleYears));
        for (std::size_t year = 0; year < s.cumulativeKg.size(); ++year) {
            series->append(static_cast<double>(year + 1), s.cumulativeKg[year]);
            top = std::max(top, s.cumulativeKg[year]);
        }
        QPen pen(colorOf(static_cast<int>(i)));
        pen.setWidthF(s.cycleYears == result->bestCycleYears ? 3.0 : 1.5);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    y->setRange(0.0, top > 0.0 ? top * 1.05 : 1.0);
    if (!result->replaceNow) {
        m_payback->setText(tr("Best: replace every %n year(s). Give the old device's annual energy "
                              "to see when replacing it now pays back.",
                              nullptr, result->bestCycleYears));
    } else if (result->replaceNow->paybackYears) {
        m_payback->setText(
                tr("Best: replace every %1. Replacing the old device now pays back in year %2.")
                        .arg(tr("%n year(s)", nullptr, result->bestCycleYears))
                        .arg(*result->replaceNow->paybackYears));
    } else {
        m_payback->setText(tr("Best: replace every %1. Replacing the old device now never pays "
                              "back within %2 years.")
                                   .arg(tr("%n year(s)", nullptr, result->bestCycleYears))
                                   .arg(lca::RefreshCycleAnalysis::kPaybackLimitYears));
    }
}

} // namespace carbonlabel
