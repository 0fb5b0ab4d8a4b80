#include "core/render/sheetassumptions.h"

#include "core/evaluation/profileevaluator.h"
#include "core/render/labelformat.h"

namespace carbonlabel {

namespace {

class Builder
{
public:
    Builder(const Evaluation &e, const SheetText &t)
        : m_e(e)
        , m_t(t)
    { }

    void row(const QString &en, const QString &zh, const QString &valueEn, const QString &valueZh)
    {
        m_rows.append({m_t.stacked(en, zh), m_t.stacked(valueEn, valueZh)});
    }
    void row(const QString &en, const QString &zh, const QString &value)
    {
        row(en, zh, value, value);
    }

    // A factor by its name in each language ("Grid electricity, United States (...)"), by its
    // id when the evaluation did not look it up (the emission factors table gives both).
    LocalizedText factor(const QString &id) const
    {
        for (const Factor &f : m_e.built.factors) {
            if (f.id == id)
                return LocalizedText{
                        f.name(QStringLiteral("en")), f.name(QStringLiteral("zh")), {}};
        }
        return LocalizedText{id, id, {}};
    }

    // By the number policy, as the window's fields show them.
    static QString n(double v) { return LabelFormat::brief(v); }

    QList<QStringList> build()
    {
        const Profile &p = *m_e.profile;
        const lca::FootprintResult &r = m_e.result;
        const QString years = n(p.product.lifetimeYears.value);
        row(QStringLiteral("Lifetime"), QStringLiteral("使用寿命"),
            years + QStringLiteral(" years"), years + QStringLiteral("年"));
        if (!p.product.functionalUnit.isEmpty())
            row(QStringLiteral("Functional unit"), QStringLiteral("功能单位"),
                p.product.functionalUnit.text(QStringLiteral("en")),
                p.product.functionalUnit.text(QStringLiteral("zh")));
        // A digital service has no mass to speak of: no rows of zeros.
        if (p.product.massKg || !p.materials.isEmpty() || !p.packaging.isEmpty()) {
            row(QStringLiteral("Product mass"), QStringLiteral("产品质量"),
                n(r.productMassKg)
                        + (p.product.massKg ? QStringLiteral(" kg, as stated")
                                            : QStringLiteral(" kg, sum of the materials")),
                n(r.productMassKg)
                        + (p.product.massKg ? QStringLiteral(" kg（申报值）")
                                            : QStringLiteral(" kg（材料质量之和）")));
            row(QStringLiteral("Packaging mass"), QStringLiteral("包装质量"),
                n(r.packagingMassKg) + QStringLiteral(" kg"));
        }
        if (p.manufacturing) {
            const Manufacturing &m = *p.manufacturing;
            const QString loss = m.yieldLoss ? LabelFormat::plainPercent(m.yieldLoss->value)
                                             : QStringLiteral("0%");
            if (m.assemblyEnergyKwh) {
                const LocalizedText grid = factor(m.grid);
                const QString energy = n(m.assemblyEnergyKwh->value);
                row(QStringLiteral("Manufacturing"), QStringLiteral("制造"),
                    QStringLiteral("Assembly energy %1 kWh on %2; yield loss %3")
                            .arg(energy, grid.en, loss),
                    QStringLiteral("组装能耗 %1 kWh，电网：%2；良率损失 %3")
                            .arg(energy, grid.zh, loss));
            } else {
                // No energy, no use of the grid: nothing to name.
                row(QStringLiteral("Manufacturing"), QStringLiteral("制造"),
                    QStringLiteral("No assembly energy; yield loss %1").arg(loss),
                    QStringLiteral("无组装能耗；良率损失 %1").arg(loss));
            }
        }
        for (qsizetype i = 0; i < p.distribution.size(); ++i) {
            const DistributionLeg &leg = p.distribution[i];
            const LocalizedText mode = factor(leg.mode);
            const QString mass
                    = leg.massKg ? n(leg.massKg->value) : n(r.productMassKg + r.packagingMassKg);
            const QString km = n(leg.distanceKm.value);
            const QString index = LabelFormat::count(i + 1);
            row(QStringLiteral("Transport leg %1").arg(index),
                QStringLiteral("运输第%1段").arg(index),
                QStringLiteral("%1; %2 km; %3 kg").arg(mode.en, km, mass),
                QStringLiteral("%1；%2 km；%3 kg").arg(mode.zh, km, mass));
        }
        if (p.use)
            addUse(*p.use);
        if (p.digitalService)
            addDigital(*p.digitalService);
        if (p.endOfLife && !p.endOfLife->routes.isEmpty()) {
            QStringList en;
            QStringList zh;
            for (const EndOfLifeRoute &route : p.endOfLife->routes) {
                const QString share = LabelFormat::plainPercent(route.share.value);
                const LocalizedText f = factor(route.factor);
                en << share + QLatin1Char(' ') + f.en;
                zh << share + QLatin1Char(' ') + f.zh;
            }
            row(QStringLiteral("End of life"), QStringLiteral("废弃处理"),
                en.join(QLatin1Char('\n')), zh.join(QLatin1Char('\n')));
        }
        if (p.offsets && p.offsets->kgCo2e.value > 0.0) {
            const Offsets &o = *p.offsets;
            const QString kg = n(o.kgCo2e.value) + QStringLiteral(" kg CO2e");
            row(QStringLiteral("Offsets"), QStringLiteral("碳抵消"),
                QStringLiteral("%1; standard: %2; certificate: %3")
                        .arg(kg, o.standard, o.certificate),
                QStringLiteral("%1；标准：%2；证书：%3").arg(kg, o.standard, o.certificate));
        } else {
            row(QStringLiteral("Offsets"), QStringLiteral("碳抵消"), QStringLiteral("none"),
                QStringLiteral("无"));
        }
        return m_rows;
    }

private:
    void addUse(const UsePhase &u)
    {
        const LocalizedText grid = factor(u.grid);
        QStringList en;
        QStringList zh;
        if (u.annualEnergyKwh) {
            en << QStringLiteral("%1 kWh a year").arg(n(u.annualEnergyKwh->value));
            zh << QStringLiteral("每年 %1 kWh").arg(n(u.annualEnergyKwh->value));
        } else {
            for (const UseMode &m : u.modes) {
                const QString w = n(m.powerW.value);
                const QString h = n(m.hoursPerDay.value);
                const QString d = n(m.daysPerYear.value);
                en << QStringLiteral("%1: %2 W × %3 h/day × %4 days/year").arg(m.name, w, h, d);
                zh << QStringLiteral("%1：%2 W × 每天 %3 小时 × 每年 %4 天").arg(m.name, w, h, d);
            }
        }
        en << QStringLiteral("Grid: ") + grid.en;
        zh << QStringLiteral("电网：") + grid.zh;
        row(QStringLiteral("Use"), QStringLiteral("使用阶段"), en.join(QLatin1Char('\n')),
            zh.join(QLatin1Char('\n')));
    }

