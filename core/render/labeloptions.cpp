#include "core/render/labeloptions.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace carbonlabel {

std::optional<LabelOptions::Kind> LabelOptions::parseKind(const QString &text, QString *error)
{
    for (Kind kind : {Kind::Badge, Kind::Sheet, Kind::Refresh}) {
        if (text == kindName(kind))
            return kind;
    }
    if (error)
        *error = tr("--kind: expected badge, sheet or refresh; got \"%1\"").arg(text);
    return std::nullopt;
}

std::optional<LabelOptions::Language> LabelOptions::parseLanguage(const QString &text,
                                                                  QString *error)
{
    if (text == QLatin1String("en"))
        return Language::English;
    if (text == QLatin1String("zh"))
        return Language::Chinese;
    if (text == QLatin1String("both"))
        return Language::Both;
    if (error)
        *error = tr("--lang: expected en, zh or both; got \"%1\"").arg(text);
    return std::nullopt;
}

std::optional<QSizeF> LabelOptions::parseSize(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
            QStringLiteral(R"(^\s*(\d{1,4}(?:\.\d{1,3})?)\s*[xX×]\s*(\d{1,4}(?:\.\d{1,3})?)\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = tr("--size: expected WIDTHxHEIGHT in millimetres, e.g. 60x90; got \"%1\"")
                             .arg(text);
        return std::nullopt;
    }
    // The pattern admits only plain decimals, so these conversions cannot fail.
    const QSizeF size(match.captured(1).toDouble(), match.captured(2).toDouble());
    const QString problem = checkSize(size);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("--size %1: %2").arg(text.trimmed(), problem);
        return std::nullopt;
    }
    return size;
}

std::optional<QDate> LabelOptions::parseDate(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate date
            = pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        if (error)
            *error = tr("--date: expected a date as YYYY-MM-DD; got \"%1\"").arg(text);
        return std::nullopt;
    }
    return date;
}

QString LabelOptions::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Badge:
        return QStringLiteral("badge");
    case Kind::Sheet:
        return QStringLiteral("sheet");
    case Kind::Refresh:
        return QStringLiteral("refresh");
    }
    return {};
}

QString LabelOptions::checkSize(const QSizeF &sizeMm)
{
    const double w = sizeMm.width();
    const double h = sizeMm.height();
    const bool finite = std::isfinite(w) && std::isfinite(h);
    if (!finite || w < kMinWidthMm || h < kMinHeightMm || w > kMaxWidthMm || h > kMaxHeightMm) {
        return tr("a badge is from %1 x %2 mm up to A6, %3 x %4 mm (width x height)")
                .arg(kMinWidthMm)
                .arg(kMinHeightMm)
                .arg(kMaxWidthMm)
                .arg(kMaxHeightMm);
    }
    return {};
}

QStringList LabelOptions::languageCodes() const
{
    switch (language) {
    case Language::English:
        return {QStringLiteral("en")};
    case Language::Chinese:
        return {QStringLiteral("zh")};
    case Language::Both:
        break;
    }
    return {QStringLiteral("en"), QStringLiteral("zh")};
}

QDate LabelOptions::effectiveDate() const
{
    if (date.isValid())
        return date;
    // The reproducible-builds convention: a fixed "now" for tools that print dates.
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDate::currentDate();
}

} // namespace carbonlabel
