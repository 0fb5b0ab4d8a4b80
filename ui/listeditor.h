#pragma once

#include "core/profile/profilefields.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;
class QToolButton;

namespace carbonlabel {

class FactorLibrary;
class ProfileDocument;
class ProfileListModel;

// A list of the profile as a table with buttons to add, remove and reorder lines; an empty
// list says what to do instead of showing a blank grid.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    ListEditor(ProfileDocument *document, FactorLibrary *library, ProfileList list,
               QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ProfileListModel *model() const { return m_model; }
    // The text shown while the list is empty.
    void setEmptyText(const QString &text);
    // Selects the cell that shows `path` and opens its editor.
    bool focusPath(const QString &path);
    void retranslateUi();
    // A button of the page's own at the right end of the add/remove row.
    void addButton(QToolButton *button);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void fitColumns();
    void updateEmptyState();
    int currentRow() const;

    ProfileDocument *m_document;
    ProfileList m_list;
    ProfileListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QHBoxLayout *m_buttons;
};

} // namespace carbonlabel
