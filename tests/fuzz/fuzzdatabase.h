#pragma once

// The shipped factor database, opened once per fuzzing process (read only; the user database
// lives in a temporary folder).
#include "core/factors/factordatabase.h"

#include <QTemporaryDir>
#include <cstdlib>
#include <memory>

namespace carbonlabel {

inline FactorDatabase *fuzzDatabase()
{
    static std::unique_ptr<FactorDatabase> db = [] {
        static QTemporaryDir dir;
        auto d = std::make_unique<FactorDatabase>();
        if (!d->open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                     dir.filePath(QStringLiteral("user.sqlite"))))
            std::abort();
        return d;
    }();
    return db.get();
}

} // namespace carbonlabel
