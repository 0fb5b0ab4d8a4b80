#pragma once

#include "ui/editorpage.h"

namespace carbonlabel {

// The digital service: network transfer, data centre and AI.
class DigitalServicePage : public EditorPage
{
    Q_OBJECT

public:
    DigitalServicePage(ProfileDocument *document, FactorLibrary *library,
                       QWidget *parent = nullptr);

    QStringList sections() const override;
    QString title() const override;
};

} // namespace carbonlabel
