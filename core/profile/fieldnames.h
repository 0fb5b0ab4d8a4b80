#pragma once

#include "lca/uncertainvalue.h"

#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

// Human names for JSON paths, translated: what the Edit menu ("Undo Edit quantity") and the
// list of problems ("Materials, line 3 · Quantity") show instead of "materials[2].quantity".
class FieldNames
{
    Q_DECLARE_TR_FUNCTIONS(FieldNames)

public:
    // The field the path ends in: "materials[2].quantity" -> "quantity"; "product.name.zh"
    // -> "name (Chinese)".
    static QString field(const QString &path);
    // The field's name as a form labels it: "Lifetime", "Name (Chinese)"; its unit, "years",
    // or nothing. Both from the field table.
    static QString label(const QString &path);
    static QString unit(const QString &path);
    // Where the path points: section, line and field, e.g. "Materials, line 3 · quantity".
    static QString location(const QString &path);
    // The section a path starts in: "Materials", "Use (device)", ...
    static QString section(const QString &path);
    // "zh" when the window runs in Chinese (QLocale()), else "en": the language of factor and
    // part names shown from bilingual data.
    static QString language();
    // A number's distribution in words: "triangular, 2 to 5", "lognormal, GSD 1.3"; empty for
    // a fixed number.
    static QString distribution(const lca::UncertainValue &value);
};

} // namespace carbonlabel
