#pragma once

#include <QWidget>

class QLabel;

namespace carbonlabel {

// Where a view has nothing to show: a short title and what to do, centred in the space the
// result would take, in the muted colour of the program's empty lists.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QString &objectName, QWidget *parent = nullptr);

    // An empty title shows the text alone.
    void setTexts(const QString &title, const QString &text);
    QString title() const;
    QString text() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int kMargin = 24;
    static constexpr int kMeasure = 420;

    QLabel *m_title;
    QLabel *m_text;
};

} // namespace carbonlabel
