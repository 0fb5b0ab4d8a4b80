#pragma once

#include "core/render/labeloptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace carbonlabel {

struct Evaluation;

// One entry point for every printed document: picks the renderer for options.kind, so the
// CLI, batch and the window make the same bytes from the same input.
class LabelRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LabelRenderer)

public:
    // The PDF's bytes, or an empty array and a translated `error`. `warnings`, when given,
    // gets one translated warning for each text with characters the label font lacks, which
    // print as boxes (LabelGlyphCheck). (LabelFonts::load().warning is the font's own.)
    static QByteArray render(const Evaluation &evaluation, const LabelOptions &options,
                             QString *error, QStringList *warnings = nullptr);
    // Renders and writes atomically (SaveFile); false and `error` naming the file on failure.
    static bool renderToFile(const Evaluation &evaluation, const LabelOptions &options,
                             const QString &fileName, QString *error,
                             QStringList *warnings = nullptr);
};

} // namespace carbonlabel
