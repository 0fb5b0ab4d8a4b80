// One SwdModel call per iteration: v4 per byte and v3 per visit, segmented, with validation,
// the same work as `scripts/compare-co2js.sh -- --bench` times in CO2.js under node.

#include "lca/swdmodel.h"

#include <QtTest>

class BenchSwd : public QObject
{
    Q_OBJECT

private slots:
    void v4PerByte();
    void v3PerVisit();
    void v4PerVisitCustom();
};

namespace {

// Bytes change on every call so nothing is hoisted out of the loop; the sum keeps it alive.
template<typename Call> double measure(Call call)
{
    double bytes = 1e6;
    double sink = 0.0;
    QBENCHMARK {
        bytes += 1.0;
        sink += call(bytes);
    }
    return sink;
}

} // namespace

void BenchSwd::v4PerByte()
{
    const lca::SwdOptions options;
    const double sink = measure([&options](double bytes) {
        return lca::SwdModel::perByte(bytes, options).result->total;
    });
    QVERIFY(sink > 0.0);
}

void BenchSwd::v3PerVisit()
{
    lca::SwdOptions options;
    options.version = lca::SwdVersion::V3;
    const double sink = measure([&options](double bytes) {
        return lca::SwdModel::perVisit(bytes, options).result->total;
    });
    QVERIFY(sink > 0.0);
}

void BenchSwd::v4PerVisitCustom()
{
    lca::SwdOptions options;
    options.greenHostingFactor = 0.4;
    options.gridDataCenter = 120.0;
    options.gridNetwork = 380.0;
    options.firstVisitShare = 0.7;
    options.returnVisitShare = 0.3;
    options.dataReloadRatio = 0.1;
    const double sink = measure([&options](double bytes) {
        return lca::SwdModel::perVisit(bytes, options).result->total;
    });
    QVERIFY(sink > 0.0);
}

QTEST_APPLESS_MAIN(BenchSwd)
#include "bench_swd.moc"
