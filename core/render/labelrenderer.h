#pragma once

#include "core/render/labeloptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace carbonlabel {

struct Evaluation;

// One entry point for every printed document: picks the renderer for options.kind, so the
// CLI, batch and the window make the same bytes from the same input.
class LabelRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LabelRenderer)

public:
    // The PDF's bytes, or an empty array and a translated `error`.
    static QByteArray render(const Evaluation &evaluation, const LabelOptions &options,
                             QString *error);
    // Renders and writes atomically (SaveFile); false and `error` naming the file on failure.
    static bool renderToFile(const Evaluation &evaluation, const LabelOptions &options,
                             const QString &fileName, QString *error);
};

} // namespace carbonlabel
