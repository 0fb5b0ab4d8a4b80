#pragma once

#include "lca/stage.h"

#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

// Stage names as docs/profile-format.md gives them, in English and Chinese whatever the UI
// language, for labels that print a chosen language; and translated, for the UI and the CLI.
class StageNames
{
    Q_DECLARE_TR_FUNCTIONS(StageNames)

public:
    static QString english(lca::Stage stage);
    static QString chinese(lca::Stage stage);
    static QString inLanguage(lca::Stage stage, const QString &language); // "en" or "zh"
    static QString translated(lca::Stage stage); // through tr()
};

} // namespace carbonlabel
