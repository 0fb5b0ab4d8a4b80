#include "core/evaluation/dataqualitysummary.h"

#include <QHash>

#include <algorithm>

namespace carbonlabel {

DataQualitySummary::Band DataQualitySummary::band() const
{
    if (!isScored())
        return Band::Unscored;
    if (rating <= 1.5)
        return Band::VeryGood;
    if (rating <= 2.5)
        return Band::Good;
    if (rating <= 3.5)
        return Band::Fair;
    return Band::Poor;
}

QString DataQualitySummary::bandText() const
{
    switch (band()) {
    case Band::Unscored:
        return tr("not scored");
    case Band::VeryGood:
        return tr("very good");
    case Band::Good:
        return tr("good");
    case Band::Fair:
        return tr("fair");
    case Band::Poor:
        return tr("poor");
    }
    return {};
}

DataQualitySummary DataQualitySummary::of(const Evaluation &evaluation)
{
    return summarize(evaluation, evaluation.result.total(), {});
}

DataQualitySummary DataQualitySummary::of(const Evaluation &evaluation,
                                          const QList<lca::Stage> &stages)
{
    double total = 0.0;
    for (const lca::Stage stage : stages)
        total += evaluation.result.stage(stage);
    return summarize(evaluation, total, stages);
}

DataQualitySummary DataQualitySummary::summarize(const Evaluation &evaluation, double total,
                                                 const QList<lca::Stage> &stages)
{
    DataQualitySummary s;
    const BuiltInventory &built = evaluation.built;
    QHash<QString, qsizetype> rowOf; // factor index, or a line with its own scores -> its row
    for (const lca::Contribution &c : evaluation.result.contributions) {
        if (c.credit || c.factor < 0 || c.factor >= built.factors.size() || c.kgCo2e <= 0.0)
            continue;
        if (!stages.isEmpty() && !stages.contains(c.stage))
            continue;
        // A line with its own data quality is a row of its own.
        const QString path = QString::fromStdString(c.path);
        const auto own = built.lineQuality.constFind(path);
        const QString key = own != built.lineQuality.constEnd() ? path : QString::number(c.factor);
        auto found = rowOf.constFind(key);
        if (found == rowOf.constEnd()) {
            Row row;
            row.factor = c.factor;
            row.factorId = built.factors.at(c.factor).id;
            if (own != built.lineQuality.constEnd()) {
                row.line = path;
                row.scores = own->scores;
                row.gsd = own->gsd;
            } else if (c.factor < built.quality.size()) {
                row.scores = built.quality.at(c.factor).scores;
                row.gsd = built.quality.at(c.factor).gsd;
            }
            found = rowOf.insert(key, s.rows.size());
            s.rows.append(row);
        }
        s.rows[*found].kgCo2e += c.kgCo2e;
    }
    double scoredKg = 0.0;
    for (Row &row : s.rows) {
        row.share = total > 0.0 ? row.kgCo2e / total : 0.0;
        if (!row.scores.isScored())
            continue;
        const std::array<int, 5> scores = row.scores.toArray();
        for (std::size_t i = 0; i < 5; ++i)
            s.weighted[i] += row.kgCo2e * scores[i];
        scoredKg += row.kgCo2e;
    }
    if (scoredKg > 0.0) {
        for (double &w : s.weighted)
            w /= scoredKg;
        double sum = 0.0;
        for (double w : s.weighted)
            sum += w;
        s.rating = sum / 5.0;
    }
    s.scoredShare = total > 0.0 ? scoredKg / total : 0.0;
    std::stable_sort(s.rows.begin(), s.rows.end(),
                     [](const Row &a, const Row &b) { return a.kgCo2e > b.kgCo2e; });
    return s;
}

} // namespace carbonlabel
