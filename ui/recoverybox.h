#pragma once

#include "core/document/autosaver.h"

#include <QMessageBox>

namespace carbonlabel {

// After a crash: recover the unsaved changes an autosave kept, delete them, or decide later.
class RecoveryBox : public QMessageBox
{
    Q_OBJECT

public:
    explicit RecoveryBox(const Autosaver::Recovery &recovery, QWidget *parent = nullptr);

    // After exec(): the user chose to recover, or to delete; neither: decide later (the
    // changes are kept and offered again at the next start).
    bool recoverChosen() const { return clickedButton() == m_recover; }
    bool deleteChosen() const { return clickedButton() == m_delete; }

    // Says which recovery files could not be read and where they were set aside, in one box
    // ("recoveryProblemBox"); nothing when `problems` is empty.
    static void reportUnreadable(const QStringList &problems, QWidget *parent);

private:
    QAbstractButton *m_recover;
    QAbstractButton *m_delete;
};

} // namespace carbonlabel
