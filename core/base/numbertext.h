#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace carbonlabel {

// Numbers as the program shows and reads them. The window passes QLocale() (the user's
// choice); the labels, the product sheet and the CLI's text pass QLocale::c().
//
// The number policy (docs/labels.md, "How numbers are written"): every result quantity (kg
// CO2e, kWh, MWh, a factor's value) is written to three significant figures, the same on the
// badge, the sheet, the window and the CLI: never an exponent, the zeros that are significant
// kept ("3.00"), integer digits beyond the third rounded away ("5810"), and the locale's group
// separator from five integer digits on ("13,300"; a C locale has none). Shares are percent().
// Editing shows every digit a number has (the shortest text that reads back to the same
// double) without group separators; reading accepts the locale's form and the C form, so
// "0.05" pasted from a JSON file is always understood.
class NumberText
{
public:
    // The policy's significant figures.
    static constexpr int kSignificant = 3;

    static QString edit(double value, const QLocale &locale = QLocale());
    static QString display(double value, const QLocale &locale = QLocale());
    // A result quantity by the policy: 1.22464 -> "1.22", 81.1478 -> "81.1", 0.00990987 ->
    // "0.00991", 5.4784 -> "5.48", 5808.37 -> "5810", 13260 -> "13,300", 3 -> "3.00", 0 -> "0";
    // not a finite number -> "–".
    static QString quantity(double value, const QLocale &locale = QLocale());
    // A result in kg CO2e: quantity().
    static QString kg(double value, const QLocale &locale = QLocale())
    {
        return quantity(value, locale);
    }
    // `value` to `digits` significant figures by the policy's other rules.
    static QString significant(double value, int digits, const QLocale &locale = QLocale());
    // A number a field holds, while it is not being edited: quantity()'s rounding without the
    // zeros it would add: 656.3468422354048 -> "656", 0.4 -> "0.4", 3 -> "3".
    static QString brief(double value, const QLocale &locale = QLocale());
    // `value` to `significant` significant digits, never an exponent: "195", "38.8", "4,780",
    // "13,300" (3 digits). For bands and ranges, whose ends are orders of magnitude.
    static QString rounded(double value, int significant, const QLocale &locale = QLocale());
    // A share (0..1) as "12.3 %"; below 0.1 % as "< 0.1 %".
    static QString percent(double share, const QLocale &locale = QLocale());
    // Nothing when `text` is not a finite number (surrounding spaces are allowed).
    static std::optional<double> parse(const QString &text, const QLocale &locale = QLocale());
};

} // namespace carbonlabel
