#include "core/render/labelfacts.h"

#include "core/evaluation/profileevaluator.h"
#include "core/render/labelformat.h"

namespace carbonlabel {

namespace {

bool isChinese(const QString &language)
{
    return language == QLatin1String("zh");
}

// Between `open` and the first `close` after it, trimmed; empty when absent.
QString between(const QString &text, const QString &open, const QString &close)
{
    const qsizetype start = text.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype from = start + open.size();
    const qsizetype end = text.indexOf(close, from);
    return (end < 0 ? text.mid(from) : text.mid(from, end - from)).trimmed();
}

// Region codes the shipped grid factors use where their names do not say the region plainly
// (the MEE factors are named by year and grid, e.g. "2023年华东区域电力...").
LocalizedText regionFromCode(const QString &code)
{
    static const QList<std::array<const char *, 3>> names{
            {"WORLD", "World", "全球"},
            {"GLOBAL", "World", "全球"},
            {"EU", "European Union", "欧盟"},
            {"CN", "China", "中国"},
            {"CN-north", "North China", "华北"},
            {"CN-northeast", "Northeast China", "东北"},
            {"CN-east", "East China", "华东"},
            {"CN-central", "Central China", "华中"},
            {"CN-northwest", "Northwest China", "西北"},
            {"CN-south", "South China", "南方"},
            {"CN-southwest", "Southwest China", "西南"},
            {"US", "United States", "美国"},
            {"GB", "United Kingdom", "英国"},
    };
    for (const auto &n : names) {
        if (code.compare(QLatin1String(n[0]), Qt::CaseInsensitive) == 0)
            return LocalizedText{QString::fromUtf8(n[1]), QString::fromUtf8(n[2]), {}};
    }
    return LocalizedText{code, code, {}};
}

} // namespace

LabelFacts LabelFacts::from(const Evaluation &evaluation, const QDate &date)
{
    LabelFacts facts;
    const Profile &profile = *evaluation.profile;
    const lca::FootprintResult &result = evaluation.result;
    facts.productName = profile.product.name;
    facts.totalKg = result.total();
    for (lca::Stage s : lca::kAllStages)
        facts.stageKg[static_cast<int>(s)] = result.stage(s);
    facts.lifetimeYears = profile.product.lifetimeYears.value;
    if (profile.use && !profile.use->grid.isEmpty()) {
        for (const Factor &f : evaluation.built.factors) {
            if (f.id == profile.use->grid)
                facts.useRegion = regionName(f);
        }
    }
    facts.offsetsKg = result.offsetsKg;
    if (profile.offsets) {
        facts.offsetStandard = profile.offsets->standard.trimmed();
        facts.offsetCertificate = profile.offsets->certificate.trimmed();
    }
    facts.carbonNeutral = result.carbonNeutral;
    facts.datasetVersion = evaluation.datasetVersion;
    facts.date = date;
    return facts;
}

LocalizedText LabelFacts::regionName(const Factor &grid)
{
    LocalizedText fromCode = regionFromCode(grid.region);
    LocalizedText name;
    if (grid.nameEn.startsWith(QLatin1String("Grid electricity, ")))
        name.en = between(grid.nameEn, QStringLiteral(", "), QStringLiteral(" ("));
    if (grid.nameZh.startsWith(QStringLiteral("电网电力碳强度，")))
        name.zh = between(grid.nameZh, QStringLiteral("，"), QStringLiteral("（"));
    if (name.en.isEmpty())
        name.en = fromCode.en;
    if (name.zh.isEmpty())
        name.zh = fromCode.zh;
    return name;
}

QString LabelFacts::title(const QString &language)
{
    return isChinese(language) ? QStringLiteral("碳足迹") : QStringLiteral("Carbon impact");
}

QString LabelFacts::neutralMark(const QString &language)
{
    return isChinese(language) ? QStringLiteral("碳中和") : QStringLiteral("Carbon neutral");
}

QString LabelFacts::years(const QString &language) const
{
    const QString n = LabelFormat::plain(lifetimeYears);
    if (isChinese(language))
        return n + QStringLiteral("年");
    return lifetimeYears == 1.0 ? QStringLiteral("1 year") : n + QStringLiteral(" years");
}

QString LabelFacts::assumption(const QString &language) const
{
    // No article before the region ("United States electricity"), so every name reads right.
    const QString region = useRegion.text(language);
    if (isChinese(language)) {
        return region.isEmpty()
                ? QStringLiteral("按使用%1计算").arg(years(language))
                : QStringLiteral("按使用%1、%2电力计算").arg(years(language), region);
    }
    return region.isEmpty()
            ? QStringLiteral("Based on %1 of use").arg(years(language))
            : QStringLiteral("Based on %1 of use, %2 electricity").arg(years(language), region);
}

QString LabelFacts::rangeLine(const QStringList &languages, double p5, double p95)
{
    const QString range = LabelFormat::significant(p5) + QStringLiteral("–")
            + LabelFormat::significant(p95) + QLatin1Char(' ') + unit();
    if (languages.size() > 1)
        return QStringLiteral("90% range / 90%区间 (P5–P95): ") + range;
    return isChinese(languages.value(0)) ? QStringLiteral("90%区间（P5–P95）：") + range
                                         : QStringLiteral("90% range (P5–P95): ") + range;
}

QString LabelFacts::offsetsLine(const QString &language) const
{
    if (!(offsetsKg > 0.0))
        return {};
    const QString amount = LabelFormat::significant(offsetsKg) + QLatin1Char(' ') + unit();
    return isChinese(language) ? QStringLiteral("碳抵消：%1（未从总量中扣减）").arg(amount)
                               : QStringLiteral("Offsets: %1, not subtracted").arg(amount);
}

QString LabelFacts::neutralCoverage(const QString &language) const
{
    if (!carbonNeutral)
        return {};
    const QString amount = LabelFormat::significant(offsetsKg) + QLatin1Char(' ') + unit();
    if (isChinese(language)) {
        return QStringLiteral("经认证的碳抵消 %1 覆盖全部排放：%2，证书 %3")
                .arg(amount, offsetStandard, offsetCertificate);
    }
    return QStringLiteral("Certified offsets of %1 cover the total: %2, certificate %3")
            .arg(amount, offsetStandard, offsetCertificate);
}

QString LabelFacts::datasetLine(const QString &language) const
{
    const QString day = date.toString(Qt::ISODate);
    return isChinese(language) ? QStringLiteral("%1 · 数据集 %2").arg(day, datasetVersion)
                               : QStringLiteral("%1 · Dataset %2").arg(day, datasetVersion);
}

} // namespace carbonlabel
