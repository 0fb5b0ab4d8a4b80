#pragma once

#include "ui/translatedwidget.h"

class QLabel;
class QTabWidget;

namespace carbonlabel {

class ProfileDocument;
class RefreshView;
class UncertaintyView;
class WhereRunView;

// The Analyses tab: uncertainty, refresh cycles and where to run, each in its own tab, under a
// note that says when they show the last valid profile's results because the current one has
// problems (the footprint panel greys its total for the same reason).
class AnalysesPage : public TranslatedWidget
{
    Q_OBJECT

public:
    explicit AnalysesPage(ProfileDocument *document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    UncertaintyView *uncertaintyView() const { return m_uncertainty; }
    RefreshView *refreshView() const { return m_refresh; }
    WhereRunView *whereRunView() const { return m_whereRun; }
    void retranslateUi() override;

private:
    void updateStale();

    ProfileDocument *m_document;
    QLabel *m_staleNote;
    QTabWidget *m_tabs;
    UncertaintyView *m_uncertainty;
    RefreshView *m_refresh;
    WhereRunView *m_whereRun;
};

} // namespace carbonlabel
