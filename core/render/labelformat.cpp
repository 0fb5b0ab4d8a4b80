#include "core/render/labelformat.h"

#include "core/base/numbertext.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace carbonlabel {

QString LabelFormat::grouped(const QString &number)
{
    // Groups the integer part of a decimal when it has five or more digits.
    if (number.startsWith(QLatin1Char('-')))
        return QStringLiteral("-") + grouped(number.mid(1));
    const qsizetype point = number.indexOf(QLatin1Char('.'));
    const QString integer = point < 0 ? number : number.left(point);
    if (integer.size() < 5)
        return number;
    QString out;
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            out += QLatin1Char(' ');
        out += integer[i];
    }
    return out + (point < 0 ? QString() : number.mid(point));
}

QString LabelFormat::significant(double value, int digits)
{
    // The policy's digits in the C locale (no group separator), grouped the labels' way.
    return grouped(NumberText::significant(value, digits, QLocale::c()));
}

QString LabelFormat::brief(double value)
{
    return grouped(NumberText::brief(value, QLocale::c()));
}

QString LabelFormat::plain(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    if (value == 0.0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    if (magnitude >= 1e15 || magnitude < 1e-9)
        return QString::number(value, 'g', 10);
    QString out = significant(value, 10);
    if (out.contains(QLatin1Char('.'))) {
        while (out.endsWith(QLatin1Char('0')))
            out.chop(1);
        if (out.endsWith(QLatin1Char('.')))
            out.chop(1);
    }
    return out;
}

QString LabelFormat::count(qint64 n)
{
    return grouped(QString::number(n));
}

QString LabelFormat::change(double rate)
{
    const QString v = plain(100.0 * rate) + QStringLiteral(" %");
    return rate > 0.0 ? QStringLiteral("+") + v : v;
}

QString LabelFormat::wholePercent(int percent, double value)
{
    if (percent == 0 && value > 0.0)
        return QStringLiteral("<1%");
    return QString::number(percent) + QLatin1Char('%');
}

QString LabelFormat::percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return QStringLiteral("–");
    const double scaled = share * 100.0;
    const double smallest = std::pow(10.0, -decimals);
    if (scaled > 0.0 && scaled < smallest / 2.0)
        return QStringLiteral("<%1%").arg(QString::number(smallest, 'f', decimals));
    return QString::number(scaled, 'f', decimals) + QLatin1Char('%');
}

std::vector<int> LabelFormat::wholePercents(const std::vector<double> &values)
{
    std::vector<int> out(values.size(), 0);
    double sum = 0.0;
    for (double v : values)
        sum += std::max(0.0, v);
    if (!(sum > 0.0) || !std::isfinite(sum))
        return out;
    std::vector<double> remainder(values.size(), 0.0);
    int given = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double exact = 100.0 * std::max(0.0, values[i]) / sum;
        out[i] = static_cast<int>(std::floor(exact));
        remainder[i] = exact - out[i];
        given += out[i];
    }
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    // Largest remainder first; ties go to the earlier stage, so the result is deterministic.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    for (std::size_t k = 0; given < 100 && k < order.size(); ++k, ++given)
        ++out[order[k]];
    return out;
}

} // namespace carbonlabel
