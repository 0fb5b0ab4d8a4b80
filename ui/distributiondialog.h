#pragma once

#include "core/profile/profile.h"
#include "ui/formdialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace carbonlabel {

class ProfileDocument;

// How uncertain a number is (docs/profile-format.md): fixed, triangular (min, mode = the value,
// max), lognormal (median = the value, GSD) or uniform (min, max). What is entered goes to the
// document as one undo step; the reader then checks it at the field like any value.
class DistributionDialog : public FormDialog
{
    Q_OBJECT

public:
    DistributionDialog(ProfileDocument *document, const QString &path, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateFields();
    // Checks the fields as they are typed: marks each wrong one at the field, says why below,
    // and enables OK only for a value the reader would accept (then returned).
    std::optional<UncertainValue> check();

    ProfileDocument *m_document;
    QString m_path;
    QLabel *m_value;
    QComboBox *m_kind;
    QLabel *m_minLabel = nullptr;
    QLineEdit *m_min;
    QLabel *m_maxLabel = nullptr;
    QLineEdit *m_max;
    QLabel *m_gsdLabel = nullptr;
    QLineEdit *m_gsd;
    QLabel *m_message;
    QString m_note;
};

} // namespace carbonlabel
