#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace carbonlabel {

// Plain-text tables for a terminal, padded by the columns a text takes on screen rather than by
// its length: a Chinese or full-width character takes two columns (Unicode East Asian Width W
// and F), a combining mark or zero-width character none, any other character one. Padding by
// QString length would shift every column after a Chinese cell.
class TextColumns
{
public:
    // The columns `text` takes: "Use (device)" 12, "原材料与制造" 12, "kg CO2e" 7.
    static int width(const QString &text);
    // `text` padded with spaces to `width` columns, like QString::arg's field width: a
    // negative width pads on the right (left-aligned), a positive one on the left
    // (right-aligned). A text as wide or wider is returned whole.
    static QString pad(const QString &text, int width);
    // Two spaces, each cell padded to its width (see pad()), one space between cells, and a
    // newline: one row of the commands' tables.
    static QString row(const QStringList &cells, const QList<int> &widths);
    // A result quantity (kg CO2e, kWh, a factor's value) in the commands' text by the number
    // policy (NumberText::quantity), in C digits without group separators, so that a cell is
    // one word: 1.22464 -> "1.22", 5808.37 -> "5810", 0.00990987 -> "0.00991". --json keeps
    // every digit.
    static QString quantity(double value);
};

} // namespace carbonlabel
