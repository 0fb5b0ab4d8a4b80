#include "core/labelrenderer.h"

#include "core/badgerenderer.h"
#include "core/savefile.h"
#include "core/sheetrenderer.h"

namespace carbonlabel {

namespace {

// The refresh-cycle report (RefreshReportRenderer) is another issue's. Plug it in here, and in
// isAvailable(), once core/refreshreportrenderer.h exists.
QByteArray renderRefreshReport(const Evaluation &, const LabelOptions &, QString *error)
{
    if (error)
        *error = LabelRenderer::tr("--kind refresh: the refresh-cycle report is not available "
                                   "yet in this version");
    return {};
}

} // namespace

bool LabelRenderer::isAvailable(LabelOptions::Kind kind)
{
    return kind != LabelOptions::Kind::Refresh;
}

QByteArray LabelRenderer::render(const Evaluation &evaluation, const LabelOptions &options,
                                 QString *error)
{
    switch (options.kind) {
    case LabelOptions::Kind::Badge:
        return BadgeRenderer::render(evaluation, options, error);
    case LabelOptions::Kind::Sheet:
        return SheetRenderer::render(evaluation, options, error);
    case LabelOptions::Kind::Refresh:
        return renderRefreshReport(evaluation, options, error);
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
