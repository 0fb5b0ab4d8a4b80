#pragma once

#include "core/render/labeloptions.h"

#include "ui/formdialog.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace carbonlabel {

class FactorDatabase;

// Labels for many profiles at once, one PDF each, named as the CLI's `batch` names them. A
// progress dialog shows the profile being written and can be cancelled between two files; a
// profile with problems is reported and skipped, the others are still written.
class BatchExportDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit BatchExportDialog(const FactorDatabase *database, const LabelOptions &options,
                               QWidget *parent = nullptr);

    void setProfiles(const QStringList &files);
    QStringList profiles() const;
    void setOutputDirectory(const QString &dir);

    struct Outcome
    {
        QStringList written;
        QStringList failures; // one message per failed profile
        bool cancelled = false;
    };
    // Exports with a progress dialog; also what the Export button does.
    Outcome run();
    void retranslateUi() override;
    // Exports; closes the dialog when every profile was written.
    void accept() override;

private:
    const FactorDatabase *m_database;
    LabelOptions m_options;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_outputLabel;
    QLineEdit *m_output;
    QPushButton *m_browse;
};

} // namespace carbonlabel
