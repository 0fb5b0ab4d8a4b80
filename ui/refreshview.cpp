#include "ui/refreshview.h"

#include "core/base/axisticks.h"
#include "core/base/numbertext.h"
#include "core/document/refreshcyclemodel.h"
#include "ui/emptystate.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

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

// Okabe & Ito's palette for colour-blind readers (https://jfly.uni-koeln.de/color/), without
// its yellow, which is too light on white; black last.
const QColor kLineColors[]
        = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
           QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7),
           QColor(0x00, 0x00, 0x00)};
constexpr int kColorCount = int(std::size(kLineColors));
// A shape per line as well, so that two lines never differ by colour alone.
const QScatterSeries::MarkerShape kMarkerShapes[]
        = {QScatterSeries::MarkerShapeCircle,   QScatterSeries::MarkerShapeRectangle,
           QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeRotatedRectangle,
           QScatterSeries::MarkerShapePentagon, QScatterSeries::MarkerShapeStar};
constexpr int kShapeCount = int(std::size(kMarkerShapes));
// Beyond this many lines their names would not fit beside their ends: a legend instead.
constexpr int kMaxEndLabels = 8;

// Line i's colour and shape; past the palette the shapes shift, so no two lines look alike.
QColor lineColor(int i)
{
    return kLineColors[i % kColorCount];
}

QScatterSeries::MarkerShape markerShape(int i)
{
    return kMarkerShapes[(i + i / kColorCount) % kShapeCount];
}

// The axis ticks at `t`'s round values, labelled with the decimals they need.
void setTicks(QValueAxis *axis, const AxisTicks &t, double min, double max)
{
    axis->setRange(min, max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(t.min);
    axis->setTickInterval(t.step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(t.decimals));
}

} // namespace

RefreshView::RefreshView(ProfileDocument *document, QWidget *parent)
    : ModelAnalysisView(document, parent)
    , m_inputs(new QWidget(this))
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
    , m_empty(new EmptyState(QStringLiteral("refreshEmptyState"), this))
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

    QChart *chart = setUpChart(m_chart, QStringLiteral("refreshChart"), 200);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    connect(chart, &QChart::plotAreaChanged, this, &RefreshView::placeEndLabels);
    setUpTable(m_table, m_model, QStringLiteral("refreshTable"), RefreshCycleModel::Cycle);

    m_inputs->setObjectName(QStringLiteral("refreshInputs"));
    auto *inputs = new QGridLayout(m_inputs);
    inputs->setContentsMargins(0, 0, 0, 0);
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
    layout->addWidget(m_inputs);
    layout->addWidget(m_assumptions);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_payback);
    layout->addWidget(m_empty, 5);
    m_empty->hide();
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

void RefreshView::clearChart()
{
    m_chart->chart()->removeAllSeries();
    for (const EndLabel &l : std::as_const(m_endLabels))
        delete l.item;
    m_endLabels.clear();
}

void RefreshView::showEmpty(const QString &title, const QString &text, bool showInputs)
{
    clearChart();
    for (QWidget *w : std::initializer_list<QWidget *>{m_chart, m_table, m_payback, m_assumptions})
        w->hide();
    m_inputs->setVisible(showInputs);
    m_empty->setTexts(title, text);
    m_empty->show();
    m_payback->clear();
}

void RefreshView::showResult()
{
    const auto &result = m_model->result();
    if (!result) {
        // The profile's problems or, in principle, inputs out of range (the boxes are kept
        // within the horizon): the inputs stay to be changed.
        showEmpty(QString(), m_model->problem(), true);
        return;
    }
    const RefreshProfileValues &v = m_model->values();
    if (!v.hasDevice()) {
        showEmpty(RefreshProfileValues::noDeviceTitle(), RefreshProfileValues::noDeviceText(),
                  false);
        return;
    }
    m_empty->hide();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_inputs, m_chart, m_table, m_payback, m_assumptions})
        w->show();
    m_assumptions->setText(tr("New device: %1 kg CO₂e to make, ship and dispose of; %2 kWh a year "
                              "on a grid of %3 kg CO₂e/kWh.")
                                   .arg(NumberText::kg(v.embodiedKg),
                                        NumberText::quantity(v.annualEnergyKwh),
                                        NumberText::quantity(v.gridKgPerKwh)));
    showChart();
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

