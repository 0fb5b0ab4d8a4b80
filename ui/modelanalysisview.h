#pragma once

#include "ui/analysisview.h"

namespace carbonlabel {

class ProfileDocument;

// An analysis view over its model (core/document): the model made for the view's document,
// run by the view, its result shown again after each run and, with the title and the view's
// texts, on a language change.
template<typename Model> class ModelAnalysisView : public AnalysisView
{
public:
    Model *model() const { return m_model; }

    void retranslateUi() override
    {
        translateTitle();
        retranslateTexts();
        m_model->retranslate();
        showResult();
    }

protected:
    ModelAnalysisView(ProfileDocument *document, QWidget *parent)
        : AnalysisView(document, parent)
        , m_model(new Model(document, this))
    { }

    // The view's texts but its title in the current language.
    virtual void retranslateTexts() { }
    // The model's result, or why there is none.
    virtual void showResult() = 0;
    void run() override
    {
        m_model->run();
        showResult();
    }

    Model *const m_model;
};

} // namespace carbonlabel
