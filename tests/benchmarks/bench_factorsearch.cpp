// Factor search and lookup over 50,000 synthetic factors plus the shipped ones.
// Goal (docs/development.md): each search under 5 ms with limit 50.

#include "core/factors/factorcsv.h"
#include "core/factors/factordatabase.h"
#include "tests/common/datarow.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using carbonlabel::Factor;
using carbonlabel::FactorCsv;
using carbonlabel::FactorDatabase;
using carbonlabel::test::row;

namespace {

struct Word
{
    const char *en;
    const char *zh;
};

constexpr std::array kMaterials = {Word{"Aluminium", "铝"},
                                   Word{"Steel", "钢"},
                                   Word{"Copper", "铜"},
                                   Word{"Magnesium", "镁"},
                                   Word{"Titanium", "钛"},
                                   Word{"Zinc", "锌"},
                                   Word{"Nickel", "镍"},
                                   Word{"Tin", "锡"},
                                   Word{"Glass", "玻璃"},
                                   Word{"ABS plastic", "ABS塑料"},
                                   Word{"Polycarbonate", "聚碳酸酯"},
                                   Word{"Polypropylene", "聚丙烯"},
                                   Word{"Nylon", "尼龙"},
                                   Word{"Epoxy resin", "环氧树脂"},
                                   Word{"Silicone rubber", "硅橡胶"},
                                   Word{"Paper", "纸"},
                                   Word{"Cardboard", "纸板"},
                                   Word{"Lithium", "锂"},
                                   Word{"Cobalt", "钴"},
                                   Word{"Gold", "金"}};
constexpr std::array kForms
        = {Word{"sheet", "板材"},     Word{"extrusion", "型材"}, Word{"foil", "箔"},
           Word{"wire", "线材"},      Word{"casting", "铸件"},   Word{"powder", "粉末"},
           Word{"granulate", "颗粒"}, Word{"tube", "管材"}};
constexpr std::array kOrigins
        = {Word{"primary", "原生"}, Word{"recycled", "再生"}, Word{"market average", "市场平均"}};
constexpr std::array kComponents = {Word{"Capacitor", "电容"},
                                    Word{"Resistor", "电阻"},
                                    Word{"Inductor", "电感"},
                                    Word{"Connector", "连接器"},
                                    Word{"Display panel", "显示面板"},
                                    Word{"Battery cell", "电池单体"},
                                    Word{"Memory chip", "存储芯片"},
                                    Word{"Processor", "处理器"},
                                    Word{"Printed circuit board", "印制电路板"},
                                    Word{"Cooling fan", "散热风扇"},
                                    Word{"Heatsink", "散热器"},
                                    Word{"Power supply", "电源"},
                                    Word{"Camera module", "摄像头模组"},
                                    Word{"Speaker", "扬声器"},
                                    Word{"Keyboard", "键盘"}};
constexpr std::array kSizes = {Word{"small", "小型"}, Word{"medium", "中型"}, Word{"large", "大型"},
                               Word{"server-grade", "服务器级"}};
constexpr std::array kRegions = {Word{"Jiangsu", "江苏"},
                                 Word{"Guangdong", "广东"},
                                 Word{"Zhejiang", "浙江"},
                                 Word{"Shandong", "山东"},
                                 Word{"Sichuan", "四川"},
                                 Word{"Yunnan", "云南"},
                                 Word{"Beijing", "北京"},
                                 Word{"Shanghai", "上海"},
                                 Word{"Inner Mongolia", "内蒙古"},
                                 Word{"Germany", "德国"},
                                 Word{"France", "法国"},
                                 Word{"Japan", "日本"},
                                 Word{"Korea", "韩国"},
                                 Word{"India", "印度"},
                                 Word{"Brazil", "巴西"},
                                 Word{"Texas", "得克萨斯"},
                                 Word{"California", "加利福尼亚"},
                                 Word{"Poland", "波兰"},
                                 Word{"Norway", "挪威"},
                                 Word{"Vietnam", "越南"}};
constexpr std::array kGridKinds
        = {Word{"location-based", "基于位置"}, Word{"market-based", "基于市场"},
           Word{"residual mix", "剩余组合"}};

QString en(const Word &w)
{
    return QString::fromUtf8(w.en);
}
QString zh(const Word &w)
{
    return QString::fromUtf8(w.zh);
}

// 50,000 deterministic factors: 20,000 materials, 15,000 components, 15,000 grid rows.
QList<Factor> syntheticFactors()
{
    QList<Factor> factors;
    factors.reserve(50000);
    quint32 state = 12345; // a fixed linear congruential sequence for the values
    auto nextValue = [&state](double scale) {
        state = state * 1664525u + 1013904223u;
        return scale * (0.05 + double(state >> 8) / double(1u << 24));
    };
    for (int i = 0; i < 50000; ++i) {
        Factor f;
        f.source = QStringLiteral("Synthetic benchmark data");
        f.year = 2015 + i % 10;
        if (i < 20000) {
            const Word &m = kMaterials[i % kMaterials.size()];
            const Word &form = kForms[(i / kMaterials.size()) % kForms.size()];
            const Word &origin = kOrigins[(i / 7) % kOrigins.size()];
            const Word &region = kRegions[(i / 11) % kRegions.size()];
            f.id = QStringLiteral("syn_mat_%1").arg(i, 5, 10, QLatin1Char('0'));
            f.category = QStringLiteral("material");
            f.nameEn = QStringLiteral("%1, %2, %3 (%4 supplier %5)")
                               .arg(en(m), en(form), en(origin), en(region))
                               .arg(i % 97);
            f.nameZh = QStringLiteral("%1%2%3（%4供应商%5）")
                               .arg(zh(origin), zh(m), zh(form), zh(region))
                               .arg(i % 97);
            f.unit = QStringLiteral("kgCO2e/kg");
            f.value = nextValue(20);
        } else if (i < 35000) {
            const Word &c = kComponents[i % kComponents.size()];
            const Word &size = kSizes[(i / kComponents.size()) % kSizes.size()];
            const Word &region = kRegions[(i / 13) % kRegions.size()];
            f.id = QStringLiteral("syn_ec_%1").arg(i, 5, 10, QLatin1Char('0'));
            f.category = QStringLiteral("electronic_component");
            f.nameEn = QStringLiteral("%1, %2, made in %3, model %4")
                               .arg(en(c), en(size), en(region))
                               .arg(i);
            f.nameZh = QStringLiteral("%1%2，%3制造，型号%4")
                               .arg(zh(size), zh(c), zh(region))
                               .arg(i);
            f.unit = QStringLiteral("kgCO2e/unit");
            f.value = nextValue(50);
        } else {
            const Word &region = kRegions[i % kRegions.size()];
            const Word &kind = kGridKinds[(i / kRegions.size()) % kGridKinds.size()];
            f.id = QStringLiteral("syn_grid_%1").arg(i, 5, 10, QLatin1Char('0'));
            f.category = QStringLiteral("grid_electricity");
            f.nameEn = QStringLiteral("Grid electricity, %1, %2 (%3), utility %4")
                               .arg(en(region))
                               .arg(f.year)
                               .arg(en(kind))
                               .arg(i % 500);
            f.nameZh = QStringLiteral("电网电力碳强度，%1，%2年（%3），供电公司%4")
                               .arg(zh(region))
                               .arg(f.year)
                               .arg(zh(kind))
                               .arg(i % 500);
            f.unit = QStringLiteral("kgCO2e/kWh");
            f.region = en(region).toUpper().left(2);
            f.value = nextValue(1);
        }
        factors.append(f);
    }
    return factors;
}

} // namespace

class BenchFactorSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void lookup();

private:
    QTemporaryDir m_dir;
    FactorDatabase m_db;
};

void BenchFactorSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const FactorCsv::Result shipped = FactorCsv::readFile(
            QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/factors/factors.csv"));
    QVERIFY(shipped.ok());
    QList<Factor> factors = syntheticFactors();
    factors.append(shipped.factors);

    QElapsedTimer timer;
    timer.start();
    const QString path = m_dir.filePath(QStringLiteral("bench.sqlite"));
    const QString error = FactorDatabase::build(factors, path, QStringLiteral("bench"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("built %lld factors in %lld ms (%lld bytes)", qlonglong(factors.size()),
          qlonglong(timer.elapsed()), qlonglong(QFileInfo(path).size()));
    timer.restart();
    QVERIFY2(m_db.open(path, m_dir.filePath(QStringLiteral("user.sqlite"))),
             qPrintable(m_db.errorString()));
    qInfo("opened in %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(m_db.count(), int(factors.size()));
}

void BenchFactorSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("mustContain"); // in the name of every result
    // ASCII tags: QtTest 6.4 garbles non-ASCII tags in benchmark RESULT lines.
    row("zh: aluminium", "铝", "铝");
    row("zh: grid", "电网", "电网");
    row("en: alumin", "alumin", "alumin");
    row("en: recycled steel", "recycled steel", "steel");
    row("zh: market average", "市场平均", "市场平均");
    row("zh+en: capacitor jiangsu", "电容 jiangsu", "电容");
}

void BenchFactorSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QString, mustContain);

    const QList<Factor> results = m_db.search(query, 50);
    QCOMPARE(results.size(), 50);
    for (const Factor &f : results) {
        QVERIFY2(f.nameZh.contains(mustContain)
                         || f.nameEn.contains(mustContain, Qt::CaseInsensitive),
                 qPrintable(f.id));
    }
    QBENCHMARK {
        m_db.search(query, 50);
    }
}

void BenchFactorSearch::lookup()
{
    const QStringList ids
            = {QStringLiteral("mat_abs_ice"), QStringLiteral("syn_mat_01234"),
               QStringLiteral("syn_grid_40000"), QStringLiteral("grid_cn_ember_2024")};
    for (const QString &id : ids)
        QVERIFY2(m_db.factor(id), qPrintable(id));
    QCOMPARE(m_db.factor(QStringLiteral("mat_abs_ice"))->value, 3.76);
    int i = 0;
    QBENCHMARK {
        m_db.factor(ids.at(i++ % ids.size()));
    }
}

QTEST_GUILESS_MAIN(BenchFactorSearch)
#include "bench_factorsearch.moc"
