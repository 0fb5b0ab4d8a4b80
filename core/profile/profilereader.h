#pragma once

#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>

namespace carbonlabel {

// Reads product profiles, format v1 (docs/profile-format.md). Checks syntax, types and ranges;
// factor ids and units are checked against the database by InventoryBuilder.
class ProfileReader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileReader)

public:
    struct Result
    {
        // Present whenever the file is a JSON object, even with errors, so an editor can show
        // what was read and nothing the user typed is lost.
        std::optional<Profile> profile;
        Diagnostics diagnostics;

        bool ok() const { return profile.has_value() && !hasErrors(diagnostics); }
    };

    static Result readFile(const QString &fileName);
    static Result read(const QByteArray &data);

    // Deeper nesting than this is refused before parsing, so no input can exhaust the stack.
    static constexpr int kMaxDepth = 64;
};

} // namespace carbonlabel