void RefreshView::showChart()
{
    QChart *chart = m_chart->chart();
    clearChart();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const lca::RefreshCycleResult &result = *m_model->result();
    const int horizon = m_model->inputs().horizonYears;

    auto *x = new QValueAxis;
    x->setTitleText(tr("year", "chart axis: the nth year of service"));
    // Years are whole: ticks on round years from the first year to the horizon.
    setTicks(x, AxisTicks::nice(1.0, horizon, 6, 1.0), 1.0, std::max(2, horizon));
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setTitleText(tr("kg CO₂e, cumulative"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    double top = 0.0;
    const int count = static_cast<int>(result.strategies.size());
    const bool endLabels = count <= kMaxEndLabels;
    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    QFont bestFont = labelFont;
    bestFont.setWeight(QFont::Bold);
    int labelWidth = 0;
    for (int i = 0; i < count; ++i) {
        const lca::RefreshStrategy &s = result.strategies[static_cast<std::size_t>(i)];
        const bool best = s.cycleYears == result.bestCycleYears;
        const QColor color = lineColor(i);
        auto *series = new QLineSeries;
        series->setName(tr("every %n year(s)", nullptr, s.cycleYears));
        for (std::size_t year = 0; year < s.cumulativeKg.size(); ++year) {
            series->append(static_cast<double>(year + 1), s.cumulativeKg[year]);
            top = std::max(top, s.cumulativeKg[year]);
        }
        QPen pen(color);
        pen.setWidthF(best ? 3.0 : 1.6);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);

        // A marker where a device is bought: the year's total includes it.
        auto *purchases = new QScatterSeries;
        purchases->setName(series->name());
        purchases->setMarkerShape(markerShape(i));
        purchases->setMarkerSize(best ? 10.0 : 8.0);
        purchases->setColor(color);
        purchases->setBorderColor(Qt::white);
        for (const int t : s.purchaseYears)
            purchases->append(t + 1.0, s.cumulativeKg[static_cast<std::size_t>(t)]);
        chart->addSeries(purchases);
        purchases->attachAxis(x);
        purchases->attachAxis(y);
        // The legend (when shown) names the line with its marker's shape; the line itself
        // has no entry of its own.
        chart->legend()->markers(series).constFirst()->setVisible(false);

        if (endLabels) {
            auto *item = new QGraphicsSimpleTextItem(series->name(), chart);
            item->setFont(best ? bestFont : labelFont);
            // The palette's light colours are darkened a little to read as text.
            item->setBrush(color.lightnessF() > 0.45 ? color.darker(135) : color);
            item->setZValue(10);
            labelWidth = std::max(labelWidth, int(item->boundingRect().width()));
            m_endLabels.append({item, series});
        }
    }
    // Round ticks from 0 over the highest total (0 to 400 for a top of 333 kg).
    const AxisTicks ticks = AxisTicks::nice(0.0, top > 0.0 ? top : 1.0, 5);
    setTicks(y, ticks, ticks.min, ticks.max);
    chart->legend()->setVisible(!endLabels);
    // Room on the right for the names beside the lines' ends.
    chart->setMargins(QMargins(0, 0, endLabels ? labelWidth + 10 : 0, 0));
    placeEndLabels();
}

void RefreshView::placeEndLabels()
{
    if (m_endLabels.isEmpty())
        return;
    QChart *chart = m_chart->chart();
    const QRectF plot = chart->plotArea();
    struct Place
    {
        int index;
        double y;
    };
    QList<Place> places;
    double height = 0.0;
    for (int i = 0; i < m_endLabels.size(); ++i) {
        const EndLabel &l = m_endLabels[i];
        const QList<QPointF> points = l.series->points();
        if (points.isEmpty())
            continue;
        places.append({i, chart->mapToPosition(points.constLast(), l.series).y()});
        height = std::max(height, l.item->boundingRect().height());
    }
    // Top to bottom, each at least a line below the one above, then the whole column moved
    // up if it runs past the plot's foot.
    std::sort(places.begin(), places.end(),
              [](const Place &a, const Place &b) { return a.y < b.y; });
    for (int i = 1; i < places.size(); ++i)
        places[i].y = std::max(places[i].y, places[i - 1].y + height);
    const double overflow = places.isEmpty() ? 0.0 : places.constLast().y - plot.bottom();
    for (int i = int(places.size()) - 1; i >= 0 && overflow > 0.0; --i) {
        const double limit = plot.bottom() - (int(places.size()) - 1 - i) * height;
        places[i].y = std::min(places[i].y, limit);
    }
    for (const Place &p : places) {
        QGraphicsSimpleTextItem *item = m_endLabels[p.index].item;
        item->setPos(plot.right() + 6, p.y - item->boundingRect().height() / 2);
    }
}

} // namespace carbonlabel
