#pragma once

#include "ui/formdialog.h"

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
};

} // namespace carbonlabel
