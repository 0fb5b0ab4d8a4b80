#include "ui/whererunview.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/document/whererunmodel.h"
#include "ui/emptystate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace carbonlabel {

WhereRunView::WhereRunView(ProfileDocument *document, QWidget *parent)
    : ModelAnalysisView(document, parent)
    , m_baseline(new QLabel(this))
    , m_empty(new EmptyState(QStringLiteral("whereRunEmptyState"), this))
{
    setObjectName(QStringLiteral("whereRunView"));
    setTitle(QT_TR_NOOP("Where to run it"));
    m_baseline->setObjectName(QStringLiteral("note"));
    m_baseline->setWordWrap(true);
    setUpTable(m_table, m_model, QStringLiteral("whereRunTable"), WhereRunModel::Grid);
    m_table->setWordWrap(false);
    m_table->setColumnHidden(WhereRunModel::Region, true); // the grid's name says where
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_baseline);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    m_empty->hide();
    retranslateUi();
}

void WhereRunView::showResult()
{
    const bool ranked = m_model->hasResult();
    m_table->setVisible(ranked);
    m_baseline->setVisible(ranked);
    m_empty->setVisible(!ranked);
    if (!ranked) {
        // Centred where the ranking would be, as the other analyses say they have nothing.
        m_empty->setTexts(m_model->problemTitle(), m_model->problem());
        m_baseline->clear();
        return;
    }
    const WhereRunResult &r = *m_model->result();
    m_baseline->setText(tr("The data-centre and AI parts emit %1 kg CO₂e on the profile's own grid "
                           "(%2, in bold). "
                           "Each row runs them on another grid instead; the network and the user's "
                           "device stay where they are.")
                                .arg(NumberText::kg(r.baselineKgCo2e),
                                     m_model->baselineGridNames().join(QStringLiteral(", ")))
                        + QLatin1Char('\n') + m_model->basisNote());
}

} // namespace carbonlabel
