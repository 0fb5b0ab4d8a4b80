#include "core/base/numbertext.h"

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

QString NumberText::kg(double value, const QLocale &locale)
{
    const double magnitude = std::abs(value);
    if (magnitude == 0.0)
        return locale.toString(0.0, 'f', 2);
    // Four significant digits, but never fewer than two decimals below 10 and never an
    // exponent: analysts compare these figures by eye.
    const int digitsBefore
            = magnitude >= 1.0 ? static_cast<int>(std::floor(std::log10(magnitude))) + 1 : 0;
    int decimals = std::max(0, 4 - digitsBefore);
    if (magnitude < 1.0)
        decimals = std::max(2, 3 - static_cast<int>(std::floor(std::log10(magnitude))));
    return locale.toString(value, 'f', std::min(decimals, 9));
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
