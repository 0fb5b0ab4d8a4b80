#pragma once

#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace carbonlabel {

// One measure of a peer group (the published totals, or their manufacturing share): the sorted
// values and the statistics derived from them (docs/benchmark.md).
struct PeerStatistics
{
    int n = 0;
    double p5 = 0.0;
    double p10 = 0.0;
    double median = 0.0;
    double p90 = 0.0;
    double p95 = 0.0;
    std::vector<double> values; // sorted, kg CO2e
};

struct PeerGroup
{
    QString id; // "laptop", "smartphone", ...
    QString subcategory; // the dataset's own name of the group
    PeerStatistics total;
    PeerStatistics manufacturing;

    // "laptop footprints" as a reader sees it, in the current language.
    QString displayName() const;
    // For the product sheet, whose languages are the document's: en "laptop footprints",
    // zh the product noun "笔记本电脑".
    LocalizedText sheetName() const;
};

// Where one product lands among its published peers.
struct BenchmarkComparison
{
    const PeerGroup *group = nullptr;
    double totalKg = 0.0;
    double manufacturingKg = 0.0;
    double percentileTotal = 0.0; // 0..100 (lca::SampleStatistics::percentileRank)
    double percentileManufacturing = 0.0;
};

// Manufacturer-published product carbon footprints, summarised per product group
// (resources/benchmark/peer-footprints.json, derived from Boavizta's dataset under ODbL 1.0).
// A plausibility band beside a result, never a factor in it.
class PeerBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::PeerBenchmark)

public:
    // The benchmark compiled into the program.
    static const PeerBenchmark &shipped();
    // Reads a benchmark file; on failure returns nothing and says why in `error`, naming the
    // JSON path.
    static std::optional<PeerBenchmark> fromJson(const QByteArray &data, QString *error);

    // The group a profile's product.category belongs to ("laptop", also "notebook"; "phone"
    // and "smartphone"; "tablet"; "desktop"; "monitor", also "display"; "server"), or empty.
    static QString groupForCategory(const QString &category);

    const std::vector<PeerGroup> &groups() const { return m_groups; }
    const PeerGroup *group(const QString &id) const;

    // Nothing when the category has no group.
    std::optional<BenchmarkComparison> compare(const QString &category, double totalKg,
                                               double manufacturingKg) const;
    // A warning (path product.category) when the product lies below P5 or above P95 of its
    // group, for the total or for manufacturing; none otherwise.
    static Diagnostics warnings(const BenchmarkComparison &comparison);
    // "Published laptop footprints (n=452): 195–422 kg (P10–P90); this product: percentile 8",
    // for the total or for materials and manufacturing.
    static QString bandText(const BenchmarkComparison &comparison, bool manufacturing);

    QString source() const { return m_source; }
    QString sourceUrl() const { return m_sourceUrl; }
    QString commit() const { return m_commit; }
    QString licence() const { return m_licence; }
    // The line the licence asks for wherever derived figures are shown.
    QString attribution() const;

private:
    QString m_source;
    QString m_sourceUrl;
    QString m_commit;
    QString m_licence;
    std::vector<PeerGroup> m_groups;
};

} // namespace carbonlabel
