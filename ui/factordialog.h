#pragma once

#include "core/factors/factor.h"

#include "ui/formdialog.h"
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace carbonlabel {

class FactorLibrary;

// Adds a factor to the user layer, or edits one (a shipped factor is then overridden by a user
// copy with the same id). Checked with the same rules as a CSV import; each problem is shown
// at its field and the dialog stays open until they are fixed.
class FactorDialog : public FormDialog
{
    Q_OBJECT

public:
    // `factor` null: a new factor.
    FactorDialog(FactorLibrary *library, const Factor *factor, QWidget *parent = nullptr);

    Factor factor() const;
    void accept() override;
    void retranslateUi() override;

private:
    void mark(const QHash<QString, QString> &errors);

    FactorLibrary *m_library;
    bool m_editing;
    bool m_shipped;
    Factor m_original; // what the dialog does not show (grid basis) is kept from it
    QHash<QString, QWidget *> m_fields; // CSV column -> its editor
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_id;
    QComboBox *m_category;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QLineEdit *m_value;
    QComboBox *m_unit;
    QLineEdit *m_region;
    QLineEdit *m_year;
    QLineEdit *m_source;
    QLineEdit *m_sourceDetail;
    QLineEdit *m_gsd;
    QLineEdit *m_pedigree;
    QLineEdit *m_qualityNote;
    QLineEdit *m_qualityNoteZh;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_notesZh;
    QComboBox *m_component;
    QLabel *m_message;
};

} // namespace carbonlabel
