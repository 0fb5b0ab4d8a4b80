#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace carbonlabel {

class FactorLibrary;

// The program's settings (core/settings.h): language, the grid new profiles start with, the
// default label, autosave. Applied on OK; the language changes the open window at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(FactorLibrary *library, QWidget *parent = nullptr);

    void accept() override;
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *m_general;
    QGroupBox *m_label;
    QGroupBox *m_autosave;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_gridLabel;
    QLineEdit *m_grid;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_labelLanguageLabel;
    QComboBox *m_labelLanguage;
    QLabel *m_sizeLabel;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QCheckBox *m_autosaveEnabled;
    QLabel *m_intervalLabel;
    QSpinBox *m_interval;
    QDialogButtonBox *m_buttons;
};

} // namespace carbonlabel
