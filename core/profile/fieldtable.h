#pragma once

#include "core/profile/jsonvaluereader.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QString>

#include <span>
#include <string_view>
#include <variant>
#include <vector>

namespace carbonlabel {

// How a field's value is held.
enum class FieldType {
    Text,
    LocalizedText, // {"en", "zh"}; edited one language at a time ("product.name.zh")
    Number, // required; a number or a distribution
    OptionalNumber, // absent when empty; a number or a distribution
    OptionalPlainNumber, // absent when empty; never a distribution
};

// Where a field lives in the struct of its section (ProductInfo, MaterialLine, ...).
template<typename Object>
using FieldMember
        = std::variant<QString Object::*, LocalizedText Object::*, UncertainValue Object::*,
                       std::optional<UncertainValue> Object::*, std::optional<double> Object::*>;

// One field of the profile format, described once: its JSON key and section, type, whether it
// is required, its valid range, unit and name. The reader, the writer, ProfileFields (the
// editor's access by JSON path), FieldNames and the editor pages all draw from this table, so a
// new field is one line here (docs/profile-format.md lists the same fields for users).
struct FieldInfo
{
    enum Flag {
        Required = 0x1, // the reader reports it missing; the writer always writes it
        WriteEmpty = 0x2, // written even when empty, though optional
        Conditional = 0x4, // required or read depending on other fields: its section reads it
    };

    const char *section; // "product", "materials[]", "use.modes[]", "digital_service.ai", ...
    const char *key; // the JSON key, "lifetime_years"
    FieldType type;
    int flags;
    NumberRange range; // numbers only
    const char *unit; // shown after the value; QT_TRANSLATE_NOOP'd in FieldTable's context
    const char *name; // "Lifetime"; QT_TRANSLATE_NOOP'd in FieldTable's context
    double fallback; // a required number's value when it is missing or wrong

    bool required() const { return flags & Required; }
    QString translatedName() const;
    QString translatedUnit() const; // empty when the field has no unit
};

template<typename Object> struct FieldSpec : FieldInfo
{
    FieldMember<Object> member;
};

// The table itself, one list per section object, and lookup by JSON path.
class FieldTable
{
    Q_DECLARE_TR_FUNCTIONS(FieldTable)

public:
    static std::span<const FieldSpec<ProductInfo>> product();
    static std::span<const FieldSpec<MaterialLine>> line(); // materials[] and packaging[]
    static std::span<const FieldSpec<Manufacturing>> manufacturing();
    static std::span<const FieldSpec<DistributionLeg>> distributionLeg();
    static std::span<const FieldSpec<UsePhase>> use();
    static std::span<const FieldSpec<UseMode>> useMode();
    static std::span<const FieldSpec<NetworkUse>> network();
    static std::span<const FieldSpec<DataCenterUse>> dataCenter();
    static std::span<const FieldSpec<AiUse>> ai();
    static std::span<const FieldSpec<EndOfLifeRoute>> endOfLifeRoute();
    static std::span<const FieldSpec<Offsets>> offsets();

    // The field a JSON path names, rows and languages ignored: "materials[2].quantity" and
    // "product.name.zh" find their fields; nullptr for anything else.
    static const FieldInfo *find(const QString &path);
    // "en" or "zh" when the path ends in a language of a localized field, else empty.
    static QString language(const QString &path);

    // A spec by key in a section's list, or nullptr.
    template<typename Object>
    static const FieldSpec<Object> *spec(std::span<const FieldSpec<Object>> table,
                                         std::string_view key)
    {
        for (const FieldSpec<Object> &s : table) {
            if (key == s.key)
                return &s;
        }
        return nullptr;
    }
    // The JSON keys of a list, plus `extra` (members a section reads itself), for
    // JsonValueReader::unknownFields.
    template<typename Object>
    static std::vector<std::string_view> keys(std::span<const FieldSpec<Object>> table,
                                              std::initializer_list<std::string_view> extra = {})
    {
        std::vector<std::string_view> k(extra);
        for (const FieldSpec<Object> &s : table)
            k.emplace_back(s.key);
        return k;
    }
};

} // namespace carbonlabel
