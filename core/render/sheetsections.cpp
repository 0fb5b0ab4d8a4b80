#include "core/render/sheetsections.h"

#include "core/base/stagenames.h"
#include "core/evaluation/profileevaluator.h"
#include "core/render/labelformat.h"
#include "core/render/labelpalette.h"
#include "core/render/sheetassumptions.h"
#include "core/render/sheethistogram.h"
#include "lca/units.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace carbonlabel {

namespace {

constexpr int kTopContributors = 10;

} // namespace

SheetSections::SheetSections(const Evaluation &evaluation, const LabelFacts &facts,
                             const SheetText &text, const LabelPainter &lp, SheetFlow &flow)
    : m_evaluation(evaluation)
    , m_facts(facts)
    , m_text(text)
    , m_lp(lp)
    , m_flow(flow)
{ }

QString SheetSections::kg(double value) const
{
    return LabelFormat::significant(value) + QLatin1Char(' ') + LabelFacts::unit();
}

QString SheetSections::share(double value) const
{
    return m_facts.totalKg > 0.0 ? LabelFormat::percent(value / m_facts.totalKg, 1)
                                 : QStringLiteral("–");
}

void SheetSections::addSummary(const lca::MonteCarloResult *uncertainty)
{
    const QRectF c = m_flow.content();
    m_flow.add([this, c](QPainter *p, double top) {
        double y = top;
        const LabelPainter::TextStyle over = m_lp.style(7.5, true, LabelPalette::accent());
        y += m_lp.text(p,
                       m_text.inline_(QStringLiteral("PRODUCT CARBON FOOTPRINT"),
                                      QStringLiteral("产品碳足迹")),
                       over, {c.left(), y}, c.width());
        y += m_lp.mm(1.2);
        // Names from the profile are drawn in the regular face, which never falls back.
        LabelPainter::TextStyle name = m_lp.style(19.0, false, LabelPalette::ink());
        for (const QString &lang : m_text.languages()) {
            const QString n = m_facts.productName.text(lang);
            if (lang != m_text.languages().constFirst()
                && n == m_facts.productName.text(QStringLiteral("en")))
                continue;
            y += m_lp.text(p, n, name, {c.left(), y}, c.width());
            name.font = m_lp.font(14.0);
        }
        y += m_lp.mm(1.0);
        const Profile &profile = *m_evaluation.profile;
        const LabelPainter::TextStyle meta = m_lp.style(8.0, false, LabelPalette::muted());
        QStringList parts{profile.product.id};
        if (!profile.product.category.isEmpty())
            parts << profile.product.category;
        y += m_lp.text(p, parts.join(QStringLiteral(" · ")), meta, {c.left(), y}, c.width());
        if (!profile.product.functionalUnit.isEmpty()) {
            for (const QString &lang : m_text.languages()) {
                const QString label = lang == QLatin1String("zh")
                        ? QStringLiteral("功能单位：")
                        : QStringLiteral("Functional unit: ");
                y += m_lp.text(p, label + profile.product.functionalUnit.text(lang), meta,
                               {c.left(), y}, c.width());
            }
        }
        return y - top + m_lp.mm(5.0);
    });
    m_flow.add([this, uncertainty](QPainter *p, double top) {
        return summaryPanel(p, top, uncertainty);
    });
    m_flow.add([this, c](QPainter *p, double top) {
        const double h = m_lp.mm(4.2);
        if (p)
            m_lp.stageBar(*p, QRectF(c.left(), top, c.width(), h), m_facts.stageKg, m_lp.mm(0.8),
                          m_lp.mm(0.35));
        return h;
    });
}

