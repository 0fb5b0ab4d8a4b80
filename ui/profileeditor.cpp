#include "ui/profileeditor.h"

#include "core/document/profiledocument.h"
#include "ui/digitalservicepage.h"
#include "ui/distributionpage.h"
#include "ui/endoflifepage.h"
#include "ui/manufacturingpage.h"
#include "ui/materialspage.h"
#include "ui/productpage.h"
#include "ui/snapshotbanner.h"
#include "ui/usepage.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>
#include <QVBoxLayout>

namespace carbonlabel {

namespace {

QIcon dot(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(4, 4, 8, 8));
    return QIcon(pixmap);
}

} // namespace

ProfileEditor::ProfileEditor(ProfileDocument *document, FactorLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_banner(new SnapshotBanner(document, this))
{
    setObjectName(QStringLiteral("profileEditor"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_pages = {new ProductPage(document, library),       new MaterialsPage(document, library),
               new ManufacturingPage(document, library), new DistributionPage(document, library),
               new UsePage(document, library),           new DigitalServicePage(document, library),
               new EndOfLifePage(document, library)};
    for (EditorPage *page : std::as_const(m_pages))
        m_tabs->addTab(page, page->title());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    connect(document, &ProfileDocument::evaluated, this, &ProfileEditor::refreshTabs);
    refreshTabs();
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEditor::retranslateUi()
{
    refreshTabs();
}

void ProfileEditor::refreshTabs()
{
    static const QIcon error = dot(QColor(0xc6, 0x28, 0x28));
    for (int i = 0; i < m_pages.size(); ++i) {
        EditorPage *page = m_pages[i];
        int errors = 0;
        for (const Diagnostic &d : m_document->diagnostics())
            errors += d.isError() && page->covers(d.path) ? 1 : 0;
        m_tabs->setTabText(i, page->title());
        m_tabs->setTabIcon(i, errors > 0 ? error : QIcon());
        m_tabs->setTabToolTip(
                i, errors > 0 ? tr("%n problem(s) on this page", nullptr, errors) : QString());
    }
}

bool ProfileEditor::focusPath(const QString &path)
{
    for (EditorPage *page : std::as_const(m_pages)) {
        if (page->covers(path)) {
            m_tabs->setCurrentWidget(page);
            return page->focusPath(path);
        }
    }
    return false;
}

} // namespace carbonlabel
