#include "core/render/labelrenderer.h"

#include "core/base/savefile.h"
#include "core/render/badgerenderer.h"
#include "core/render/refreshreportrenderer.h"
#include "core/render/sheetrenderer.h"

namespace carbonlabel {

QByteArray LabelRenderer::render(const Evaluation &evaluation, const LabelOptions &options,
                                 QString *error)
{
    switch (options.kind) {
    case LabelOptions::Kind::Badge:
        return BadgeRenderer::render(evaluation, options, error);
    case LabelOptions::Kind::Sheet:
        return SheetRenderer::render(evaluation, options, error);
    case LabelOptions::Kind::Refresh:
        return RefreshReportRenderer::render(evaluation, options, error);
    }
    return {};
}

bool LabelRenderer::renderToFile(const Evaluation &evaluation, const LabelOptions &options,
                                 const QString &fileName, QString *error)
{
    const QByteArray pdf = render(evaluation, options, error);
    if (pdf.isEmpty())
        return false;
    return SaveFile::write(fileName, pdf, error);
}

} // namespace carbonlabel
