#pragma once

#include <QMessageBox>

namespace carbonlabel {

// "“mouse.clprofile.json” has changes that are not saved": Save, Discard or Cancel, asked
// before the open profile is closed or replaced.
class UnsavedChangesBox : public QMessageBox
{
    Q_OBJECT

public:
    explicit UnsavedChangesBox(const QString &documentName, QWidget *parent = nullptr);
};

} // namespace carbonlabel
