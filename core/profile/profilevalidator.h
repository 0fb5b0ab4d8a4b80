#pragma once

#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QHash>

namespace carbonlabel {

// The checks on a profile's values, on the profile in memory: ranges and distributions of every
// field of the field table, the rules between fields (a grid once there is assembly energy,
// the end-of-life shares adding up to 1, what the Sustainable Web Design models ignore, ...)
// and the fields this version does not know. ProfileReader runs it after reading a file, and
// ProfileDocument after every edit, so both say the same without the document writing JSON
// and reading it back.
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)

public:
    // Appends to `diagnostics`; a field that already has an error there (the reader's, say
    // "required field is missing") is not checked again.
    static void check(const Profile &profile, Diagnostics &diagnostics);

    // Texts a user typed where a field wants something else, by JSON path: each is reported
    // as the reader would report that value in a file.
    static void checkRawValues(const QHash<QString, Json> &raw, Diagnostics &diagnostics);

    // One number field's value with its distribution (min <= value <= max, GSD >= 1, the
    // field's range), as the editor's uncertainty dialog checks it before it is applied. The
    // messages name `path`, `path.min`, `path.max` or `path.gsd`.
    static void checkNumber(const QString &path, const UncertainValue &value,
                            Diagnostics &diagnostics);
};

} // namespace carbonlabel
