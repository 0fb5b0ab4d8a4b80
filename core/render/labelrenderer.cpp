#include "core/render/labelrenderer.h"

#include "core/base/savefile.h"
#include "core/render/badgerenderer.h"
#include "core/render/labelglyphcheck.h"
#include "core/render/refreshreportrenderer.h"
#include "core/render/sheetrenderer.h"

namespace carbonlabel {

namespace {

QByteArray renderKind(const Evaluation &evaluation, const LabelOptions &options, QString *error)
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

} // namespace

QByteArray LabelRenderer::render(const Evaluation &evaluation, const LabelOptions &options,
                                 QString *error, QStringList *warnings)
{
    if (!warnings)
        return renderKind(evaluation, options, error);
    const LabelGlyphCheck check;
    const QByteArray pdf = renderKind(evaluation, options, error);
    if (!pdf.isEmpty())
        *warnings << check.warnings();
    return pdf;
}

bool LabelRenderer::renderToFile(const Evaluation &evaluation, const LabelOptions &options,
                                 const QString &fileName, QString *error, QStringList *warnings)
{
    const QByteArray pdf = render(evaluation, options, error, warnings);
    if (pdf.isEmpty())
        return false;
    return SaveFile::write(fileName, pdf, error);
}

} // namespace carbonlabel
