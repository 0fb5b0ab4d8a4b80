#pragma once

#include "ui/editorpage.h"

namespace carbonlabel {

// Product facts: id, names, category, lifetime, mass, functional unit, description.
class ProductPage : public EditorPage
{
    Q_OBJECT

public:
    ProductPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    QStringList sections() const override;
    QString title() const override;
};

} // namespace carbonlabel
