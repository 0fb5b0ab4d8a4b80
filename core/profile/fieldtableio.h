#pragma once

#include "core/profile/fieldtable.h"
#include "core/profile/jsonvaluereader.h"

#include <type_traits>

namespace carbonlabel {

// Reads and writes the fields of one section object as the field table describes them, so the
// reader and the writer cannot disagree with the table or with each other. Whether a
// FieldInfo::Conditional field is required depends on other fields; ProfileValidator says.
class FieldTableIo
{
public:
    // Reads every field of `table` from `json` into `object`. False when a required number was
    // missing or wrong (its fallback was used).
    template<typename Object>
    static bool read(JsonValueReader &r, const Json &json, const QString &path, Object &object,
                     std::span<const FieldSpec<Object>> table)
    {
        bool numbersOk = true;
        for (const FieldSpec<Object> &spec : table) {
            numbersOk = readOne(r, json, path, object, spec, spec.required()) && numbersOk;
        }
        return numbersOk;
    }

    // The list `key` of `parent` (at `parentPath`), each element an object of `table`'s fields
    // and unknown members; an element that is not an object is kept, empty, so rows keep the
    // file's indices. Nothing when the list is absent (reported when `required`) or not a list.
    template<typename Object>
    static std::optional<QList<Object>>
    readList(JsonValueReader &r, const Json &parent, std::string_view key,
             const QString &parentPath, std::span<const FieldSpec<Object>> table,
             bool required = false, const QString &expected = {})
    {
        const QString path = JsonValueReader::member(parentPath, key);
        const Json *v = r.find(parent, key, parentPath, required, expected);
        if (!v || !r.expectArray(*v, path))
            return std::nullopt;
        QList<Object> items;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Json &item = (*v)[i];
            const QString itemPath = JsonValueReader::element(path, static_cast<qsizetype>(i));
            Object object;
            if (r.expectObject(item, itemPath)) {
                read(r, item, itemPath, object, table);
                object.unknown = r.unknownFields(item, FieldTable::keys(table), itemPath);
            }
            items.append(object);
        }
        return items;
    }

    // Reads one field, required or not as the caller decides; false as for read().
    template<typename Object>
    static bool readOne(JsonValueReader &r, const Json &json, const QString &path, Object &object,
                        const FieldSpec<Object> &spec, bool required)
    {
        return std::visit(
                [&](auto member) {
                    using M = std::remove_reference_t<decltype(object.*member)>;
                    M &target = object.*member;
                    if constexpr (std::is_same_v<M, QString>) {
                        target = r.string(json, spec.key, path, required);
                    } else if constexpr (std::is_same_v<M, LocalizedText>) {
                        target = r.localized(json, spec.key, path, required);
                    } else if constexpr (std::is_same_v<M, UncertainValue>) {
                        const auto v = r.number(json, spec.key, path, spec.range, required);
                        target = v.value_or(UncertainValue::fixed(spec.fallback));
                        return v.has_value();
                    } else if constexpr (std::is_same_v<M, std::optional<UncertainValue>>) {
                        target = r.number(json, spec.key, path, spec.range, required);
                        return target.has_value() || !required;
                    } else {
                        target = r.plainNumber(json, spec.key, path, spec.range, required);
                    }
                    return true;
                },
                spec.member);
    }

    // Writes every field of `table` into the JSON object `json`, in the table's order: required
    // and WriteEmpty fields always, the others when set. `number` writes a number or a
    // distribution, `plain` a plain number (ProfileWriter's).
    template<typename Object, typename Number, typename Plain>
    static void write(Json &json, const Object &object, std::span<const FieldSpec<Object>> table,
                      Number number, Plain plain)
    {
        for (const FieldSpec<Object> &spec : table) {
            const bool always = spec.required() || (spec.flags & FieldInfo::WriteEmpty);
            std::visit(
                    [&](auto member) {
                        const auto &value = object.*member;
                        using M = std::remove_cvref_t<decltype(value)>;
                        if constexpr (std::is_same_v<M, QString>) {
                            if (always || !value.isEmpty())
                                json[spec.key] = value.toStdString();
                        } else if constexpr (std::is_same_v<M, LocalizedText>) {
                            if (always || !value.isEmpty() || !value.unknown.empty())
                                json[spec.key] = localized(value);
                        } else if constexpr (std::is_same_v<M, UncertainValue>) {
                            json[spec.key] = number(value);
                        } else if constexpr (std::is_same_v<M, std::optional<UncertainValue>>) {
                            if (value)
                                json[spec.key] = number(*value);
                        } else {
                            if (value)
                                json[spec.key] = plain(*value);
                        }
                    },
                    spec.member);
        }
    }

    static Json localized(const LocalizedText &text)
    {
        Json o = Json::object();
        if (!text.en.isEmpty())
            o["en"] = text.en.toStdString();
        if (!text.zh.isEmpty())
            o["zh"] = text.zh.toStdString();
        if (text.unknown.is_object()) {
            for (const auto &[key, value] : text.unknown.items()) {
                if (!o.contains(key))
                    o[key] = value;
            }
        }
        return o;
    }
};

} // namespace carbonlabel
