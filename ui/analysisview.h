#pragma once

#include <QTimer>
#include <QWidget>

namespace carbonlabel {

class ProfileDocument;

// A view of an analysis that costs more than the footprint (Monte Carlo, refresh cycles,
// where to run): it runs again only while shown, a moment after the profile last changed.
class AnalysisView : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisView(ProfileDocument *document, QWidget *parent = nullptr);

    // Runs now if the profile changed since the last run.
    void refresh();
    virtual void retranslateUi() = 0;

protected:
    virtual void run() = 0;
    void markDirty();
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

    ProfileDocument *m_document;

private:
    QTimer m_timer;
    bool m_dirty = true;
};

} // namespace carbonlabel
