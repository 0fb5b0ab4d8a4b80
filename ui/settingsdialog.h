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
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language;
    QLabel *m_gridLabel = nullptr;
    QLineEdit *m_grid;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind;
    QLabel *m_labelLanguageLabel = nullptr;
    QComboBox *m_labelLanguage;
    QLabel *m_sizeLabel = nullptr;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QCheckBox *m_autosaveEnabled;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval;
};

} // namespace carbonlabel
