#include "core/render/sheetbenchmark.h"

#include "core/evaluation/profileevaluator.h"
#include "core/factors/componentclass.h"
#include "core/render/labelformat.h"
#include "core/render/peerbandpainter.h"

#include <cmath>

namespace carbonlabel {

void SheetBenchmark::add(const Evaluation &evaluation, const SheetText &text,
                         const LabelPainter &lp, SheetFlow &flow)
{
    if (!evaluation.benchmark)
        return;
    const BenchmarkComparison &c = *evaluation.benchmark;
    const PeerBenchmark &b = PeerBenchmark::shipped();
    const LocalizedText group = c.group->sheetName();
    flow.addHeading(
            text.inline_(QStringLiteral("Published peers"), QStringLiteral("同类产品公开碳足迹")));

    const PeerBandPainter::Style style = PeerBandPainter::printStyle(
            lp.style(7.0, false, LabelPalette::muted()).font, lp.mm(1.0));
    const auto band = [&](bool manufacturing) {
        const PeerStatistics &s = manufacturing ? c.group->manufacturing : c.group->total;
        const double kg = manufacturing ? c.manufacturingKg : c.totalKg;
        const QString percentile = LabelFormat::count(
                std::lround(manufacturing ? c.percentileManufacturing : c.percentileTotal));
        const QString n = LabelFormat::count(s.n);
        const QString range
                = QStringLiteral("%1–%2 kg CO2e")
                          .arg(LabelFormat::significant(s.p10), LabelFormat::significant(s.p90));
        for (const QString &lang : text.languages()) {
            const bool zh = lang == QLatin1String("zh");
            QString line;
            if (zh) {
                line = manufacturing
                        ? QStringLiteral("已公开的%1碳足迹中的原材料与制造（n=%2），P10–P90：%3；"
                                         "本产品位于第 %4 百分位。")
                        : QStringLiteral("已公开的%1碳足迹（n=%2），P10–P90：%3；"
                                         "本产品位于第 %4 百分位。");
                line = line.arg(group.zh, n, range, percentile);
            } else {
                line = manufacturing
                        ? QStringLiteral("Published %1, materials and manufacturing (n=%2), "
                                         "P10–P90: %3; this product: percentile %4.")
                        : QStringLiteral("Published %1 (n=%2), P10–P90: %3; this product: "
                                         "percentile %4.");
                line = line.arg(group.en, n, range, percentile);
            }
            flow.addParagraph(line, 8.0);
        }
        const QString product
                = text.inline_(QStringLiteral("this product"), QStringLiteral("本产品"));
        flow.add([&flow, s, kg, product, style](QPainter *p, double top) {
            const double h = PeerBandPainter::height(style);
            if (p) {
                const QRectF c = flow.content();
                PeerBandPainter::draw(*p, QRectF(c.left(), top, c.width() * 0.7, h), s, kg, product,
                                      style);
            }
            return h + style.unit * 3.0;
        });
    };
    band(false);
    band(true);
    if (!evaluation.missingComponents.isEmpty()) {
        // Said beside the band, as it is one reason a product lands low in it.
        for (const QString &lang : text.languages()) {
            const bool zh = lang == QLatin1String("zh");
            QStringList names;
            for (const QString &c : evaluation.missingComponents)
                names.append(ComponentClass::inLanguage(c, lang));
            const QString line = zh
                    ? QStringLiteral(
                              "物料清单中没有以下部件：%1。公开的%2碳足迹分解都包含这些部件，"
                              "本产品的碳足迹未计入它们。")
                              .arg(names.join(QStringLiteral("、")), group.zh)
                    : QStringLiteral("The bill of materials has no line for: %1. Published "
                                     "breakdowns of %2 count these parts; this footprint leaves "
                                     "them out.")
                              .arg(names.join(QStringLiteral(", ")).toLower(), group.en);
            flow.addParagraph(line, 8.0, LabelPalette::caution());
        }
    }
    for (const QString &lang : text.languages()) {
        const bool zh = lang == QLatin1String("zh");
        const QString line = zh
                ? QStringLiteral("同类产品数据源自 %1（%2），按 %3 许可使用；多数为 PAIA "
                                 "方法的估算，仅作合理性参照，不计入本产品的碳足迹。")
                : QStringLiteral("Peer footprints derived from %1 (%2), under %3; most are PAIA "
                                 "estimates, shown as a plausibility check and not part of this "
                                 "product's footprint.");
        flow.addParagraph(line.arg(b.source(), b.sourceUrl(), b.licence()), 7.0,
                          LabelPalette::muted());
    }
}

} // namespace carbonlabel
