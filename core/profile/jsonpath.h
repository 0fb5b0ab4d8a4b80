#pragma once

#include "core/profile/profile.h"

#include <QStringList>

namespace carbonlabel {

// A value inside a JSON document by the tokens of a profile path, as ProfileFields::split
// gives them ("materials", "[0]", "quantity").
class JsonPath
{
public:
    // The value at `tokens`, or nullptr when any step is missing.
    static const Json *find(const Json &root, const QStringList &tokens);
    // Writes `value` at `tokens` when its parent object exists; a null value removes the member.
    static void patch(Json &root, const QStringList &tokens, const Json &value);
};

} // namespace carbonlabel
