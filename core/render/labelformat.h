#pragma once

#include "core/base/numbertext.h"

#include <QString>

#include <array>
#include <vector>

namespace carbonlabel {

// How labels write numbers, the same in every language and locale: a dot for decimals, no
// comma grouping (a comma is the decimal mark in much of Europe), and integer parts of five or
// more digits grouped by three with a space, as ISO 80000-1 allows ("12 300", but "5810").
class LabelFormat
{
public:
    // Rounded to `digits` significant digits by the number policy (NumberText::significant),
    // trailing zeros kept as they carry the precision: 1.22464 -> "1.22", 53.844 -> "53.8",
    // 5808.37 -> "5810", 3 -> "3.00", 0 -> "0". The default is the policy's, for every result
    // quantity (kg CO2e, kWh, a factor's value).
    static QString significant(double value, int digits = NumberText::kSignificant);
    // A number the profile gives, as the window's field shows it while not edited
    // (NumberText::brief): the policy's rounding without padded zeros: 656.3468422354048 ->
    // "656", 0.5 -> "0.5", 19000 -> "19 000".
    static QString brief(double value);
    // A plain number as given in a profile: up to 10 significant digits, trailing zeros
    // dropped (3 -> "3", 2.5 -> "2.5", 0.03 -> "0.03").
    static QString plain(double value);
    // A whole number of things (samples, devices, years, a position in a list), grouped like
    // the rest: 7 -> "7", 10000 -> "10 000".
    static QString count(qint64 n);
    // A number that names rather than counts (a random seed, a year): its digits, never
    // grouped: 20240601 -> "20240601".
    static QString identifier(quint64 n) { return QString::number(n); }
    // A share (0..1) as given in a profile, as a percentage with the digits it has:
    // 0.05 -> "5%", 0.125 -> "12.5%".
    static QString plainPercent(double share) { return plain(share * 100.0) + QLatin1Char('%'); }
    // A yearly rate of change (0.02 is 2 % a year), signed when it grows: 0.02 -> "+2 %",
    // -0.015 -> "-1.5 %", 0 -> "0 %".
    static QString change(double rate);
    // One of wholePercents(): "52%"; a `value` above zero that rounds to 0 % prints "<1%".
    static QString wholePercent(int percent, double value);
    // A share (0..1) as a percentage with `decimals` places and "%"; a share above zero that
    // would print as zero prints as "<1%" or "<0.1%".
    static QString percent(double share, int decimals);
    // Whole percentages that add up to exactly 100 (largest remainder); all zeros when the
    // values add up to zero.
    static std::vector<int> wholePercents(const std::vector<double> &values);

private:
    static QString grouped(const QString &digits);
};

} // namespace carbonlabel
