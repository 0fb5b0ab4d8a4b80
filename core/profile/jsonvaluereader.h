#pragma once

#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace carbonlabel {

// What a number in a profile may be; each has a translated description for messages.
enum class NumberRange {
    Any,
    NonNegative,
    Positive,
    Share, // 0..1
    AtLeastOne, // PUE
    HoursPerDay, // 0..24
    DaysPerYear, // 0..366
    YieldLoss, // 0 <= x < 1
    Year, // a whole year, 1900..2200
};

// Reads typed values out of a JSON object and records, as diagnostics, every way they can be
// wrong, each with its JSON path and what was expected. Never throws.
class JsonValueReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonValueReader)

public:
    explicit JsonValueReader(Diagnostics &diagnostics);

    static QString member(const QString &objectPath, std::string_view key);
    static QString element(const QString &arrayPath, qsizetype index);
    static QString describe(const Json &value); // "a string", "an array", ...
    static QString describe(NumberRange range);

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);

    // The member or nullptr; a missing required member is reported.
    const Json *find(const Json &object, std::string_view key, const QString &objectPath,
                     bool required, const QString &expected);
    bool expectObject(const Json &value, const QString &path);
    bool expectArray(const Json &value, const QString &path);

    // A number or a distribution object ({"value", "min", "max"[, "dist"]} or {"value", "gsd"}).
    std::optional<UncertainValue> number(const Json &object, std::string_view key,
                                         const QString &objectPath, NumberRange range,
                                         bool required);
    // A plain number only (no distribution).
    std::optional<double> plainNumber(const Json &object, std::string_view key,
                                      const QString &objectPath, NumberRange range, bool required);
    QString string(const Json &object, std::string_view key, const QString &objectPath,
                   bool required);
    // {"en": ..., "zh": ...}; at least one language when required.
    LocalizedText localized(const Json &object, std::string_view key, const QString &objectPath,
                            bool required);

    // Checks a number already read (or typed) against `range` with the messages the reader
    // gives for it in a file: a fixed value at `path`, a distribution's parts at
    // "path.value", "path.gsd", "path.min", "path.max". False when something was wrong.
    bool checkNumber(const UncertainValue &value, const QString &path, NumberRange range);
    static bool inRange(double v, NumberRange range);
    static QString formatNumber(double v); // as messages quote a number

    // The members not in `known`; they are kept on save. ProfileValidator reports them.
    UnknownFields unknownFields(const Json &object, std::initializer_list<std::string_view> known,
                                const QString &objectPath)
    {
        return unknownFields(object, std::vector<std::string_view>(known), objectPath);
    }
    UnknownFields unknownFields(const Json &object, const std::vector<std::string_view> &known,
                                const QString &objectPath);

private:
    std::optional<double> finiteNumber(const Json &value, const QString &path, NumberRange range);
    std::optional<UncertainValue> distribution(const Json &value, const QString &path,
                                               NumberRange range);

    Diagnostics &m_diagnostics;
};

} // namespace carbonlabel
