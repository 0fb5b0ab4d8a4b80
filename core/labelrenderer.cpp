#include "core/labelrenderer.h"

#include "core/badgerenderer.h"
#include "core/savefile.h"
#include "core/sheetrenderer.h"

// The refresh-cycle report is another issue's (RefreshReportRenderer); until its header is in
// the tree, --kind refresh says it is not available.
#if __has_include("core/refreshreportrenderer.h")
#include "core/refreshreportrenderer.h"
#define CARBONLABEL_HAS_REFRESH_REPORT 1
#else
#define CARBONLABEL_HAS_REFRESH_REPORT 0
#endif

namespace carbonlabel {

namespace {

QByteArray renderRefreshReport(const Evaluation &evaluation, const LabelOptions &options,
                               QString *error)
{
#if CARBONLABEL_HAS_REFRESH_REPORT
    return RefreshReportRenderer::render(evaluation, options, error);
#else
    Q_UNUSED(evaluation);
    Q_UNUSED(options);
    if (error)
        *error = LabelRenderer::tr("--kind refresh: the refresh-cycle report is not available "
                                   "yet in this version");
    return {};
#endif
}

} // namespace

bool LabelRenderer::isAvailable(LabelOptions::Kind kind)
{
    return kind != LabelOptions::Kind::Refresh || CARBONLABEL_HAS_REFRESH_REPORT;
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
