// The published-peer benchmark (docs/benchmark.md): the shipped statistics against a
// recomputation from the shipped values, and against the reference table the dataset's own
// description gives; the category mapping, where a product lands, the warnings, bad files.
#include "core/evaluation/peerbenchmark.h"

#include "tests/common/exampleprofiles.h"

#include <QTest>
#include <cmath>

using namespace carbonlabel;

namespace {

// Type 7 written out again here, independently of lca::SampleStatistics: h = (n - 1)·p,
// x[floor h] + (h - floor h)·(x[floor h + 1] - x[floor h]).
double type7(const std::vector<double> &x, double p)
{
    const double h = (static_cast<double>(x.size()) - 1.0) * p;
    const auto i = static_cast<std::size_t>(h);
    const double next = i + 1 < x.size() ? x[i + 1] : x[i];
    return x[i] + (h - static_cast<double>(i)) * (next - x[i]);
}

const PeerStatistics &measure(const PeerGroup &g, const QString &name)
{
    return name == QLatin1String("total") ? g.total : g.manufacturing;
}

QByteArray benchmarkJson(const QByteArray &groups)
{
    return R"({"format": "carbonlabel-peer-benchmark", "version": 1, "source": "s",
               "commit": "c", "licence": "l", "groups": )"
            + groups + "}";
}

} // namespace

class TestPeerBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void shippedHasEveryGroup()
    {
        const PeerBenchmark &b = PeerBenchmark::shipped();
        QStringList ids;
        for (const PeerGroup &g : b.groups())
            ids << g.id;
        QCOMPARE(ids,
                 QStringList({"laptop", "smartphone", "tablet", "desktop", "monitor", "server"}));
        QCOMPARE(b.commit(), QStringLiteral("61323eb5c3bb63b0703e7a9c6456482ccbaac3a6"));
        QVERIFY(b.licence().contains(QLatin1String("ODbL 1.0")));
        QVERIFY(b.attribution().contains(QLatin1String("Boavizta")));
        QVERIFY(b.attribution().contains(QLatin1String("ODbL")));
    }

    void statisticsMatchValues_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("measure");
        for (const char *g : {"laptop", "smartphone", "tablet", "desktop", "monitor", "server"}) {
            for (const char *m : {"total", "manufacturing"})
                QTest::addRow("%s %s", g, m) << QString::fromLatin1(g) << QString::fromLatin1(m);
        }
    }
    void statisticsMatchValues()
    {
        QFETCH(QString, group);
        QFETCH(QString, measure);
        const PeerGroup *g = PeerBenchmark::shipped().group(group);
        QVERIFY(g);
        const PeerStatistics &s = ::measure(*g, measure);
        QCOMPARE(static_cast<std::size_t>(s.n), s.values.size());
        QVERIFY(std::is_sorted(s.values.begin(), s.values.end()));
        // The file keeps its statistics to 0.1 kg.
        QVERIFY(std::abs(s.p5 - type7(s.values, 0.05)) <= 0.05 + 1e-9);
        QVERIFY(std::abs(s.p10 - type7(s.values, 0.10)) <= 0.05 + 1e-9);
        QVERIFY(std::abs(s.median - type7(s.values, 0.50)) <= 0.05 + 1e-9);
        QVERIFY(std::abs(s.p90 - type7(s.values, 0.90)) <= 0.05 + 1e-9);
        QVERIFY(std::abs(s.p95 - type7(s.values, 0.95)) <= 0.05 + 1e-9);
    }

    // The reference table published with the dataset extract (type-7 percentiles, rounded as
    // shown there), computed apart from this program.
    void statisticsMatchPublishedTable_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("p10");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("p90");
        QTest::addColumn<double>("tolerance"); // half the last digit shown
        struct Row
        {
            const char *group, *measure;
            int n;
            double p10, median, p90, tolerance;
        };
        // clang-format off
        static const Row rows[] = {
            {"laptop", "total", 452, 195.0, 307.0, 422.0, 0.5},
            {"laptop", "manufacturing", 226, 132.0, 236.0, 315.0, 0.5},
            {"smartphone", "total", 50, 39.0, 69.5, 88.0, 0.5},
            {"smartphone", "manufacturing", 50, 31.0, 53.0, 72.0, 0.5},
            {"server", "total", 55, 4780.0, 7980.0, 13260.0, 5.0},
            {"server", "manufacturing", 48, 684.0, 1215.0, 1669.0, 0.5},
            {"desktop", "total", 259, 271.0, 486.0, 884.0, 0.5},
            {"desktop", "manufacturing", 157, 187.0, 249.0, 405.0, 0.5},
            {"monitor", "total", 296, 332.0, 504.0, 784.0, 0.5},
            {"monitor", "manufacturing", 187, 254.0, 333.0, 438.0, 0.5},
            {"tablet", "total", 22, 63.0, 97.0, 140.0, 0.5},
            {"tablet", "manufacturing", 22, 34.0, 71.0, 114.0, 0.5},
        };
        // clang-format on
        for (const Row &r : rows) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(r.group, r.measure)))
                    << r.group << r.measure << r.n << r.p10 << r.median << r.p90 << r.tolerance;
        }
    }
    void statisticsMatchPublishedTable()
    {
        QFETCH(QString, group);
        QFETCH(QString, measure);
        QFETCH(int, n);
        QFETCH(double, p10);
        QFETCH(double, median);
        QFETCH(double, p90);
        QFETCH(double, tolerance);
        const PeerGroup *g = PeerBenchmark::shipped().group(group);
        QVERIFY(g);
        const PeerStatistics &s = ::measure(*g, measure);
        QCOMPARE(s.n, n);
        QVERIFY2(std::abs(s.p10 - p10) <= tolerance, qPrintable(QString::number(s.p10)));
        QVERIFY2(std::abs(s.median - median) <= tolerance, qPrintable(QString::number(s.median)));
        QVERIFY2(std::abs(s.p90 - p90) <= tolerance, qPrintable(QString::number(s.p90)));
    }

    void groupForCategory_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("group");
        // The category as a profile may spell it, and the group it maps to ("": none; a
        // "computer" may be a laptop, a desktop or a server).
        // clang-format off
        static const std::pair<const char *, const char *> rows[] = {
            {"laptop", "laptop"},
            {"Notebook", "laptop"},
            {"phone", "smartphone"},
            {" smartphone ", "smartphone"},
            {"tablet", "tablet"},
            {"desktop", "desktop"},
            {"display", "monitor"},
            {"server", "server"},
            {"computer", ""},
            {"peripheral", ""},
            {"", ""},
        };
        // clang-format on
        for (const auto &[category, group] : rows) {
            QTest::newRow(qPrintable(QStringLiteral("\"%1\"").arg(QLatin1String(category))))
                    << QString::fromUtf8(category) << QString::fromUtf8(group);
        }
    }
    void groupForCategory()
    {
        QFETCH(QString, category);
        QFETCH(QString, group);
        QCOMPARE(PeerBenchmark::groupForCategory(category), group);
    }

    void compare()
    {
        const std::optional<PeerBenchmark> b
                = PeerBenchmark::fromJson(benchmarkJson(R"({"laptop": {"subcategory": "Laptop",
                    "total": {"n": 4, "p5": 1, "p10": 1, "median": 2.5, "p90": 4, "p95": 4,
                              "values": [1, 2, 3, 4]},
                    "manufacturing": {"n": 5, "p5": 10, "p10": 10, "median": 20, "p90": 40,
                                      "p95": 50, "values": [10, 20, 20, 20, 50]}}})"),
                                          nullptr);
        QVERIFY(b);
        QVERIFY(!b->compare(QStringLiteral("peripheral"), 1, 1));
        const auto c = b->compare(QStringLiteral("notebook"), 2.5, 20);
        QVERIFY(c);
        QCOMPARE(c->group->id, QStringLiteral("laptop"));
        // Total 2.5 among {1, 2, 3, 4}: 2 below -> 50. Manufacturing 20 among
        // {10, 20, 20, 20, 50}: 1 below, 3 equal -> (1 + 1.5)/5 = 50.
        QCOMPARE(c->percentileTotal, 50.0);
        QCOMPARE(c->percentileManufacturing, 50.0);
        QVERIFY(PeerBenchmark::warnings(*c).isEmpty());

        // Below P5 (1) of the total and above P95 (50) of manufacturing: two warnings.
        const auto out = b->compare(QStringLiteral("laptop"), 0.5, 60);
        const Diagnostics w = PeerBenchmark::warnings(*out);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[0].path, QStringLiteral("product.category"));
        QVERIFY(!w[0].isError());
        QVERIFY2(w[0].message.contains(QLatin1String("below P5")), qPrintable(w[0].message));
        QVERIFY2(w[0].message.contains(QLatin1String("(n=4)")), qPrintable(w[0].message));
        QVERIFY2(w[1].message.contains(QLatin1String("above P95")), qPrintable(w[1].message));
        QVERIFY2(w[1].message.contains(QLatin1String("(n=5)")), qPrintable(w[1].message));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
        QTest::newRow("wrong format")
                << QByteArray(R"({"format": "x", "groups": {}})") << "format: must be";
        QTest::newRow("no groups")
                << QByteArray(R"({"format": "carbonlabel-peer-benchmark", "source": "s",
                                  "commit": "c", "licence": "l"})")
                << "groups";
        QTest::newRow("unsorted") << benchmarkJson(R"({"laptop": {"subcategory": "Laptop",
                    "total": {"n": 2, "p5": 1, "p10": 1, "median": 1, "p90": 1, "p95": 1,
                              "values": [2, 1]},
                    "manufacturing": {"n": 1, "p5": 1, "p10": 1, "median": 1, "p90": 1,
                                      "p95": 1, "values": [1]}}})")
                                  << "groups.laptop.total.values: must be sorted";
        QTest::newRow("n differs") << benchmarkJson(R"({"laptop": {"subcategory": "Laptop",
                    "total": {"n": 3, "p5": 1, "p10": 1, "median": 1, "p90": 1, "p95": 1,
                              "values": [1, 2]},
                    "manufacturing": {"n": 1, "p5": 1, "p10": 1, "median": 1, "p90": 1,
                                      "p95": 1, "values": [1]}}})")
                                   << "groups.laptop.total.values: holds 2 values where n is 3";
        QTest::newRow("a string value") << benchmarkJson(R"({"laptop": {"subcategory": "Laptop",
                    "total": {"n": 1, "p5": 1, "p10": 1, "median": 1, "p90": 1, "p95": 1,
                              "values": ["1"]},
                    "manufacturing": {"n": 1, "p5": 1, "p10": 1, "median": 1, "p90": 1,
                                      "p95": 1, "values": [1]}}})")
                                        << "groups.laptop.total.values[0]: expected a number";
        QTest::newRow("no manufacturing") << benchmarkJson(R"({"laptop": {"subcategory": "Laptop",
                    "total": {"n": 1, "p5": 1, "p10": 1, "median": 1, "p90": 1, "p95": 1,
                              "values": [1]}}})")
                                          << "groups.laptop";
    }
    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!PeerBenchmark::fromJson(json, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    // A shipped example of a group carries its comparison; one without a group none.
    void examples()
    {
        test::ExampleProfiles examples;
        QVERIFY(examples.open());
        const Evaluation phone = examples.example(QStringLiteral("smartphone"));
        QVERIFY(phone.ok());
        QVERIFY(phone.benchmark);
        QCOMPARE(phone.benchmark->group->id, QStringLiteral("smartphone"));
        QCOMPARE(phone.benchmark->manufacturingKg,
                 phone.result.stage(lca::Stage::MaterialsManufacturing));
        const Evaluation mouse = examples.example(QStringLiteral("wireless-mouse"));
        QVERIFY(mouse.ok());
        QVERIFY(!mouse.benchmark);
    }
};

QTEST_GUILESS_MAIN(TestPeerBenchmark)
#include "tst_peerbenchmark.moc"
