#pragma once

#include "ui/editorpage.h"

namespace carbonlabel {

// End-of-life routes and carbon offsets.
class EndOfLifePage : public EditorPage
{
    Q_OBJECT

public:
    EndOfLifePage(ProfileDocument *document, FactorLibrary *library, QWidget *parent = nullptr);

    QStringList sections() const override;
    QString title() const override;
};

} // namespace carbonlabel
