#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace carbonlabel {

class ProfileDocument;

// Shown above the editor when factors recorded in the profile's snapshot differ from the
// database: says how many, and offers to update each one, or all.
class SnapshotBanner : public QFrame
{
    Q_OBJECT

public:
    explicit SnapshotBanner(ProfileDocument *document, QWidget *parent = nullptr);
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fillMenu();

    ProfileDocument *m_document;
    QLabel *m_text;
    QToolButton *m_review;
};

} // namespace carbonlabel
