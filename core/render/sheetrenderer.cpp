#include "core/render/sheetrenderer.h"

#include "core/evaluation/profileevaluator.h"
#include "core/render/labelfacts.h"
#include "core/render/labelfonts.h"
#include "core/render/labelformat.h"
#include "core/render/labelpainter.h"
#include "core/render/labelpalette.h"
#include "core/render/labelpdf.h"
#include "core/render/sheetbenchmark.h"
#include "core/render/sheetdataquality.h"
#include "core/render/sheetflow.h"
#include "core/render/sheetsections.h"
#include "core/render/sheettext.h"

#include <QPainter>

namespace carbonlabel {

namespace {

constexpr double kPageWidthMm = 210.0;
constexpr double kPageHeightMm = 297.0;

// Header (document and product) and footer (standard, dataset, date, page of pages).
void decorate(QPainter &painter, const LabelPainter &lp, const SheetText &t,
              const LabelFacts &facts, const QRectF &content, int page, int pages)
{
    const LabelPainter::TextStyle style = lp.style(7.0, false, LabelPalette::muted());
    const double x = content.left();
    const double w = content.width();
    const double headerY = lp.mm(11.0);
    lp.text(&painter,
            QStringLiteral("CarbonLabel · ")
                    + t.inline_(QStringLiteral("Product carbon footprint sheet"),
                                QStringLiteral("产品碳足迹说明书")),
            style, {x, headerY}, w * 0.6);
    const LabelPainter::TextStyle right
            = lp.style(7.0, false, LabelPalette::muted(), Qt::AlignRight, 1);
    lp.text(&painter, t.inline_(facts.productName), right, {x + w * 0.6, headerY}, w * 0.4);
    lp.rule(painter, {x, lp.mm(16.0)}, w, 0.15, LabelPalette::hairline());

    const double footerY = lp.mm(kPageHeightMm - 14.0);
    lp.rule(painter, {x, footerY - lp.mm(2.0)}, w, 0.15, LabelPalette::hairline());
    const QString date = facts.date.toString(Qt::ISODate);
    lp.text(&painter,
            QStringLiteral("%1 · %2 · %3")
                    .arg(LabelFacts::standard(),
                         t.inline_(QStringLiteral("Dataset"), QStringLiteral("数据集"))
                                 + QLatin1Char(' ') + facts.datasetVersion,
                         date),
            style, {x, footerY}, w * 0.7);
    const QString en = QStringLiteral("Page %1 of %2")
                               .arg(LabelFormat::count(page), LabelFormat::count(pages));
    const QString zh = QStringLiteral("第 %1 页，共 %2 页")
                               .arg(LabelFormat::count(page), LabelFormat::count(pages));
    lp.text(&painter, t.inline_(en, zh), right, {x + w * 0.7, footerY}, w * 0.3);
}

} // namespace

QByteArray SheetRenderer::render(const Evaluation &evaluation, const LabelOptions &options,
                                 QString *error)
{
    if (!evaluation.ok()) {
        if (error)
            *error = tr("the profile has errors; run carbonlabel-cli validate on it");
        return {};
    }
    const lca::MonteCarloResult uncertainty = LabelUncertainty::run(evaluation);
    return render(evaluation, options, &uncertainty, error);
}

QByteArray SheetRenderer::render(const Evaluation &evaluation, const LabelOptions &options,
                                 const lca::MonteCarloResult *uncertainty, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (!evaluation.ok())
        return fail(tr("the profile has errors; run carbonlabel-cli validate on it"));
    const LabelFonts::Loaded &fonts = LabelFonts::load();
    if (!fonts.ok())
        return fail(fonts.error);

    const LabelFacts facts = LabelFacts::from(evaluation, options.effectiveDate());
    const SheetText text(options.languageCodes());
    const QString lang = options.languageCodes().constFirst();
    const QString title = lang == QLatin1String("zh")
            ? QStringLiteral("产品碳足迹：%1")
            : QStringLiteral("Product carbon footprint: %1");
    LabelPdf pdf(QSizeF(kPageWidthMm, kPageHeightMm), title.arg(facts.productName.text(lang)),
                 facts.date);
    const LabelPainter lp(fonts.family, LabelPdf::unitsPerMm());
    const QRectF content(lp.mm(18.0), lp.mm(22.0), lp.mm(kPageWidthMm - 36.0),
                         lp.mm(kPageHeightMm - 22.0 - 22.0));
    SheetFlow flow(lp, content);
    SheetSections sections(evaluation, facts, text, lp, flow);
    sections.addSummary(uncertainty);
    sections.addStages();
    SheetBenchmark::add(evaluation, text, lp, flow);
    if (uncertainty)
        sections.addUncertainty(*uncertainty);
    SheetDataQuality::add(evaluation, text, lp, flow);
    sections.addContributors();
    sections.addAssumptions();
    sections.addFactors();
    sections.addMethodology(uncertainty != nullptr);

    QPainter painter;
    if (!painter.begin(pdf.device()))
        return fail(tr("cannot start a PDF"));
    painter.setRenderHint(QPainter::Antialiasing);
    flow.render(painter, *pdf.device(), [&](QPainter &p, int page, int pages) {
        decorate(p, lp, text, facts, content, page, pages);
    });
    painter.end();
    return pdf.finish(error);
}

} // namespace carbonlabel
