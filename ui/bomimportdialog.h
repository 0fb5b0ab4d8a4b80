#pragma once

#include "core/evaluation/bomimporter.h"

#include "ui/formdialog.h"

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace carbonlabel {

class FactorDatabase;

// File > Import bill of materials: the same BomImporter as `carbonlabel-cli import-bom`, with the
// product facts the CSV cannot hold. Every problem is listed with its line and column; the
// profile can be created only when there is no error, so no row is dropped silently. "Read
// again" picks up a CSV fixed in a spreadsheet meanwhile, keeping what was typed here.
class BomImportDialog : public FormDialog
{
    Q_OBJECT

public:
    BomImportDialog(const FactorDatabase *database, const QString &csvFile,
                    QWidget *parent = nullptr);

    // Reads the file again (it may have been fixed meanwhile) and imports it.
    void reload();
    // Imports the file as last read with the options typed in the dialog.
    void reimport();
    const BomImporter::Result &result() const { return m_result; }
    void retranslateUi() override;

private:
    // Options from the fields; false (with the field marked) where a number does not read.
    bool options(BomImportOptions *out);
    void showResult();

    const FactorDatabase *m_database;
    QString m_file;
    std::optional<QByteArray> m_csv; // the file as last read; unset when it could not be read
    BomImporter::Result m_result;
    bool m_optionsValid = true;
    QLabel *m_intro;
    QLineEdit *m_id;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QLineEdit *m_lifetime;
    QLineEdit *m_mass;
    QLabel *m_summary;
    QListWidget *m_problems;
    QPushButton *m_reload;
};

} // namespace carbonlabel
