#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace carbonlabel {

// What to print and how: the kind of document, its language(s), the badge size and the date
// printed on it. Shared by `label`, `batch` and the window.
class LabelOptions
{
    Q_DECLARE_TR_FUNCTIONS(LabelOptions)

public:
    enum class Kind { Badge, Sheet, Refresh };
    enum class Language { English, Chinese, Both };

    // Badge sizes in mm: from 40 x 60 up to A6 (105 x 148); 60 x 90 unless chosen.
    static constexpr double kMinWidthMm = 40.0;
    static constexpr double kMinHeightMm = 60.0;
    static constexpr double kMaxWidthMm = 105.0;
    static constexpr double kMaxHeightMm = 148.0;
    static constexpr double kDefaultWidthMm = 60.0;
    static constexpr double kDefaultHeightMm = 90.0;

    Kind kind = Kind::Badge;
    Language language = Language::Both;
    QSizeF sizeMm{kDefaultWidthMm, kDefaultHeightMm}; // the badge's; the sheet is always A4
    // The badge's 90 % range (P5-P95 of LabelUncertainty's Monte Carlo) under the big figure;
    // the sheet always shows its range.
    bool range = false;
    // Printed on the document and written as its PDF creation date, so the same input and
    // date give the same bytes. Invalid means: $SOURCE_DATE_EPOCH if set, else today.
    QDate date;

    // "badge", "sheet", "refresh"; nullopt and `error` set for anything else.
    static std::optional<Kind> parseKind(const QString &text, QString *error);
    // "en", "zh", "both".
    static std::optional<Language> parseLanguage(const QString &text, QString *error);
    // "WxH" in mm ("60x90", "62.5X90", "60×90"), checked against the limits above.
    static std::optional<QSizeF> parseSize(const QString &text, QString *error);
    // "YYYY-MM-DD".
    static std::optional<QDate> parseDate(const QString &text, QString *error);

    static QString kindName(Kind kind); // "badge", ...
    // An empty string when the size is within the limits, else why not (translated).
    static QString checkSize(const QSizeF &sizeMm);

    // {"en"}, {"zh"} or {"en", "zh"}: the order in which bilingual text is printed.
    QStringList languageCodes() const;
    bool hasEnglish() const { return language != Language::Chinese; }
    bool hasChinese() const { return language != Language::English; }
    // `date` if valid, else the date of $SOURCE_DATE_EPOCH (UTC), else today.
    QDate effectiveDate() const;
};

} // namespace carbonlabel
