#pragma once

#include "core/factors/factor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace carbonlabel {

// The factor CSV format of resources/factors/factors.csv, also used to exchange user factors:
// id,category,name_en,name_zh,value,unit,region,year,source,source_detail,uncertainty_gsd,notes,
// component_class,pedigree,quality_note,grid_basis,grid_method,grid_scope,notes_zh,
// quality_note_zh (docs/factors.md).
// Columns may come in any order. id, category, name_en, value and unit are required; the other
// columns may be left out. Unknown columns are an error, so a misspelt header is not ignored.
class FactorCsv
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::FactorCsv)

public:
    struct Error
    {
        QString file;
        int line = 0; // 1-based line of the row in the file; 0 when it concerns no row
        QString column; // CSV column name, empty when the error is not about one column
        QString message;

        // "factors.csv: row 12, column "value": "abc" is not a number"
        QString toString() const;
    };

    struct Result
    {
        QList<Factor> factors;
        QList<Error> errors; // all of them, not only the first

        bool ok() const { return errors.isEmpty(); }
    };

    static QStringList columns(); // in the canonical order used by write()
    static QStringList requiredColumns();

    // `fileName` is only used to name the file in the errors.
    static Result read(const QByteArray &data, const QString &fileName);
    static Result readFile(const QString &path);

    // UTF-8, CRLF line ends (RFC 4180), canonical column order, fields quoted when needed.
    // Shortest round-trip numbers, so write() then read() gives back the same values.
    static QByteArray write(const QList<Factor> &factors);

    // The per-factor rules (id syntax, finite value, gsd >= 1, unit present...), shared with
    // the database so a factor typed in the GUI is held to the same rules as one imported.
    // The errors carry the column names; file and line are left empty.
    static QList<Error> validate(const Factor &factor);

    // "(2;3;1;1;4)" (openLCA's notation) to scores; empty text is "not scored"; nullopt when
    // the text is not five scores 1..5.
    static std::optional<lca::PedigreeScores> parsePedigree(const QString &text);
    static QString formatPedigree(const lca::PedigreeScores &scores); // empty when not scored
};

} // namespace carbonlabel
