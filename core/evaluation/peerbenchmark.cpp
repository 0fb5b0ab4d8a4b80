#include "core/evaluation/peerbenchmark.h"

#include "core/base/idtable.h"
#include "core/base/numbertext.h"
#include "core/profile/jsonvaluereader.h"
#include "lca/samplestatistics.h"

#include <QFile>
#include <algorithm>
#include <cmath>

namespace carbonlabel {

namespace {

std::optional<PeerStatistics> readStatistics(JsonValueReader &reader, const Json &group,
                                             std::string_view key, const QString &groupPath)
{
    const QString path = JsonValueReader::member(groupPath, key);
    const Json *o = reader.find(group, key, groupPath, true, PeerBenchmark::tr("an object"));
    if (!o || !reader.expectObject(*o, path))
        return std::nullopt;
    PeerStatistics s;
    const auto n = reader.plainNumber(*o, "n", path, NumberRange::Positive, true);
    const auto p5 = reader.plainNumber(*o, "p5", path, NumberRange::NonNegative, true);
    const auto p10 = reader.plainNumber(*o, "p10", path, NumberRange::NonNegative, true);
    const auto median = reader.plainNumber(*o, "median", path, NumberRange::NonNegative, true);
    const auto p90 = reader.plainNumber(*o, "p90", path, NumberRange::NonNegative, true);
    const auto p95 = reader.plainNumber(*o, "p95", path, NumberRange::NonNegative, true);
    const QString valuesPath = JsonValueReader::member(path, "values");
    const Json *values = reader.find(*o, "values", path, true, PeerBenchmark::tr("an array"));
    if (!n || !p5 || !p10 || !median || !p90 || !p95 || !values
        || !reader.expectArray(*values, valuesPath))
        return std::nullopt;
    for (std::size_t i = 0; i < values->size(); ++i) {
        const Json &v = (*values)[i];
        if (!v.is_number()) {
            reader.error(JsonValueReader::element(valuesPath, static_cast<qsizetype>(i)),
                         PeerBenchmark::tr("expected a number, found %1")
                                 .arg(JsonValueReader::describe(v)));
            return std::nullopt;
        }
        s.values.push_back(v.get<double>());
    }
    if (static_cast<double>(s.values.size()) != *n) {
        reader.error(valuesPath,
                     PeerBenchmark::tr("holds %1 values where n is %2")
                             .arg(s.values.size())
                             .arg(JsonValueReader::formatNumber(*n)));
        return std::nullopt;
    }
    if (!std::is_sorted(s.values.begin(), s.values.end())) {
        reader.error(valuesPath, PeerBenchmark::tr("must be sorted from lowest to highest"));
        return std::nullopt;
    }
    s.n = static_cast<int>(s.values.size());
    s.p5 = *p5;
    s.p10 = *p10;
    s.median = *median;
    s.p90 = *p90;
    s.p95 = *p95;
    return s;
}

} // namespace

namespace {

// Each group's name: as the window says it (translated) and in the sheet's two languages.
struct GroupName
{
    const char *id;
    const char *footprints; // the English source text of its translation
    const char *zh; // the product noun, for the sheet's Chinese
};
constexpr GroupName kGroupNames[] = {
        {"laptop", QT_TRANSLATE_NOOP("carbonlabel::PeerBenchmark", "laptop footprints"),
         "笔记本电脑"},
        {"smartphone", QT_TRANSLATE_NOOP("carbonlabel::PeerBenchmark", "smartphone footprints"),
         "智能手机"},
        {"tablet", QT_TRANSLATE_NOOP("carbonlabel::PeerBenchmark", "tablet footprints"),
         "平板电脑"},
        {"desktop", QT_TRANSLATE_NOOP("carbonlabel::PeerBenchmark", "desktop computer footprints"),
         "台式电脑"},
        {"monitor", QT_TRANSLATE_NOOP("carbonlabel::PeerBenchmark", "monitor footprints"),
         "显示器"},
        {"server", QT_TRANSLATE_NOOP("carbonlabel::PeerBenchmark", "server footprints"), "服务器"},
};

const GroupName *groupName(const QString &id)
{
    return findById(kGroupNames, id);
}

} // namespace

QString PeerGroup::displayName() const
{
    if (const GroupName *g = groupName(id))
        return PeerBenchmark::tr(g->footprints);
    return PeerBenchmark::tr("%1 footprints").arg(subcategory);
}

LocalizedText PeerGroup::sheetName() const
{
    LocalizedText t;
    const GroupName *g = groupName(id);
    t.en = g ? QString::fromUtf8(g->footprints) : subcategory + QStringLiteral(" footprints");
    t.zh = g ? QString::fromUtf8(g->zh) : subcategory;
    return t;
}

const PeerBenchmark &PeerBenchmark::shipped()
{
    static const PeerBenchmark benchmark = [] {
        QFile f(QStringLiteral(":/carbonlabel/benchmark/peer-footprints.json"));
        QString error;
        std::optional<PeerBenchmark> b;
        if (f.open(QIODevice::ReadOnly))
            b = fromJson(f.readAll(), &error);
        // Compiled in and checked by tests/core/tst_peerbenchmark: an empty benchmark here is
        // a build fault, and then no result carries a band rather than a wrong one.
        if (!b)
            qWarning("peer benchmark not available: %s", qPrintable(error));
        return b ? *b : PeerBenchmark();
    }();
    return benchmark;
}

std::optional<PeerBenchmark> PeerBenchmark::fromJson(const QByteArray &data, QString *error)
{
    const Json root = Json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    Diagnostics diagnostics;
    JsonValueReader reader(diagnostics);
    const auto fail = [&]() -> std::optional<PeerBenchmark> {
        if (error)
            *error = diagnostics.isEmpty() ? tr("not valid JSON")
                                           : diagnostics.constFirst().toString();
        return std::nullopt;
    };
    if (root.is_discarded() || !reader.expectObject(root, QString()))
        return fail();
    if (reader.string(root, "format", QString(), true)
        != QLatin1String("carbonlabel-peer-benchmark")) {
        reader.error(QStringLiteral("format"), tr("must be \"carbonlabel-peer-benchmark\""));
        return fail();
    }
    PeerBenchmark b;
    b.m_source = reader.string(root, "source", QString(), true);
    b.m_sourceUrl = reader.string(root, "source_url", QString(), false);
    b.m_commit = reader.string(root, "commit", QString(), true);
    b.m_licence = reader.string(root, "licence", QString(), true);
    const Json *groups = reader.find(root, "groups", QString(), true, tr("an object"));
    if (!groups || !reader.expectObject(*groups, QStringLiteral("groups"))
        || hasErrors(diagnostics))
        return fail();
    for (auto it = groups->begin(); it != groups->end(); ++it) {
        const QString path = JsonValueReader::member(QStringLiteral("groups"), it.key());
        if (!reader.expectObject(it.value(), path))
            return fail();
        PeerGroup g;
        g.id = QString::fromStdString(it.key());
        g.subcategory = reader.string(it.value(), "subcategory", path, true);
        const auto total = readStatistics(reader, it.value(), "total", path);
        const auto manufacturing = readStatistics(reader, it.value(), "manufacturing", path);
        if (!total || !manufacturing || hasErrors(diagnostics))
            return fail();
        g.total = *total;
        g.manufacturing = *manufacturing;
        b.m_groups.push_back(std::move(g));
    }
    return b;
}

QString PeerBenchmark::groupForCategory(const QString &category)
{
    const QString c = category.trimmed().toLower();
    if (c == QLatin1String("laptop") || c == QLatin1String("notebook"))
        return QStringLiteral("laptop");
    if (c == QLatin1String("smartphone") || c == QLatin1String("phone"))
        return QStringLiteral("smartphone");
    if (c == QLatin1String("monitor") || c == QLatin1String("display"))
        return QStringLiteral("monitor");
    if (c == QLatin1String("tablet") || c == QLatin1String("desktop")
        || c == QLatin1String("server"))
        return c;
    return QString();
}

const PeerGroup *PeerBenchmark::group(const QString &id) const
{
    for (const PeerGroup &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

std::optional<BenchmarkComparison> PeerBenchmark::compare(const QString &category, double totalKg,
                                                          double manufacturingKg) const
{
    const PeerGroup *g = group(groupForCategory(category));
    if (!g)
        return std::nullopt;
    BenchmarkComparison c;
    c.group = g;
    c.totalKg = totalKg;
    c.manufacturingKg = manufacturingKg;
    c.percentileTotal = lca::SampleStatistics::percentileRank(g->total.values, totalKg);
    c.percentileManufacturing
            = lca::SampleStatistics::percentileRank(g->manufacturing.values, manufacturingKg);
    return c;
}

Diagnostics PeerBenchmark::warnings(const BenchmarkComparison &c)
{
    Diagnostics out;
    const auto check
            = [&](double kg, const PeerStatistics &s, const QString &below, const QString &above) {
                  QString text;
                  if (kg < s.p5)
                      text = below.arg(NumberText::kg(kg), NumberText::kg(s.p5));
                  else if (kg > s.p95)
                      text = above.arg(NumberText::kg(kg), NumberText::kg(s.p95));
                  if (text.isEmpty())
                      return;
                  Diagnostic d;
                  d.severity = Diagnostic::Severity::Warning;
                  d.path = QStringLiteral("product.category");
                  d.message = text.arg(c.group->displayName()).arg(s.n);
                  out.append(d);
              };
    check(c.totalKg, c.group->total,
          tr("the total, %1 kg CO2e, is below P5 (%2 kg) of published %3 (n=%4): check that "
             "no stage or component is missing"),
          tr("the total, %1 kg CO2e, is above P95 (%2 kg) of published %3 (n=%4): check the "
             "quantities and units"));
    check(c.manufacturingKg, c.group->manufacturing,
          tr("materials and manufacturing, %1 kg CO2e, is below P5 (%2 kg) of published %3 "
             "(n=%4): check that the bill of materials is complete"),
          tr("materials and manufacturing, %1 kg CO2e, is above P95 (%2 kg) of published %3 "
             "(n=%4): check the quantities and units"));
    return out;
}

QString PeerBenchmark::bandText(const BenchmarkComparison &c, bool manufacturing)
{
    const PeerStatistics &s = manufacturing ? c.group->manufacturing : c.group->total;
    const QString text = manufacturing
            ? tr("Published %1, materials and manufacturing (n=%2): %3–%4 kg (P10–P90); "
                 "this product: percentile %5")
            : tr("Published %1 (n=%2): %3–%4 kg (P10–P90); this product: percentile %5");
    const double percentile = manufacturing ? c.percentileManufacturing : c.percentileTotal;
    return text.arg(c.group->displayName())
            .arg(s.n)
            .arg(NumberText::rounded(s.p10, 3), NumberText::rounded(s.p90, 3))
            .arg(std::lround(percentile));
}

QString PeerBenchmark::attribution() const
{
    return tr("Published footprints: %1 (%2), licence %3.").arg(m_source, m_sourceUrl, m_licence);
}

} // namespace carbonlabel
