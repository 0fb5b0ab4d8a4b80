#pragma once

#include "ui/analysisview.h"

class QLabel;

namespace carbonlabel {

class WhereRunModel;

// Where to run it: the profile's data-centre and AI parts on every regional grid, lowest first,
// with the saving against the profile's own grid.
class WhereRunView : public AnalysisView
{
    Q_OBJECT

public:
    explicit WhereRunView(ProfileDocument *document, QWidget *parent = nullptr);

    WhereRunModel *model() const { return m_model; }
    void retranslateUi() override;

protected:
    void run() override;

private:
    void showResult();

    WhereRunModel *m_model;
    QLabel *m_baseline;
};

} // namespace carbonlabel
