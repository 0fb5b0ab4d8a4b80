#include "core/render/sheetdataquality.h"

#include "core/evaluation/dataqualitysummary.h"
#include "core/evaluation/profileevaluator.h"
#include "core/render/labelformat.h"

namespace carbonlabel {

namespace {

LocalizedText bandName(DataQualitySummary::Band band)
{
    using Band = DataQualitySummary::Band;
    switch (band) {
    case Band::VeryGood:
        return {QStringLiteral("very good"), QStringLiteral("很好"), {}};
    case Band::Good:
        return {QStringLiteral("good"), QStringLiteral("良好"), {}};
    case Band::Fair:
        return {QStringLiteral("fair"), QStringLiteral("一般"), {}};
    case Band::Poor:
        return {QStringLiteral("poor"), QStringLiteral("较差"), {}};
    case Band::Unscored:
        break;
    }
    return {QStringLiteral("not scored"), QStringLiteral("未评分"), {}};
}

// The overall line: "Data quality: 1.6 of 5, good (...; 100.0% of the total scored)".
QString overall(const DataQualitySummary &s, const QString &lang)
{
    const bool zh = lang == QLatin1String("zh");
    if (!s.isScored())
        return zh ? QStringLiteral("数据质量：未评分（本产品所用的排放因子均无谱系评分）。")
                  : QStringLiteral("Data quality: not scored (no emission factor of this product "
                                   "carries pedigree scores).");
    const QString rating = LabelFormat::significant(s.rating, 2);
    const QString scored = LabelFormat::percent(s.scoredShare, 1);
    const QString band = bandName(s.band()).text(lang);
    return zh ? QStringLiteral("数据质量：%1（满分 5，1 为最佳），%2（按贡献加权的谱系评分；"
                               "总量的 %3 已评分）。方法：ecoinvent v3 数据质量指南的谱系矩阵"
                               "（Weidema 等，2013）。")
                        .arg(rating, band, scored)
              : QStringLiteral("Data quality: %1 of 5, %2 (contribution-weighted pedigree "
                               "scores; %3 of the total scored). Method: pedigree matrix of the "
                               "ecoinvent v3 data quality guideline (Weidema et al. 2013).")
                        .arg(rating, band, scored);
}

QString score(int value)
{
    return value > 0 ? LabelFormat::count(value) : QStringLiteral("–");
}

} // namespace

void SheetDataQuality::add(const Evaluation &evaluation, const SheetText &text,
                           const LabelPainter &lp, SheetFlow &flow)
{
    const DataQualitySummary s = DataQualitySummary::of(evaluation);
    if (s.rows.isEmpty())
        return;
    flow.addHeading(text.inline_(QStringLiteral("Data quality"), QStringLiteral("数据质量")));
    // The rating stays with the table it sums up.
    for (const QString &lang : text.languages())
        flow.addParagraph(overall(s, lang), 8.0, LabelPalette::body(), s.isScored());
    if (!s.isScored())
        return;

    QList<QStringList> rows;
    double restShare = 0.0;
    for (qsizetype i = 0; i < s.rows.size(); ++i) {
        const DataQualitySummary::Row &row = s.rows.at(i);
        if (i >= kRows) {
            restShare += row.share;
            continue;
        }
        const Factor *f = evaluation.built.factorFor(row.factor);
        LocalizedText name{row.factorId, row.factorId, {}};
        if (f)
            name = {f->nameEn, f->nameZh.isEmpty() ? f->nameEn : f->nameZh, {}};
        if (!row.line.isEmpty()) {
            // A line that gave its own scores: which one.
            const LocalizedText part = text.partName(evaluation, row.line.toStdString());
            name.en += QStringLiteral(" · ") + part.text(QStringLiteral("en"))
                    + QStringLiteral(", own scores");
            name.zh += QStringLiteral(" · ") + part.text(QStringLiteral("zh"))
                    + QStringLiteral("，自有评分");
        }
        const bool scored = row.scores.isScored();
        QStringList cells{text.stacked(name), LabelFormat::percent(row.share, 1)};
        for (int v : row.scores.toArray())
            cells << score(scored ? v : 0);
        cells << (scored ? LabelFormat::significant(row.gsd, 3) : QStringLiteral("–"));
        rows.append(cells);
    }
    if (s.rows.size() > kRows) {
        const QString n = LabelFormat::count(s.rows.size() - kRows);
        rows.append({text.inline_(QStringLiteral("%1 other factors").arg(n),
                                  QStringLiteral("其余 %1 个因子").arg(n)),
                     LabelFormat::percent(restShare, 1), QString(), QString(), QString(), QString(),
                     QString(), QString()});
    }
    QStringList weighted{text.stacked(QStringLiteral("Contribution-weighted score"),
                                      QStringLiteral("贡献加权评分")),
                         LabelFormat::percent(s.scoredShare, 1)};
    for (double w : s.weighted)
        weighted << LabelFormat::significant(w, 2);
    weighted << QString();
    rows.append(weighted);

    SheetFlow::TableStyle style;
    style.boldLastRow = true;
    style.keepTogether = true;
    const Qt::Alignment right = Qt::AlignRight;
    const Qt::Alignment centre = Qt::AlignHCenter;
    // Headings in two lines when both languages are printed: the columns are narrow.
    flow.addTable(
            {{text.stacked(QStringLiteral("Factor"), QStringLiteral("排放因子")), 0.33},
             {text.stacked(QStringLiteral("Share"), QStringLiteral("占比")), 0.08, right},
             {text.stacked(QStringLiteral("Reliability"), QStringLiteral("可靠性")), 0.105, centre},
             {text.stacked(QStringLiteral("Completeness"), QStringLiteral("完整性")), 0.105,
              centre},
             {text.stacked(QStringLiteral("Temporal"), QStringLiteral("时间相关性")), 0.105,
              centre},
             {text.stacked(QStringLiteral("Geography"), QStringLiteral("地理相关性")), 0.105,
              centre},
             {text.stacked(QStringLiteral("Technology"), QStringLiteral("技术相关性")), 0.105,
              centre},
             {QStringLiteral("GSD"), 0.065, right}},
            rows, style);
    flow.addSpace(lp.mm(2.0));
    for (const QString &lang : text.languages()) {
        const bool zh = lang == QLatin1String("zh");
        flow.addParagraph(
                zh ? QStringLiteral(
                        "每个排放因子按 ecoinvent v3 数据质量指南（Weidema 等，2013）"
                        "的谱系矩阵评分，五项指标为可靠性、完整性、时间相关性、地理相关"
                        "性和其他技术相关性，1 分最佳、5 分最差。产品档案给出参考年份时，"
                        "时间评分以该年份为准；地理评分以因子的使用地区（工厂、使用地、"
                        "数据中心）为准。GSD 为蒙特卡洛模拟抽取该因子时所用的几何标准差"
                        "（基本不确定性加五项评分）。占比为使用该因子的条目占总量的比例。")
                   : QStringLiteral("Each emission factor is scored with the pedigree matrix of "
                                    "the ecoinvent v3 data quality guideline (Weidema et al. "
                                    "2013) on five indicators: reliability, completeness, "
                                    "temporal, geographical and further technological "
                                    "correlation, from 1 (best) to 5 (worst). The temporal score "
                                    "is taken against the profile's reference year when it gives "
                                    "one, the geographical score against the region the factor "
                                    "is used in (factory, use, data centre). GSD is the "
                                    "geometric standard deviation the Monte Carlo simulation "
                                    "draws the factor with (its basic uncertainty and the five "
                                    "scores). Share is the part of the total on the lines that "
                                    "use the factor."),
                7.0, LabelPalette::muted());
    }
}

} // namespace carbonlabel
