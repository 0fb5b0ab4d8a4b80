#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace carbonlabel {

class FactorLibrary;
class FactorSearchModel;
struct Factor;

// The factor browser (a dock): search as you type in English or Chinese, filter by category
// and region, read a factor's value, unit, year, source and notes; add, edit, remove, import
// and export the user's own factors.
class FactorBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit FactorBrowser(FactorLibrary *library, QWidget *parent = nullptr);

    FactorSearchModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QTextBrowser *details() const { return m_details; }
    void retranslateUi();

    // A category key's name ("grid_electricity" -> "Grid electricity"), translated.
    static QString categoryName(const QString &category);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilters();
    void showDetails();
    void addFactor();
    void editFactor();
    void removeFactor();
    void importFactors();
    void exportFactors();
    const Factor *selected() const;

    FactorLibrary *m_library;
    FactorSearchModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_region;
    QTableView *m_view;
    QLabel *m_count;
    QTextBrowser *m_details;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace carbonlabel