    void addDigital(const DigitalService &d)
    {
        if (d.network) {
            const NetworkUse &net = *d.network;
            const QString gb = n(net.gbPerYear.value);
            if (!net.model.isEmpty()) {
                row(QStringLiteral("Network"), QStringLiteral("网络传输"),
                    QStringLiteral("%1 GB a year, Sustainable Web Design model %2")
                            .arg(gb, net.model),
                    QStringLiteral("每年 %1 GB，可持续网页设计模型 %2").arg(gb, net.model));
            } else {
                const LocalizedText grid = factor(net.grid);
                const QString kwh = net.kwhPerGb ? n(net.kwhPerGb->value) : QStringLiteral("–");
                row(QStringLiteral("Network"), QStringLiteral("网络传输"),
                    QStringLiteral("%1 GB a year × %2 kWh/GB; grid: %3").arg(gb, kwh, grid.en),
                    QStringLiteral("每年 %1 GB × %2 kWh/GB；电网：%3").arg(gb, kwh, grid.zh));
            }
        }
        if (d.dataCenter) {
            const DataCenterUse &dc = *d.dataCenter;
            const LocalizedText grid = factor(dc.grid);
            row(QStringLiteral("Data centre"), QStringLiteral("数据中心"),
                QStringLiteral("%1 kWh a year × PUE %2; grid: %3")
                        .arg(n(dc.kwhPerYear.value), n(dc.pue.value), grid.en),
                QStringLiteral("每年 %1 kWh × PUE %2；电网：%3")
                        .arg(n(dc.kwhPerYear.value), n(dc.pue.value), grid.zh));
        }
        if (d.ai) {
            const AiUse &ai = *d.ai;
            const LocalizedText grid = factor(ai.grid);
            QString en = QStringLiteral("%1 queries a year × %2 Wh × PUE %3; grid: %4")
                                 .arg(n(ai.queriesPerYear.value), n(ai.whPerQuery.value),
                                      n(ai.pue.value), grid.en);
            QString zh = QStringLiteral("每年 %1 次查询 × %2 Wh × PUE %3；电网：%4")
                                 .arg(n(ai.queriesPerYear.value), n(ai.whPerQuery.value),
                                      n(ai.pue.value), grid.zh);
            if (ai.trainingMwh && ai.trainingAmortisedOverQueries) {
                const LocalizedText training = factor(ai.trainingGrid);
                const QString mwh = n(ai.trainingMwh->value);
                const QString over = n(ai.trainingAmortisedOverQueries->value);
                en += QStringLiteral("\nTraining %1 MWh amortised over %2 queries; grid: %3")
                              .arg(mwh, over, training.en);
                zh += QStringLiteral("\n训练 %1 MWh，分摊到 %2 次查询；电网：%3")
                              .arg(mwh, over, training.zh);
            }
            row(QStringLiteral("AI"), QStringLiteral("人工智能"), en, zh);
        }
        auto named = [this](const QString &en, const QString &zh, const QString &name,
                            const QString &gridId) {
            const LocalizedText grid = factor(gridId);
            row(en, zh, name + QStringLiteral("; grid: ") + grid.en,
                name + QStringLiteral("；电网：") + grid.zh);
        };
        for (const ComputeUse &c : d.compute)
            named(QStringLiteral("Compute"), QStringLiteral("计算"), c.name, c.grid);
        for (const AcceleratorUse &a : d.accelerators)
            named(QStringLiteral("Accelerators"), QStringLiteral("加速器"), a.name, a.grid);
        for (const StorageUse &s : d.storage)
            named(QStringLiteral("Storage"), QStringLiteral("存储"), s.name, s.grid);
    }

    const Evaluation &m_e;
    const SheetText &m_t;
    QList<QStringList> m_rows;
};

} // namespace

QList<QStringList> SheetAssumptions::rows(const Evaluation &evaluation, const SheetText &text)
{
    return Builder(evaluation, text).build();
}

} // namespace carbonlabel
