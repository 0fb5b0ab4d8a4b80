#include "ui/emptystate.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace carbonlabel {

EmptyState::EmptyState(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(objectName);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    QPalette muted = m_text->palette();
    muted.setColor(QPalette::WindowText, QColor(0x5f, 0x63, 0x68));
    m_text->setPalette(muted);
    muted.setColor(QPalette::WindowText, QColor(0x3c, 0x40, 0x43));
    m_title->setPalette(muted);
    for (QLabel *label : {m_title, m_text}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    layout->setSpacing(8);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void EmptyState::resizeEvent(QResizeEvent *event)
{
    // A short measure reads better than a line across a wide panel: the texts keep to the
    // middle kMeasure pixels (the labels take the layout's whole width, so that they wrap).
    const int side = std::max(kMargin, (width() - kMeasure) / 2);
    layout()->setContentsMargins(side, kMargin, side, kMargin);
    QWidget::resizeEvent(event);
}

void EmptyState::setTexts(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace carbonlabel
