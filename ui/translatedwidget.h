#pragma once

#include <QWidget>

namespace carbonlabel {

// A widget whose texts are set by retranslateUi(), which it runs again when the language
// changes; a widget calls it at the end of its constructor.
class TranslatedWidget : public QWidget
{
    Q_OBJECT

public:
    // Sets every text in the current language.
    virtual void retranslateUi() = 0;

protected:
    explicit TranslatedWidget(QWidget *parent = nullptr);

    void changeEvent(QEvent *event) override;
};

} // namespace carbonlabel
