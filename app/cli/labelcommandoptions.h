#pragma once

#include "core/render/labeloptions.h"

#include <QCommandLineParser>

#include <optional>

namespace carbonlabel {

// The options `label` and `batch` share (--kind, --lang, --size, --date), added to a parser
// and read back as LabelOptions with every problem named by its option.
class LabelCommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(LabelCommandOptions)

public:
    static void add(QCommandLineParser &parser, bool withSize);
    // nullopt and a translated `error` for a bad value, --size on a sheet, or a kind this
    // build cannot render.
    static std::optional<LabelOptions> read(const QCommandLineParser &parser, QString *error);
};

} // namespace carbonlabel
