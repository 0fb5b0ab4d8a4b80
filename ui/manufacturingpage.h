#pragma once

#include "ui/editorpage.h"

class QGroupBox;

namespace carbonlabel {

// Assembly energy, its grid and the yield loss; the packaging lines.
class ManufacturingPage : public EditorPage
{
    Q_OBJECT

public:
    ManufacturingPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    QStringList sections() const override;
    QString title() const override;
    void retranslateUi() override;

private:
    QGroupBox *m_packaging = nullptr;
};

} // namespace carbonlabel
