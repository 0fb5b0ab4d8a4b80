#pragma once

#include "ui/editorpage.h"

class QToolButton;

namespace carbonlabel {

// The bill of materials.
class MaterialsPage : public EditorPage
{
    Q_OBJECT

public:
    MaterialsPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    QStringList sections() const override;
    QString title() const override;
    void retranslateUi() override;

private:
    QToolButton *m_die = nullptr;
};

} // namespace carbonlabel
