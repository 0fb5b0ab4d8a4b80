#include "ui/analysespage.h"

#include "core/document/profiledocument.h"
#include "ui/refreshview.h"
#include "ui/uncertaintyview.h"
#include "ui/whererunview.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace carbonlabel {

AnalysesPage::AnalysesPage(ProfileDocument *document, QWidget *parent)
    : TranslatedWidget(parent)
    , m_document(document)
    , m_staleNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_uncertainty(new UncertaintyView(document, this))
    , m_refresh(new RefreshView(document, this))
    , m_whereRun(new WhereRunView(document, this))
{
    setObjectName(QStringLiteral("analysesPage"));
    m_staleNote->setObjectName(QStringLiteral("analysisStaleNote"));
    m_staleNote->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("analysisTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_uncertainty, QString());
    m_tabs->addTab(m_refresh, QString());
    m_tabs->addTab(m_whereRun, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_staleNote);
    layout->addWidget(m_tabs, 1);
    connect(document, &ProfileDocument::evaluated, this, &AnalysesPage::updateStale);
    retranslateUi();
    updateStale();
}

void AnalysesPage::retranslateUi()
{
    m_staleNote->setText(tr("Not up to date: the profile has problems, so these results are "
                            "from before the last edit. Fix the marked fields to update them."));
    m_tabs->setTabText(0, tr("Uncertainty"));
    m_tabs->setTabText(1, tr("Refresh cycles"));
    m_tabs->setTabText(2, tr("Where to run"));
}

void AnalysesPage::updateStale()
{
    // Only when there is an earlier result to be out of date; an empty view says why itself.
    m_staleNote->setVisible(m_document->isStale() && m_document->lastValidEvaluation().ok());
}

} // namespace carbonlabel
