#pragma once

#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace carbonlabel {

// The editable lists of a profile, each a table in the editor.
enum class ProfileList { Materials, Packaging, Distribution, UseModes, EndOfLifeRoutes };

// A row of one of those lists, kept whole by the undo commands that insert and remove rows.
using ProfileRow = std::variant<MaterialLine, DistributionLeg, UseMode, EndOfLifeRoute>;

// Every editable field of a profile addressed by its JSON path ("materials[2].quantity",
// "product.name.zh"), the same path the reader and the inventory builder name in their
// messages, so a message finds its field and a field finds its messages.
class ProfileFields
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFields)

public:
    enum class Kind {
        None, // not an editable field
        Text,
        Number, // required; may carry a distribution, of which only the value is edited here
        OptionalNumber, // absent when empty
        OptionalPlainNumber, // absent when empty; never a distribution
    };

    // What a field holds: text, a number, or nothing (an optional number left empty).
    using Value = std::variant<QString, UncertainValue, std::monostate, double>;

    static Kind kind(const QString &path);
    // The field's value, or nothing when the path does not exist in this profile (a missing
    // section or row).
    static std::optional<Value> value(const Profile &profile, const QString &path);
    // False when the path does not exist or the value has the wrong type for the field.
    static bool setValue(Profile &profile, const QString &path, const Value &value);

    // Optional sections switched on and off as a whole: "manufacturing", "use",
    // "digital_service.network", "digital_service.data_center", "digital_service.ai",
    // "end_of_life", "offsets".
    static QStringList sections();
    static bool hasSection(const Profile &profile, const QString &section);
    // Adds the section with defaults (grids set to `defaultGrid`) or removes it.
    static void setSection(Profile &profile, const QString &section, bool present,
                           const QString &defaultGrid);

    // "materials", "packaging", "distribution", "use.modes", "end_of_life.routes".
    static QString listPath(ProfileList list);
    static QString rowPath(ProfileList list, int row) // "materials[2]"
    {
        return QStringLiteral("%1[%2]").arg(listPath(list)).arg(row);
    }
    static int rowCount(const Profile &profile, ProfileList list);
    static ProfileRow row(const Profile &profile, ProfileList list, int row);
    static ProfileRow newRow(ProfileList list, const QString &defaultGrid);
    // Inserts `row` (which must be of the list's type) at `index`; creates the section when
    // the list lives in an optional one.
    static void insertRow(Profile &profile, ProfileList list, int index, const ProfileRow &row);
    static void removeRow(Profile &profile, ProfileList list, int index);

    // Splits "a.b[2].c" into {"a", "b", "[2]", "c"}; returns an empty list for a malformed path.
    static QStringList split(const QString &path);
};

} // namespace carbonlabel
