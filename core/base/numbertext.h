#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace carbonlabel {

// Numbers as the window shows and reads them, in the locale the user chose (QLocale()).
// Editing shows every digit a number has (the shortest text that reads back to the same
// double) without group separators; reading accepts the locale's form and the C form, so
// "0.05" pasted from a JSON file is always understood.
class NumberText
{
public:
    static QString edit(double value, const QLocale &locale = QLocale());
    static QString display(double value, const QLocale &locale = QLocale());
    // A result in kg CO2e with a sensible number of digits for reading (4 significant, at
    // least 2 decimals below 10), e.g. "1.225", "53.84", "5,808".
    static QString kg(double value, const QLocale &locale = QLocale());
    // `value` to `significant` significant digits, never an exponent: "195", "38.8", "4,780",
    // "13,300" (3 digits). For bands and ranges, whose ends are orders of magnitude.
    static QString rounded(double value, int significant, const QLocale &locale = QLocale());
    // A share (0..1) as "12.3 %"; below 0.1 % as "< 0.1 %".
    static QString percent(double share, const QLocale &locale = QLocale());
    // Nothing when `text` is not a finite number (surrounding spaces are allowed).
    static std::optional<double> parse(const QString &text, const QLocale &locale = QLocale());
};

} // namespace carbonlabel
