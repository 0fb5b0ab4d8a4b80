#include "ui/analysisview.h"

#include "core/document/profiledocument.h"

#include <QEvent>

namespace carbonlabel {

AnalysisView::AnalysisView(ProfileDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &AnalysisView::refresh);
    connect(document, &ProfileDocument::evaluated, this, &AnalysisView::markDirty);
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

void AnalysisView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace carbonlabel
