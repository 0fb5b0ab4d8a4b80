#pragma once

#include "core/profile/profile.h"

#include <QString>
#include <QStringList>

#include <string>

namespace carbonlabel {

struct Evaluation;

// Words of the product sheet in English and Chinese, picked by the sheet's languages: not
// through tr(), because the sheet's language is a property of the document, not of the program.
class SheetText
{
public:
    explicit SheetText(QStringList languages);

    bool both() const { return m_languages.size() > 1; }
    const QStringList &languages() const { return m_languages; }
    // One language's text, or "en / zh" on one line.
    QString inline_(const QString &en, const QString &zh) const;
    // One language's text, or en and zh on two lines (table cells).
    QString stacked(const QString &en, const QString &zh) const;
    QString inline_(const LocalizedText &text) const { return inline_(text.en, text.zh); }
    QString stacked(const LocalizedText &text) const;

    // What a contribution's input line is, for the contributors table: the part's name, or
    // "Transport leg 2", "Assembly energy", "Data centre" ...
    LocalizedText partName(const Evaluation &evaluation, const std::string &path) const;
    // What a Monte Carlo parameter is ("factors.<id>" or "materials[0].quantity").
    LocalizedText parameterName(const Evaluation &evaluation, const std::string &path) const;

private:
    QStringList m_languages;
};

} // namespace carbonlabel
