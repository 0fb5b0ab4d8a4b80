#pragma once

#include <QWidget>

class QTabWidget;

namespace carbonlabel {

class EditorPage;
class FactorLibrary;
class ProfileDocument;
class SnapshotBanner;

// The profile editor: one tab per part of the profile; a tab whose page has an error shows a
// red mark, and a banner above says when recorded factors differ from the database.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    ProfileEditor(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // Shows the page of `path` and focuses its field or cell.
    bool focusPath(const QString &path);
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshTabs();

    ProfileDocument *m_document;
    QTabWidget *m_tabs;
    SnapshotBanner *m_banner;
    QList<EditorPage *> m_pages;
};

} // namespace carbonlabel
