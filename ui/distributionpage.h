#pragma once

#include "ui/editorpage.h"

namespace carbonlabel {

// Transport legs from the factory to the user.
class DistributionPage : public EditorPage
{
    Q_OBJECT

public:
    DistributionPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    QStringList sections() const override;
    QString title() const override;
};

} // namespace carbonlabel
