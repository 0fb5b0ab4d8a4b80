#include "ui/factoredit.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"
#include "ui/factorcompleter.h"
#include "ui/fieldedit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace carbonlabel {

FactorEdit::FactorEdit(ProfileDocument *document, FactorLibrary *library, const QString &path,
                       const QString &denominator, QWidget *parent)
    : TranslatedWidget(parent)
    , m_document(document)
    , m_edit(new FieldEdit(document, path, this))
    , m_caption(new QLabel(this))
    , m_update(new QToolButton(this))
{
    m_edit->setCommitOnEdit(false);
    auto *completer = new FactorCompleter(library, m_edit, denominator);
    connect(completer, &FactorCompleter::factorChosen, m_edit, [this] { m_edit->commit(); });

    m_caption->setObjectName(QStringLiteral("factorCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_update->setObjectName(QStringLiteral("updateFactor"));
    m_update->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_update, &QToolButton::clicked, this,
            [this] { m_document->updateSnapshot(m_document->fieldText(m_edit->path())); });

    auto *captionRow = new QHBoxLayout;
    captionRow->setContentsMargins(0, 0, 0, 0);
    captionRow->addWidget(m_caption, 1);
    captionRow->addWidget(m_update, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addLayout(captionRow);

    connect(document, &ProfileDocument::evaluated, this, &FactorEdit::refreshCaption);
    connect(document, &ProfileDocument::snapshotChanged, this, &FactorEdit::refreshCaption);
    retranslateUi();
}

void FactorEdit::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Search in English or Chinese…"));
    m_edit->setDisplayName([this](const QString &id) {
        const auto factor = m_document->factor(id);
        return factor ? factor->name(FieldNames::language()) : QString();
    });
    m_update->setText(tr("Use current value"));
    m_update->setToolTip(tr("Record the database's current value in this profile"));
    refreshCaption();
}

void FactorEdit::refreshCaption()
{
    const QString id = m_document->fieldText(m_edit->path());
    const auto factor = m_document->factor(id);
    const auto difference = m_document->snapshotDifference(id);
    m_update->setVisible(difference.has_value());
    if (!factor) {
        m_caption->setVisible(false);
        return;
    }
    // The field shows the name; the caption the value and the id, as a report cites them.
    QString text = QStringLiteral("%1 %2 · %3")
                           .arg(NumberText::display(factor->value), factor->unit, id);
    if (difference) {
        text = tr("%1 — changed: this profile recorded %2 %3 (dataset %4)")
                       .arg(text, NumberText::display(difference->snapshotValue),
                            difference->snapshotUnit, difference->snapshotDatasetVersion);
        m_caption->setProperty("changed", true);
    } else {
        m_caption->setProperty("changed", false);
    }
    m_caption->setText(text);
    m_caption->setToolTip(
            QStringLiteral("%1\n%2\n%3").arg(factor->nameEn, factor->nameZh, factor->source));
    m_caption->setVisible(true);
    m_caption->style()->unpolish(m_caption);
    m_caption->style()->polish(m_caption);
}

} // namespace carbonlabel
