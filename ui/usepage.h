#pragma once

#include "ui/editorpage.h"

namespace carbonlabel {

// The device's use: grid, annual energy or power modes.
class UsePage : public EditorPage
{
    Q_OBJECT

public:
    UsePage(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    QStringList sections() const override;
    QString title() const override;
};

} // namespace carbonlabel
