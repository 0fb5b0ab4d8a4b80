#pragma once

#include "ui/translatedwidget.h"

class QLabel;
class QToolButton;

namespace carbonlabel {

class FactorLibrary;
class FieldEdit;
class ProfileDocument;

// A factor field of a form (a grid, a transport mode): the id in a line edit with a bilingual
// search completer, and below it the factor's name, value and unit, or a note when the
// database's value differs from the one the profile recorded, with a button to update it.
class FactorEdit : public TranslatedWidget
{
    Q_OBJECT

public:
    FactorEdit(ProfileDocument *document, FactorLibrary *library, const QString &path,
               const QString &denominator, QWidget *parent = nullptr);

    FieldEdit *edit() const { return m_edit; }
    void retranslateUi() override;

private:
    void refreshCaption();

    ProfileDocument *m_document;
    FieldEdit *m_edit;
    QLabel *m_caption;
    QToolButton *m_update;
};

} // namespace carbonlabel
