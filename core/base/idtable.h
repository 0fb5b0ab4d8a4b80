#pragma once

#include <QLatin1String>
#include <QString>

#include <iterator>

namespace carbonlabel {

// The entry of a static table whose `id` (a const char *) is `id`, or nullptr. The tables of
// named ids (component classes, peer groups, completeness lists) are a dozen rows at most, so a
// scan is cheaper than a hash built at start-up.
template<typename Table>
auto findById(const Table &table, const QString &id) -> decltype(&*std::begin(table))
{
    for (const auto &entry : table) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

} // namespace carbonlabel
