#include "ui/translatedwidget.h"

#include <QEvent>

namespace carbonlabel {

TranslatedWidget::TranslatedWidget(QWidget *parent)
    : QWidget(parent)
{ }

void TranslatedWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace carbonlabel
