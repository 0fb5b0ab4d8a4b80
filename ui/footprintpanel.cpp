#include "ui/footprintpanel.h"

#include "core/base/numbertext.h"
#include "core/document/contributionsmodel.h"
#include "core/document/diagnosticsmodel.h"
#include "core/document/profiledocument.h"
#include "core/document/stagetotalsmodel.h"
#include "core/profile/fieldnames.h"
#include "ui/peerbandview.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace carbonlabel {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setAlternatingRowColors(true);
    return view;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

FootprintPanel::FootprintPanel(ProfileDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stages(new StageTotalsModel(document, this))
    , m_contributions(new ContributionsModel(document, this))
    , m_problems(new DiagnosticsModel(document, this))
    , m_product(new QLabel(this))
    , m_functionalUnit(new QLabel(this))
    , m_totalCaption(new QLabel(this))
    , m_total(new QLabel(this))
    , m_unit(new QLabel(this))
    , m_status(new QLabel(this))
    , m_offsets(new QLabel(this))
    , m_stagesTitle(sectionTitle(this))
    , m_contributorsTitle(sectionTitle(this))
    , m_problemsTitle(sectionTitle(this))
    , m_chart(new QChartView(this))
    , m_series(new QPieSeries(this))
    , m_stageView(makeTable(this, QStringLiteral("stageTable")))
    , m_peers(new PeerBandView(this))
    , m_contributionView(makeTable(this, QStringLiteral("contributorsTable")))
    , m_problemView(makeTable(this, QStringLiteral("problemsTable")))
{
    setObjectName(QStringLiteral("footprintPanel"));
    m_product->setObjectName(QStringLiteral("productName"));
    m_product->setWordWrap(true);
    m_functionalUnit->setObjectName(QStringLiteral("functionalUnit"));
    m_functionalUnit->setWordWrap(true);
    m_totalCaption->setObjectName(QStringLiteral("totalCaption"));
    m_total->setObjectName(QStringLiteral("totalValue"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unit->setObjectName(QStringLiteral("totalUnit"));
    m_status->setObjectName(QStringLiteral("staleNote"));
    m_status->setWordWrap(true);
    m_offsets->setObjectName(QStringLiteral("offsetsLine"));
    m_offsets->setWordWrap(true);

    // The stage chart: a ring in the stages' colours, beside the stage table that is its legend.
    m_series->setHoleSize(0.58);
    m_series->setPieSize(0.92);
    for (lca::Stage stage : lca::kAllStages) {
        auto *slice = m_series->append(QString(), 0.0);
        slice->setColor(StageTotalsModel::color(stage));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(1);
    }
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setChart(chart);
    m_chart->setObjectName(QStringLiteral("stageChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setFixedSize(112, 112);
    m_chart->setStyleSheet(QStringLiteral("background: transparent"));

    m_stageView->setModel(m_stages);
    m_stageView->setSelectionMode(QAbstractItemView::NoSelection);
    m_stageView->setFocusPolicy(Qt::NoFocus);
    m_stageView->setAlternatingRowColors(false);
    m_stageView->horizontalHeader()->hide();
    m_stageView->horizontalHeader()->setSectionResizeMode(StageTotalsModel::StageColumn,
                                                          QHeaderView::Stretch);
    m_stageView->horizontalHeader()->setSectionResizeMode(StageTotalsModel::KgCo2e,
                                                          QHeaderView::ResizeToContents);
    m_stageView->horizontalHeader()->setSectionResizeMode(StageTotalsModel::Share,
                                                          QHeaderView::ResizeToContents);
    m_stageView->setFrameShape(QFrame::NoFrame);
    m_stageView->setFixedHeight(
            m_stageView->verticalHeader()->defaultSectionSize() * lca::kStageCount + 2);
    m_stageView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stageView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_contributionView->setModel(m_contributions);
    QHeaderView *ch = m_contributionView->horizontalHeader();
    ch->setSectionResizeMode(ContributionsModel::Source, QHeaderView::Stretch);
    ch->setSectionResizeMode(ContributionsModel::KgCo2e, QHeaderView::ResizeToContents);
    ch->setSectionResizeMode(ContributionsModel::Share, QHeaderView::ResizeToContents);
    m_contributionView->setColumnHidden(ContributionsModel::Stage, true);
    m_contributionView->setColumnHidden(ContributionsModel::Factor, true);
    // One click jumps to the field (Enter too); whether a style activates on a single click
    // varies, so both are connected and a repeated jump is harmless.
    const auto jumpToContribution = [this](const QModelIndex &index) {
        emit pathActivated(index.data(ContributionsModel::PathRole).toString());
    };
    connect(m_contributionView, &QTableView::clicked, this, jumpToContribution);
    connect(m_contributionView, &QTableView::activated, this, jumpToContribution);

    m_problemView->setModel(m_problems);
    m_problemView->setColumnHidden(DiagnosticsModel::Location, true);
    m_problemView->setColumnHidden(DiagnosticsModel::Message, true);
    m_problemView->horizontalHeader()->hide();
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->setWordWrap(true);
    m_problemView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto jumpToProblem = [this](const QModelIndex &index) {
        emit pathActivated(index.data(DiagnosticsModel::PathRole).toString());
    };
    connect(m_problemView, &QTableView::clicked, this, jumpToProblem);
    connect(m_problemView, &QTableView::activated, this, jumpToProblem);

    auto *totalRow = new QHBoxLayout;
    totalRow->setSpacing(8);
    totalRow->addWidget(m_total, 0, Qt::AlignBaseline);
    totalRow->addWidget(m_unit, 0, Qt::AlignBaseline);
    totalRow->addStretch();
    // The ring sits beside the total and the stage table below is its legend.
    auto *totalBlock = new QVBoxLayout;
    totalBlock->setSpacing(2);
    totalBlock->addWidget(m_product);
    totalBlock->addWidget(m_functionalUnit);
    totalBlock->addSpacing(6);
    totalBlock->addWidget(m_totalCaption);
    totalBlock->addLayout(totalRow);
    totalBlock->addStretch();
    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    head->addLayout(totalBlock, 1);
    head->addWidget(m_chart, 0, Qt::AlignTop | Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(head);
    layout->addWidget(m_status);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("footprintEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_offsets);
    layout->addSpacing(4);
    layout->addWidget(m_stagesTitle);
    layout->addWidget(m_stageView);
    layout->addSpacing(4);
    layout->addWidget(m_peers);
    layout->addSpacing(4);
    layout->addWidget(m_contributorsTitle);
    layout->addWidget(m_contributionView, 1);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problemView, 0);

    connect(document, &ProfileDocument::evaluated, this, &FootprintPanel::refresh);
    connect(document, &ProfileDocument::profileReset, this, &FootprintPanel::refresh);
    retranslateUi();
}

void FootprintPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FootprintPanel::retranslateUi()
{
    m_totalCaption->setText(tr("Carbon footprint, cradle to grave"));
    m_unit->setText(tr("kg CO₂e"));
    m_stagesTitle->setText(tr("Lifecycle stages"));
    m_contributorsTitle->setText(tr("Largest contributors"));
    m_stages->retranslate();
    m_contributions->retranslate();
    m_problems->retranslate();
    m_peers->retranslateUi();
    refresh();
}

void FootprintPanel::refresh()
{
    const Profile &p = m_document->profile();
    const QString language = FieldNames::language();
    const QString name = p.product.name.text(language);
    m_product->setText(name.isEmpty() ? tr("Unnamed product") : name);
    const QString unit = p.product.functionalUnit.text(language);
    m_functionalUnit->setText(unit);
    m_functionalUnit->setVisible(!unit.isEmpty());

    const Evaluation &shown = m_document->lastValidEvaluation();
    const bool stale = m_document->isStale();
    const bool any = shown.ok();
    // A new, empty profile has nothing to count: say what to do, not "0 kg" and "No problems".
    const bool nothing = any && shown.result.total() == 0.0 && m_contributions->rowCount() == 0;
    m_empty->setText(tr("Nothing counted yet. Add the product's parts on the Materials tab, or "
                        "a use phase or a digital service, and the footprint appears here."));
    m_empty->setVisible(nothing);
    for (QWidget *w : std::initializer_list<QWidget *>{m_stagesTitle, m_stageView, m_chart})
        w->setVisible(!nothing);
    m_total->setText(any && !nothing ? NumberText::kg(shown.result.total()) : QStringLiteral("—"));
    m_total->setProperty("stale", stale);
    m_total->style()->unpolish(m_total);
    m_total->style()->polish(m_total);
    const int errors = m_document->errorCount();
    if (stale) {
        m_status->setText(any ? tr("Not up to date: %n problem(s) in the profile. Fix the marked "
                                   "fields to see the footprint again.",
                                   nullptr, errors)
                              : tr("%n problem(s) in the profile. Fix the marked fields to see the "
                                   "footprint.",
                                   nullptr, errors));
    }
    m_status->setVisible(stale);

    const lca::FootprintResult &r = shown.result;
    QStringList offsets;
    if (r.offsetsKg > 0.0) {
        offsets << tr("Offsets: %1 kg CO₂e, shown beside the total, never subtracted.")
                           .arg(NumberText::kg(r.offsetsKg));
        if (r.carbonNeutral)
            offsets << tr("Carbon neutral: certified offsets cover the whole footprint.");
    }
    if (r.endOfLifeCreditsKg < 0.0)
        offsets << tr("Recycling credits: %1 kg CO₂e, reported apart.")
                           .arg(NumberText::kg(r.endOfLifeCreditsKg));
    m_offsets->setText(offsets.join(QLatin1Char(' ')));
    m_offsets->setVisible(!offsets.isEmpty() && any);

    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size() && i < lca::kStageCount; ++i)
        slices[i]->setValue(any ? r.stage(lca::kAllStages[static_cast<std::size_t>(i)]) : 0.0);
    m_chart->setEnabled(!stale);
    m_peers->setComparison(any ? shown.benchmark : std::nullopt, stale);

    const int problems = m_problems->rowCount();
    m_problemsTitle->setText(
            problems == 0 ? tr("No problems")
                          : tr("Problems: %1, %2")
                                    .arg(tr("%n error(s)", nullptr, m_problems->errorCount()),
                                         tr("%n warning(s)", nullptr, m_problems->warningCount())));
    m_problemView->setVisible(problems > 0);
    m_problemsTitle->setVisible(!nothing || problems > 0);
    // As tall as its problems, up to nine lines of them (a wrapped message takes two or three);
    // the contributors take the rest.
    m_problemView->resizeRowsToContents();
    int height = 2 * m_problemView->frameWidth();
    for (int row = 0; row < problems; ++row)
        height += m_problemView->rowHeight(row);
    const int line = m_problemView->fontMetrics().lineSpacing();
    m_problemView->setFixedHeight(std::clamp(height, line + 8, 9 * line + 12));
    m_contributorsTitle->setVisible(any && !nothing);
    m_contributionView->setVisible(any && !nothing);
}

} // namespace carbonlabel
