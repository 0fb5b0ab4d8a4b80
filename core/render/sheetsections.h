#pragma once

#include "core/render/labelfacts.h"
#include "core/render/labelpainter.h"
#include "core/render/sheetflow.h"
#include "core/render/sheettext.h"
#include "lca/montecarlo.h"

namespace carbonlabel {

struct Evaluation;

// The product sheet's sections, each added to the flow as blocks: what the sheet says, apart
// from how pages are cut (SheetFlow) and how the document is set up (SheetRenderer).
class SheetSections
{
public:
    SheetSections(const Evaluation &evaluation, const LabelFacts &facts, const SheetText &text,
                  const LabelPainter &lp, SheetFlow &flow);

    // Title, product, the total with its range and the badge's facts, the stage bar.
    void addSummary(const lca::MonteCarloResult *uncertainty);
    void addStages();
    void addUncertainty(const lca::MonteCarloResult &uncertainty);
    void addContributors();
    void addAssumptions();
    void addFactors();
    void addMethodology(bool withUncertainty);

private:
    QString kg(double value) const; // by the number policy, with the unit
    QString share(double value) const;
    double summaryPanel(QPainter *p, double top, const lca::MonteCarloResult *uncertainty) const;

    const Evaluation &m_evaluation;
    const LabelFacts &m_facts;
    const SheetText &m_text;
    const LabelPainter &m_lp;
    SheetFlow &m_flow;
};

} // namespace carbonlabel
