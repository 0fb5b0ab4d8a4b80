#pragma once

#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>

namespace carbonlabel {

class FactorDatabase;

struct BomImportOptions
{
    QString productId; // empty: from the file name
    LocalizedText productName; // empty: the product id
    std::optional<double> lifetimeYears; // unset: 1, with a warning that it is a placeholder
    std::optional<double> massKg;
};

// A bill of materials (CSV: part_en, part_zh, factor, quantity, unit; headers in English or
// Chinese, docs/exchange.md) turned into a profile skeleton. Every data row becomes a material
// line or an error; with any error there is no profile, so nothing is silently dropped.
// The GUI calls importFile() the same way the CLI does.
class BomImporter
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::BomImporter)

public:
    struct Result
    {
        std::optional<Profile> profile; // set only when there are no errors
        Diagnostics diagnostics; // errors name the line and column; warnings say what to edit

        bool ok() const { return profile.has_value() && !hasErrors(diagnostics); }
    };

    // The column keys in file order, and the Chinese header accepted for each.
    static QStringList columns();
    static QStringList chineseHeaders();

    static Result import(const QByteArray &csv, const QString &fileName,
                         const FactorDatabase &database, const BomImportOptions &options);
    static Result importFile(const QString &path, const FactorDatabase &database,
                             const BomImportOptions &options);
};

} // namespace carbonlabel
