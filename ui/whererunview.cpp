#include "ui/whererunview.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/document/whererunmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace carbonlabel {

WhereRunView::WhereRunView(ProfileDocument *document, QWidget *parent)
    : AnalysisView(document, parent)
    , m_model(new WhereRunModel(document, this))
    , m_title(new QLabel(this))
    , m_baseline(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("whereRunView"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_baseline->setObjectName(QStringLiteral("note"));
    m_baseline->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("whereRunTable"));
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhereRunModel::Grid, QHeaderView::Stretch);
    m_table->setColumnHidden(WhereRunModel::Region, true); // the grid's name says where
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_baseline);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void WhereRunView::retranslateUi()
{
    m_title->setText(tr("Where to run it"));
    m_model->retranslate();
    showResult();
}

void WhereRunView::run()
{
    m_model->run();
    showResult();
}

void WhereRunView::showResult()
{
    m_table->setVisible(m_model->hasResult());
    if (!m_model->hasResult()) {
        m_baseline->setText(m_model->problem());
        return;
    }
    const WhereRunResult &r = *m_model->result();
    m_baseline->setText(tr("The data-centre and AI parts emit %1 kg CO2e on the profile's own grid "
                           "(%2, in bold). "
                           "Each row runs them on another grid instead; the network and the user's "
                           "device stay where they are.")
                                .arg(NumberText::kg(r.baselineKgCo2e),
                                     r.baselineGrids.join(QStringLiteral(", "))));
}

} // namespace carbonlabel
