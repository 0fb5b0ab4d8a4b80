#include "app/cli/textcolumns.h"

#include "core/base/numbertext.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace carbonlabel {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// The wide (W) and full-width (F) characters of Unicode's EastAsianWidth.txt (Unicode 14),
// in order; a range runs on over unassigned code points between its characters, and planes 2
// and 3 (CJK ideographs) are wide as a whole.
constexpr Range kWide[] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
        {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
        {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
        {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
        {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
        {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
        {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
        {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
        {0x3041, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA4C6},   {0xA960, 0xA97C},
        {0xAC00, 0xD7A3},   {0xF900, 0xFAD9},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6B},
        {0xFF01, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x1B2FB}, {0x1F004, 0x1F004},
        {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F320},
        {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
        {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
        {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
        {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
        {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
        {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7F0},
        {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAF6},
        {0x20000, 0x3FFFD},
};

bool isWide(char32_t c)
{
    const Range *r
            = std::upper_bound(std::begin(kWide), std::end(kWide), c,
                               [](char32_t v, const Range &range) { return v < range.first; });
    return r != std::begin(kWide) && c <= std::prev(r)->last;
}

int columns(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0; // control characters move no column
    return isWide(c) ? 2 : 1;
}

} // namespace

int TextColumns::width(const QString &text)
{
    int n = 0;
    for (char32_t c : text.toUcs4())
        n += columns(c);
    return n;
}

QString TextColumns::pad(const QString &text, int width)
{
    const int missing = std::abs(width) - TextColumns::width(text);
    if (missing <= 0)
        return text;
    const QString fill(missing, QLatin1Char(' '));
    return width < 0 ? text + fill : fill + text;
}

QString TextColumns::row(const QStringList &cells, const QList<int> &widths)
{
    QString line = QStringLiteral(" ");
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += QLatin1Char(' ') + pad(cells[i], widths.value(i));
    return line + QLatin1Char('\n');
}

QString TextColumns::quantity(double value)
{
    return NumberText::quantity(value, QLocale::c());
}

} // namespace carbonlabel
