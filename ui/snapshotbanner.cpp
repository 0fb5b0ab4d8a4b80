#include "ui/snapshotbanner.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>

namespace carbonlabel {

SnapshotBanner::SnapshotBanner(ProfileDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_text(new QLabel(this))
    , m_review(new QToolButton(this))
{
    setObjectName(QStringLiteral("snapshotBanner"));
    m_text->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("reviewSnapshot"));
    m_review->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_review);
    m_review->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &SnapshotBanner::fillMenu);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_review);
    connect(document, &ProfileDocument::evaluated, this, &SnapshotBanner::refresh);
    connect(document, &ProfileDocument::snapshotChanged, this, &SnapshotBanner::refresh);
    retranslateUi();
}

void SnapshotBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SnapshotBanner::retranslateUi()
{
    m_review->setText(tr("Review…"));
    refresh();
}

void SnapshotBanner::refresh()
{
    const int n = static_cast<int>(m_document->snapshotDifferences().size());
    setVisible(n > 0);
    m_text->setText(
            tr("%n factor(s) in the database differ from the values recorded in this profile. "
               "The footprint uses the database's values; update the record one factor at a time.",
               nullptr, n));
}

void SnapshotBanner::fillMenu()
{
    QMenu *menu = m_review->menu();
    menu->clear();
    const bool zh = FieldNames::language() == QLatin1String("zh");
    for (const ProfileDocument::SnapshotDifference &d : m_document->snapshotDifferences()) {
        const auto factor = m_document->factor(d.factorId);
        const QString name = factor ? (zh ? factor->nameZh : factor->nameEn) : d.factorId;
        QAction *a
                = menu->addAction(tr("Update %1: %2 → %3 %4")
                                          .arg(name, NumberText::display(d.snapshotValue),
                                               NumberText::display(d.currentValue), d.currentUnit));
        const QString id = d.factorId;
        connect(a, &QAction::triggered, this, [this, id] { m_document->updateSnapshot(id); });
    }
    menu->addSeparator();
    menu->addAction(tr("Update all"), this, [this] {
        m_document->undoStack()->beginMacro(tr("Update all factors"));
        for (const ProfileDocument::SnapshotDifference &d : m_document->snapshotDifferences())
            m_document->updateSnapshot(d.factorId);
        m_document->undoStack()->endMacro();
    });
}

} // namespace carbonlabel
