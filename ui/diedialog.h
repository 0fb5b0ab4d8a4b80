#pragma once

#include "core/evaluation/logicdieestimate.h"
#include "ui/formdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace carbonlabel {

class FactorLibrary;
class ProfileDocument;

// A processor, GPU or other logic die from its datasheet figures (area, process node, fab),
// by ACT's per-area model, as `carbonlabel-cli die` computes it: the result shows as it is
// typed, and "Add to materials" keeps it as a user factor and adds a materials line of one
// piece with it (one undo step), so the profile cites the die's own figure.
class DieDialog : public FormDialog
{
    Q_OBJECT

public:
    DieDialog(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    void accept() override;
    void retranslateUi() override;
    // The request the fields make, when each is a valid value; nullopt after marking the
    // wrong ones.
    std::optional<LogicDieEstimate::Request> request();

private:
    void update();

    ProfileDocument *m_document;
    FactorLibrary *m_library;
    QLineEdit *m_part;
    QLineEdit *m_area;
    QComboBox *m_node;
    QLineEdit *m_grid;
    QLabel *m_gridCaption;
    QComboBox *m_abatement;
    QLineEdit *m_yield;
    QSpinBox *m_packages;
    QLabel *m_result;
    LogicDieEstimate::Result m_estimate;
};

} // namespace carbonlabel
