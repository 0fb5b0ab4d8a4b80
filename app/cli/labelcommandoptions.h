#pragma once

#include "core/render/labeloptions.h"

#include <QCommandLineParser>

#include <optional>

namespace carbonlabel {

// The options `label` and `batch` share (--kind, --lang, --size, --range, --date), added to a
// parser and read back as LabelOptions with every problem named by its option.
class LabelCommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(LabelCommandOptions)

public:
    // `withSize`: with the badge's own options, --size and --range.
    static void add(QCommandLineParser &parser, bool withSize);
    // nullopt and a translated `error` for a bad value, --size or --range on a sheet, or a kind
    // this build cannot render.
    static std::optional<LabelOptions> read(const QCommandLineParser &parser, QString *error);
};

} // namespace carbonlabel
