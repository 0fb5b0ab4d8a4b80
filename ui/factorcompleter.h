#pragma once

#include <QCompleter>

class QLineEdit;

namespace carbonlabel {

class FactorLibrary;
class FactorSearchModel;

// Picks a factor while typing words in English or Chinese: the popup lists matches with both
// names and the unit; choosing one puts its id in the line edit. `denominator` ("kWh", "tkm",
// "kg") keeps to factors a field can use; empty allows any.
class FactorCompleter : public QCompleter
{
    Q_OBJECT

public:
    FactorCompleter(FactorLibrary *library, QLineEdit *edit, const QString &denominator = {});

    FactorSearchModel *searchModel() const { return m_model; }

signals:
    // A factor was chosen from the popup.
    void factorChosen(const QString &id);

private:
    FactorSearchModel *m_model;
};

} // namespace carbonlabel