double SheetSections::summaryPanel(QPainter *p, double top,
                                   const lca::MonteCarloResult *uncertainty) const
{
    const QRectF c = m_flow.content();
    const double pad = m_lp.mm(5.0);
    const double leftW = c.width() * 0.46 - pad;
    const double rightX = c.left() + c.width() * 0.48;
    const double rightW = c.right() - pad - rightX;
    auto panel = [&](QPainter *painter) {
        double y = top + pad;
        const double x = c.left() + pad;
        y += m_lp.text(painter,
                       m_text.inline_(QStringLiteral("Cradle-to-grave footprint"),
                                      QStringLiteral("全生命周期碳足迹")),
                       m_lp.style(8.0, false, LabelPalette::muted()), {x, y}, leftW);
        y += m_lp.mm(1.5);
        // The total, thickened by stroking its outline (see BadgeRenderer).
        const QString figure = LabelFormat::significant(m_facts.totalKg);
        const QFont figureFont = m_lp.font(24.0);
        const QFont unitFont = m_lp.font(11.0);
        const QFontMetricsF fm(figureFont);
        const double baseline = y + fm.capHeight();
        if (painter) {
            painter->setPen(LabelPalette::ink());
            painter->setFont(figureFont);
            painter->drawText(QPointF(x, baseline), figure);
            QPainterPath outline;
            outline.addText(QPointF(x, baseline), figureFont, figure);
            painter->strokePath(outline,
                                QPen(LabelPalette::ink(), figureFont.pixelSize() * 0.04,
                                     Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setFont(unitFont);
            // A real space first, as on the badge, so the figure and unit read as one phrase.
            painter->drawText(QPointF(x + m_lp.advance(figure, figureFont) + m_lp.mm(1.5)
                                              - m_lp.advance(QStringLiteral(" "), unitFont),
                                      baseline),
                              QLatin1Char(' ') + LabelFacts::unit());
        }
        y += fm.capHeight() + m_lp.mm(2.5);
        y += m_lp.text(painter,
                       m_text.inline_(QStringLiteral("On the label"), QStringLiteral("标签数值"))
                               + QStringLiteral(": ") + LabelFormat::significant(m_facts.totalKg)
                               + QLatin1Char(' ') + LabelFacts::unit(),
                       m_lp.style(8.0, false, LabelPalette::muted()), {x, y}, leftW);
        if (uncertainty && !(uncertainty->total.p95 > uncertainty->total.p5)) {
            y += m_lp.mm(1.0);
            y += m_lp.text(
                    painter,
                    m_text.stacked(QStringLiteral("No uncertainty range: no input carries one"),
                                   QStringLiteral("无不确定性区间：输入均未给出不确定性")),
                    m_lp.style(8.0, false, LabelPalette::muted()), {x, y}, leftW);
        } else if (uncertainty) {
            y += m_lp.mm(1.0);
            const QString range = LabelFormat::significant(uncertainty->total.p5)
                    + QStringLiteral(" – ") + LabelFormat::significant(uncertainty->total.p95)
                    + QLatin1Char(' ') + LabelFacts::unit();
            y += m_lp.text(painter,
                           m_text.stacked(QStringLiteral("90% range (P5–P95): ") + range,
                                          QStringLiteral("90%区间（P5–P95）：") + range),
                           m_lp.style(8.5, false, LabelPalette::body()), {x, y}, leftW);
        }
        const double leftBottom = y;

        // The badge's facts, as label and value.
        y = top + pad;
        const LocalizedText none{QStringLiteral("none"), QStringLiteral("无"), {}};
        QList<std::pair<QString, QString>> rows;
        rows.append({m_text.inline_(QStringLiteral("Lifetime"), QStringLiteral("使用寿命")),
                     m_text.stacked(m_facts.years(QStringLiteral("en")),
                                    m_facts.years(QStringLiteral("zh")))});
        if (!m_facts.useRegion.isEmpty())
            rows.append({m_text.inline_(QStringLiteral("Use-phase electricity"),
                                        QStringLiteral("使用阶段电力")),
                         m_text.stacked(m_facts.useRegion)});
        rows.append({m_text.inline_(QStringLiteral("Offsets, not subtracted"),
                                    QStringLiteral("碳抵消（未扣减）")),
                     m_facts.offsetsKg > 0.0 ? kg(m_facts.offsetsKg) : m_text.stacked(none)});
        rows.append({m_text.inline_(QStringLiteral("Carbon neutral"), QStringLiteral("碳中和")),
                     m_facts.carbonNeutral ? m_text.stacked(
                             QStringLiteral("yes: %1, certificate %2")
                                     .arg(m_facts.offsetStandard, m_facts.offsetCertificate),
                             QStringLiteral("是：%1，证书 %2")
                                     .arg(m_facts.offsetStandard, m_facts.offsetCertificate))
                                           : m_text.stacked(QStringLiteral("no"),
                                                            QStringLiteral("否"))});
        rows.append({m_text.inline_(QStringLiteral("Standard"), QStringLiteral("标准")),
                     LabelFacts::standard()});
        rows.append(
                {m_text.inline_(QStringLiteral("Dataset, date"), QStringLiteral("数据集、日期")),
                 m_facts.datasetVersion + QStringLiteral(", ")
                         + m_facts.date.toString(Qt::ISODate)});
        // Two columns of facts, row by row, so the panel is no taller than the figure needs.
        const qsizetype neutralIndex = rows.size() - 3; // the neutral row, green when earned
        const double columnGap = m_lp.mm(4.0);
        const double columnW = (rightW - columnGap) / 2.0;
        for (qsizetype i = 0; i < rows.size(); i += 2) {
            double rowHeight = 0.0;
            for (qsizetype k = i; k < std::min(i + 2, rows.size()); ++k) {
                const double cx = rightX + (k - i) * (columnW + columnGap);
                const bool neutralRow = m_facts.carbonNeutral && k == neutralIndex;
                double h = m_lp.text(painter, rows[k].first,
                                     m_lp.style(7.0, false, LabelPalette::muted()), {cx, y},
                                     columnW);
                h += m_lp.text(
                        painter, rows[k].second,
                        m_lp.style(8.5, neutralRow,
                                   neutralRow ? LabelPalette::neutral() : LabelPalette::body()),
                        {cx, y + h}, columnW);
                rowHeight = std::max(rowHeight, h);
            }
            y += rowHeight + m_lp.mm(2.0);
        }
        y -= m_lp.mm(2.0);
        return std::max(leftBottom, y) + pad - top;
    };
    const double height = panel(nullptr);
    if (p) {
        p->setPen(Qt::NoPen);
        p->setBrush(LabelPalette::panel());
        p->drawRoundedRect(QRectF(c.left(), top, c.width(), height), m_lp.mm(2.0), m_lp.mm(2.0));
        p->setBrush(Qt::NoBrush);
        panel(p);
    }
    return height + m_lp.mm(4.0);
}

void SheetSections::addStages()
{
    m_flow.addHeading(
            m_text.inline_(QStringLiteral("Life-cycle stages"), QStringLiteral("生命周期阶段")));
    QList<QStringList> rows;
    SheetFlow::TableStyle style;
    for (lca::Stage s : lca::kAllStages) {
        const double v = m_facts.stageKg[static_cast<int>(s)];
        rows.append({m_text.stacked(StageNames::english(s), StageNames::chinese(s)),
                     LabelFormat::significant(v), share(v)});
        style.swatchRows.append(static_cast<int>(s));
    }
    rows.append({m_text.inline_(QStringLiteral("Total"), QStringLiteral("合计")),
                 LabelFormat::significant(m_facts.totalKg), share(m_facts.totalKg)});
    style.boldLastRow = true;
    style.keepTogether = true;
    m_flow.addTable({{m_text.inline_(QStringLiteral("Stage"), QStringLiteral("阶段")), 0.56},
                     {LabelFacts::unit(), 0.26, Qt::AlignRight},
                     {m_text.inline_(QStringLiteral("Share"), QStringLiteral("占比")), 0.18,
                      Qt::AlignRight}},
                    rows, style);
    const lca::FootprintResult &r = m_evaluation.result;
    m_flow.addSpace(m_lp.mm(2.0));
    for (const QString &lang : m_text.languages()) {
        const QString credits
                = LabelFormat::significant(std::abs(r.endOfLifeCreditsKg)); // stored negative
        m_flow.addParagraph(
                lang == QLatin1String("zh")
                        ? QStringLiteral("回收抵免 %1 kg CO2e 单独列示，未从总量中扣除；碳抵消 %2 "
                                         "kg CO2e 列于总量旁，从不扣减。")
                                  .arg(credits, LabelFormat::significant(r.offsetsKg))
                        : QStringLiteral(
                                  "End-of-life recycling credits of %1 kg CO2e are reported apart "
                                  "and not netted; offsets "
                                  "of %2 kg CO2e are shown beside the total and never subtracted.")
                                  .arg(credits, LabelFormat::significant(r.offsetsKg)),
                7.5, LabelPalette::muted());
    }
}

void SheetSections::addUncertainty(const lca::MonteCarloResult &u)
{
    m_flow.addHeading(m_text.inline_(QStringLiteral("Uncertainty"), QStringLiteral("不确定性")));
    const bool varies = u.total.p95 > u.total.p5;
    for (const QString &lang : m_text.languages()) {
        const bool zh = lang == QLatin1String("zh");
        const QString samples = LabelFormat::count(u.samples);
        QString text;
        if (!varies) {
            text = zh
                    ? QStringLiteral("本产品的输入和因子均未给出不确定性：%1 次抽样的总量都相同。")
                              .arg(samples)
                    : QStringLiteral("No input or factor of this product carries an uncertainty: "
                                     "all %1 samples give the same total.")
                              .arg(samples);
        } else {
            text = zh ? QStringLiteral("蒙特卡洛模拟，%1 次抽样，随机种子 "
                                       "%2，覆盖所有带不确定性的输入和因子：均值 %3，中位数 %4，P5 "
                                       "%5，P95 %6（kg CO2e）。")
                      : QStringLiteral("Monte Carlo simulation, %1 samples, seed %2, over every "
                                       "uncertain input and factor: mean %3, median %4, "
                                       "P5 %5, P95 %6 (kg CO2e).");
            text = text.arg(samples, LabelFormat::identifier(u.seed),
                            LabelFormat::significant(u.total.mean),
                            LabelFormat::significant(u.total.median),
                            LabelFormat::significant(u.total.p5),
                            LabelFormat::significant(u.total.p95));
        }
        m_flow.addParagraph(text, 8.0);
    }
    if (!varies)
        return;
    m_flow.add([this, &u](QPainter *p, double top) {
        const QRectF c = m_flow.content();
        return SheetHistogram::draw(p, m_lp, QRectF(c.left(), top, c.width(), m_lp.mm(42.0)), u,
                                    m_facts.totalKg, m_text);
    });

    QList<QStringList> rows;
    for (const lca::SensitivityEntry &s : u.sensitivity) {
        if (rows.size() == 5 || s.share < 0.005)
            break;
        rows.append({m_text.stacked(m_text.parameterName(m_evaluation, s.path)),
                     LabelFormat::percent(s.share, 1)});
    }
    if (rows.isEmpty())
        return;
    m_flow.addSpace(m_lp.mm(2.0));
    m_flow.addTable(
            {{m_text.inline_(QStringLiteral("What drives the range (share of rank variance)"),
                             QStringLiteral("影响区间的主要因素（秩方差占比）")),
              0.8},
             {m_text.inline_(QStringLiteral("Share"), QStringLiteral("占比")), 0.2,
              Qt::AlignRight}},
            rows);
}

void SheetSections::addContributors()
{
    m_flow.addHeading(
            m_text.inline_(QStringLiteral("Top contributors"), QStringLiteral("主要排放来源")));
    const lca::FootprintResult &r = m_evaluation.result;
    std::vector<lca::Contribution> lines;
    for (const lca::Contribution &c : r.contributions) {
        if (!c.credit)
            lines.push_back(c);
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const auto &a, const auto &b) { return a.kgCo2e > b.kgCo2e; });
    QList<QStringList> rows;
    double rest = 0.0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const lca::Contribution &c = lines[i];
        if (i >= static_cast<std::size_t>(kTopContributors)) {
            rest += c.kgCo2e;
            continue;
        }
        const Factor *f = m_evaluation.built.factorFor(c.factor);
        rows.append({LabelFormat::count(static_cast<qint64>(i + 1)),
                     m_text.stacked(m_text.partName(m_evaluation, c.path)),
                     f ? m_text.stacked(f->nameEn, f->nameZh.isEmpty() ? f->nameEn : f->nameZh)
                       : QString(),
                     LabelFormat::significant(c.kgCo2e), share(c.kgCo2e)});
    }
    if (lines.size() > static_cast<std::size_t>(kTopContributors)) {
        const QString n = LabelFormat::count(static_cast<qint64>(lines.size()) - kTopContributors);
        rows.append({QString(),
                     m_text.inline_(QStringLiteral("%1 other lines").arg(n),
                                    QStringLiteral("其余 %1 项").arg(n)),
                     QString(), LabelFormat::significant(rest), share(rest)});
    }
    m_flow.addTable({{QStringLiteral("#"), 0.05},
                     {m_text.inline_(QStringLiteral("Part"), QStringLiteral("部件")), 0.30},
                     {m_text.inline_(QStringLiteral("Factor"), QStringLiteral("排放因子")), 0.39},
                     {LabelFacts::unit(), 0.14, Qt::AlignRight},
                     {m_text.inline_(QStringLiteral("Share"), QStringLiteral("占比")), 0.12,
                      Qt::AlignRight}},
                    rows);
}

