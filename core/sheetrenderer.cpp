#include "core/sheetrenderer.h"

namespace carbonlabel {

QByteArray SheetRenderer::render(const Evaluation &, const LabelOptions &, QString *error)
{
    *error = tr("not yet");
    return {};
}

} // namespace carbonlabel
