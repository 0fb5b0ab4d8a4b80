#include "ui/analysisview.h"

#include "core/document/profiledocument.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace carbonlabel {

AnalysisView::AnalysisView(ProfileDocument *document, QWidget *parent)
    : TranslatedWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(kRefreshDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AnalysisView::refresh);
    connect(document, &ProfileDocument::evaluated, this, &AnalysisView::markDirty);
}

void AnalysisView::setTitle(const char *title)
{
    m_titleText = title;
}

void AnalysisView::translateTitle()
{
    // In the view's own context, as its tr() would translate it.
    m_title->setText(QCoreApplication::translate(metaObject()->className(), m_titleText));
}

void AnalysisView::markDirty()
{
    m_dirty = true;
    if (isVisible())
        m_timer.start();
}

void AnalysisView::refresh()
{
    m_timer.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    run();
}

void AnalysisView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_timer.start(0);
}

void AnalysisView::setUpTable(QTableView *table, QAbstractItemModel *model,
                              const QString &objectName, int stretchColumn)
{
    table->setModel(model);
    table->setObjectName(objectName);
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

QChart *AnalysisView::setUpChart(QChartView *view, const QString &objectName, int minimumHeight)
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setObjectName(objectName);
    return chart;
}

} // namespace carbonlabel