void SheetSections::addFactors()
{
    m_flow.addHeading(m_text.inline_(QStringLiteral("Emission factors used"),
                                     QStringLiteral("所用排放因子")));
    QList<QStringList> rows;
    for (const Factor &f : m_evaluation.built.factors) {
        const auto unit = lca::parseFactorUnit(f.unit.toStdString());
        QString value = LabelFormat::significant(f.value) + QLatin1Char(' ') + f.unit;
        if (unit && unit->co2Only)
            value += QLatin1Char('\n')
                    + m_text.inline_(QStringLiteral("CO2 only"), QStringLiteral("仅CO2"));
        QString source = f.source;
        if (f.year > 0)
            source += QStringLiteral(", ") + LabelFormat::identifier(static_cast<quint64>(f.year));
        rows.append({m_text.stacked(f.nameEn, f.nameZh.isEmpty() ? f.nameEn : f.nameZh)
                             + QLatin1Char('\n') + f.id,
                     value, source});
    }
    m_flow.addTable(
            {{m_text.inline_(QStringLiteral("Factor"), QStringLiteral("排放因子")), 0.42},
             {m_text.inline_(QStringLiteral("Value"), QStringLiteral("数值")), 0.2, Qt::AlignRight},
             {m_text.inline_(QStringLiteral("Source, year"), QStringLiteral("来源、年份")), 0.38}},
            rows);
}

