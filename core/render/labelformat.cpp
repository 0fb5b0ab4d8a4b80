#include "core/render/labelformat.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace carbonlabel {

QString LabelFormat::grouped(const QString &number)
{
    // Groups the integer part of an unsigned decimal when it has five or more digits.
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
    if (!std::isfinite(value))
        return QStringLiteral("–");
    if (value == 0.0)
        return QStringLiteral("0");
    digits = std::clamp(digits, 1, 15);
    // QString::number is locale-independent; the 'e' form rounds correctly once, and the
    // digits and exponent are then laid out without an exponent.
    const QString e = QString::number(std::abs(value), 'e', digits - 1); // "1.22e+00"
    const qsizetype ePos = e.indexOf(QLatin1Char('e'));
    const int exponent = e.mid(ePos + 1).toInt();
    QString mantissa = e.left(ePos);
    mantissa.remove(QLatin1Char('.')); // the significant digits, e.g. "122"
    QString out;
    if (exponent < 0) {
        out = QStringLiteral("0.") + QString(-exponent - 1, QLatin1Char('0')) + mantissa;
    } else if (exponent + 1 >= mantissa.size()) {
        out = mantissa + QString(exponent + 1 - mantissa.size(), QLatin1Char('0'));
    } else {
        out = mantissa.left(exponent + 1) + QLatin1Char('.') + mantissa.mid(exponent + 1);
    }
    out = grouped(out);
    return value < 0 ? QStringLiteral("-") + out : out;
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
    QString digits = QString::number(n);
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    return negative ? QStringLiteral("-") + grouped(digits) : grouped(digits);
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
