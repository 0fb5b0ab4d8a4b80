#include "core/base/numbertext.h"

#include <algorithm>
#include <cmath>

namespace carbonlabel {

QString NumberText::edit(double value, const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l.toString(value, 'g', QLocale::FloatingPointShortest);
}

QString NumberText::display(double value, const QLocale &locale)
{
    return locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

QString NumberText::quantity(double value, const QLocale &locale)
{
    return significant(value, kSignificant, locale);
}

QString NumberText::significant(double value, int digits, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    if (value == 0.0)
        return locale.toString(0);
    digits = std::clamp(digits, 1, 15);
    // The exponent once rounded: 9.996 to three figures is 10.0, whose exponent is 1. The 'f'
    // form below rounds at the same decimal place, so the two agree.
    const QString e = QString::number(std::abs(value), 'e', digits - 1); // "9.99e+00"
    const qsizetype ePos = e.indexOf(QLatin1Char('e'));
    const int exponent = e.mid(ePos + 1).toInt();
    const int decimals = digits - 1 - exponent;
    if (decimals >= 0) {
        QLocale l = locale;
        if (std::abs(value) < 10000.0)
            l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
        return l.toString(value, 'f', std::min(decimals, 30));
    }
    // Integer digits rounded away: the mantissa's digits and zeros, exactly ("5810").
    QString integer = e.left(ePos).remove(QLatin1Char('.'));
    integer += QString(-decimals, QLatin1Char('0'));
    bool fits = false;
    const qlonglong n = integer.toLongLong(&fits);
    if (!fits)
        return (value < 0 ? QStringLiteral("-") : QString()) + integer;
    QLocale l = locale;
    if (n < 10000)
        l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
    return l.toString(value < 0 ? -n : n);
}

QString NumberText::brief(double value, const QLocale &locale)
{
    QString out = quantity(value, locale);
    const QString point = locale.decimalPoint();
    if (!out.contains(point))
        return out;
    const QString zero = locale.zeroDigit();
    while (out.endsWith(zero))
        out.chop(zero.size());
    if (out.endsWith(point))
        out.chop(point.size());
    return out;
}

QString NumberText::rounded(double value, int significant, const QLocale &locale)
{
    if (value == 0.0 || !std::isfinite(value) || significant < 1)
        return locale.toString(value, 'f', 0);
    const int digitsBefore = static_cast<int>(std::floor(std::log10(std::abs(value)))) + 1;
    const int excess = digitsBefore - significant;
    if (excess > 0) {
        const double unit = std::pow(10.0, excess);
        return locale.toString(std::round(value / unit) * unit, 'f', 0);
    }
    return locale.toString(value, 'f', std::min(-excess, 9));
}

QString NumberText::percent(double share, const QLocale &locale)
{
    const double p = share * 100.0;
    if (p > 0.0 && p < 0.05)
        return QStringLiteral("< %1 %").arg(locale.toString(0.1, 'f', 1));
    return QStringLiteral("%1 %").arg(locale.toString(p, 'f', 1));
}

std::optional<double> NumberText::parse(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = locale.toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace carbonlabel
