#pragma once

#include "ui/formdialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace carbonlabel {

class FactorLibrary;

// The program's settings (core/settings.h): language, the grid new profiles start with, the
// default label, autosave. Applied on OK; the language changes the open window at once.
class SettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(FactorLibrary *library, QWidget *parent = nullptr);

    void accept() override;
    void retranslateUi() override;

private:
    QGroupBox *m_general;
    QGroupBox *m_label;
    QGroupBox *m_autosave;
    QComboBox *m_language;
    QLineEdit *m_grid;
    QLabel *m_gridCaption;
    QComboBox *m_kind;
    QComboBox *m_labelLanguage;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QCheckBox *m_autosaveEnabled;
    QSpinBox *m_interval;
};

} // namespace carbonlabel
