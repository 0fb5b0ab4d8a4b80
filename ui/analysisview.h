#pragma once

#include "ui/translatedwidget.h"
#include <QTimer>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QTableView;

namespace carbonlabel {

class ProfileDocument;

// A view of an analysis that costs more than the footprint (Monte Carlo, refresh cycles,
// where to run): it runs again only while shown, a moment after the profile last changed.
class AnalysisView : public TranslatedWidget
{
    Q_OBJECT

public:
    explicit AnalysisView(ProfileDocument *document, QWidget *parent = nullptr);

    // After an edit a shown view waits this long for the next keystroke before it runs, so
    // typing a number runs it once; short enough that it is refreshed within 100 ms of the edit
    // (bench_uncertaintyview: the run itself).
    static constexpr int kRefreshDelayMs = 40;

    // Runs now if the profile changed since the last run.
    void refresh();

protected:
    virtual void run() = 0;
    void markDirty();
    // The section's title: a text marked QT_TR_NOOP() in the view's class, shown in the
    // current language by translateTitle().
    void setTitle(const char *title);
    void translateTitle();
    // A result's table: read only, whole rows selected, no grid, alternate rows shaded, each
    // column as wide as its contents but `stretchColumn`, which takes the rest.
    static void setUpTable(QTableView *table, QAbstractItemModel *model, const QString &objectName,
                           int stretchColumn);
    // A new chart in `view`, without background or margins, drawn smoothly.
    static QChart *setUpChart(QChartView *view, const QString &objectName, int minimumHeight);
    void showEvent(QShowEvent *event) override;

    ProfileDocument *m_document;
    QLabel *m_title; // the section's title, first in its layout
    QTableView *m_table; // the result's table (setUpTable)

private:
    const char *m_titleText = "";
    QTimer m_timer;
    bool m_dirty = true;
};

} // namespace carbonlabel
