#pragma once

#include "core/document/whererunmodel.h"

#include "ui/modelanalysisview.h"

class QLabel;

namespace carbonlabel {

class EmptyState;

// Where to run it: the profile's data-centre and AI parts on the grids of one basis, lowest first,
// with the saving against the profile's own grid.
class WhereRunView : public ModelAnalysisView<WhereRunModel>
{
    Q_OBJECT

public:
    explicit WhereRunView(ProfileDocument *document, QWidget *parent = nullptr);

protected:
    void showResult() override;

private:
    QLabel *m_baseline;
    EmptyState *m_empty;
};

} // namespace carbonlabel