void SheetSections::addAssumptions()
{
    m_flow.addHeading(m_text.inline_(QStringLiteral("Assumptions"), QStringLiteral("假设条件")));
    m_flow.addTable({{m_text.inline_(QStringLiteral("Item"), QStringLiteral("项目")), 0.28},
                     {m_text.inline_(QStringLiteral("Assumption"), QStringLiteral("假设")), 0.72}},
                    SheetAssumptions::rows(m_evaluation, m_text));
}

void SheetSections::addMethodology(bool withUncertainty)
{
    m_flow.addHeading(m_text.inline_(QStringLiteral("Methodology"), QStringLiteral("方法说明")));
    const QString version = m_facts.datasetVersion;
    for (const QString &lang : m_text.languages()) {
        QString text;
        if (lang == QLatin1String("zh")) {
            text = QStringLiteral("本说明书按 ISO 14067 与 GB/T 24067 "
                                  "的原则，报告功能单位所述一件产品从摇篮到坟墓的碳足迹。物料清单、"
                                  "制造、包装、运输、使用和废弃处理的每一项输入，乘以 CarbonLabel "
                                  "排放因子数据集 %1 中的因子（来源见上表），"
                                  "再归入五个生命周期阶段。使用阶段排放为年能耗乘以使用寿命和所述电"
                                  "网的排放因子。回收抵免单独列示、不作净扣；"
                                  "碳抵消列于总量旁、从不扣减；只有注明标准和证书的认证碳抵消覆盖全"
                                  "部总量时，才标注“碳中和”。"
                                  "标为“仅CO2”的因子只计二氧化碳，相应条目会低估其他温室气体。标签"
                                  "和本说明书的数值均保留三位有效数字（JSON 结果保留全部位数）。")
                           .arg(version);
            if (withUncertainty)
                text += QStringLiteral("不确定性区间由固定随机种子的蒙特卡洛模拟得出，可重复。");
        } else {
            text = QStringLiteral("This sheet reports the cradle-to-grave carbon footprint of one "
                                  "product, as its functional unit states, "
                                  "following the principles of ISO 14067 and GB/T 24067. Every "
                                  "input line of the bill of materials, "
                                  "manufacturing, packaging, distribution, use and end of life is "
                                  "multiplied by an emission factor from "
                                  "the CarbonLabel factor dataset %1, whose sources are listed "
                                  "above, and the results are grouped into "
                                  "five life-cycle stages. Use-phase emissions are the annual "
                                  "energy times the lifetime times the stated "
                                  "grid's factor. End-of-life recycling credits are reported apart "
                                  "and never netted; offsets are shown "
                                  "beside the total and never subtracted, and the carbon-neutral "
                                  "mark is given only when certified "
                                  "offsets with a named standard and certificate cover the whole "
                                  "total. Factors marked CO2 only count "
                                  "carbon dioxide alone, so their lines understate the other "
                                  "greenhouse gases. The label and "
                                  "this sheet round figures to three significant digits (the JSON "
                                  "result keeps every digit).")
                           .arg(version);
            if (withUncertainty)
                text += QStringLiteral(" The uncertainty range comes from a Monte Carlo simulation "
                                       "with a fixed seed, so "
                                       "it is reproducible.");
        }
        m_flow.addParagraph(text, 8.0);
    }
}

} // namespace carbonlabel
