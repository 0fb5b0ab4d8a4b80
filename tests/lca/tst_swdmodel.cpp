// SwdModel against values worked by hand from the SWD formulas (CO2.js 0.19.0), never from
// the program's output. 1 GB = 10^9 bytes.
//
// v4 constants: operational kWh/GB: data centre 0.055, network 0.059, device 0.08; embodied
// kWh/GB: data centre 0.012, network 0.013, device 0.081; global intensity 494 g/kWh.
// v3 constants: 0.81 kWh/GB split device 0.52, network 0.14, production 0.19, data centre 0.15;
// global intensity 472.94 g/kWh (Ember 2024 world), green data centre 50 g/kWh; per visit
// 0.75 first visits, 0.25 return visits, 2 % of the data reloaded on a return visit.

#include "lca/swdmodel.h"

#include <QtTest>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

using lca::SwdErrorKind;
using lca::SwdField;
using lca::SwdModel;
using lca::SwdOptions;
using lca::SwdVersion;

using Segments = std::vector<std::pair<std::string, double>>;
Q_DECLARE_METATYPE(SwdOptions)
Q_DECLARE_METATYPE(Segments)
Q_DECLARE_METATYPE(SwdField)
Q_DECLARE_METATYPE(SwdErrorKind)

namespace {

// Hand-worked decimals against doubles: 1e-12 relative is far tighter than the 1e-9 contract.
bool near(double actual, double expected)
{
    return std::abs(actual - expected)
            <= 1e-12 * std::max(std::abs(actual), std::abs(expected)) + 1e-18;
}

SwdOptions v4()
{
    return SwdOptions{};
}

SwdOptions v3()
{
    SwdOptions o;
    o.version = SwdVersion::V3;
    return o;
}

// v4 segments in CO2.js order for one full load, then the given tail (visit keys, total).
Segments v4Segments(double opDc, double opNet, double opDev, double embDc, double embNet,
                    double embDev, const Segments &tail)
{
    Segments s{{"dataCenterOperationalCO2e", opDc},
               {"networkOperationalCO2e", opNet},
               {"consumerDeviceOperationalCO2e", opDev},
               {"dataCenterEmbodiedCO2e", embDc},
               {"networkEmbodiedCO2e", embNet},
               {"consumerDeviceEmbodiedCO2e", embDev},
               {"totalEmbodiedCO2e", embDc + embNet + embDev},
               {"totalOperationalCO2e", opDc + opNet + opDev},
               {"dataCenterCO2e", opDc + embDc},
               {"networkCO2e", opNet + embNet},
               {"consumerDeviceCO2e", opDev + embDev}};
    s.insert(s.end(), tail.begin(), tail.end());
    return s;
}

} // namespace

class TestSwdModel : public QObject
{
    Q_OBJECT

private slots:
    void segments_data();
    void segments();
    void invalidOptions_data();
    void invalidOptions();
    void estimateFollowsMode();
    void versionNames();
};

void TestSwdModel::segments_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<SwdOptions>("options");
    QTest::addColumn<bool>("perVisit");
    QTest::addColumn<Segments>("expected");

    // v4, 1 GB, not green: each segment = kWh/GB x 494.
    //   DC op 0.055 x 494 = 27.17, network op 0.059 x 494 = 29.146, device op 0.08 x 494 = 39.52,
    //   DC emb 0.012 x 494 = 5.928, network emb 0.013 x 494 = 6.422, device emb 0.081 x 494
    //   = 40.014; embodied 52.364, operational 95.836, DC 33.098, network 35.568, device 79.534;
    //   total = 0.3 kWh x 494 = 148.2.
    QTest::newRow("v4 1 GB") << 1e9 << v4() << false
                             << v4Segments(27.17, 29.146, 39.52, 5.928, 6.422, 40.014,
                                           {{"total", 148.2}});

    // Green: the segments are unchanged; only the total drops the DC operational 27.17:
    //   148.2 - 27.17 = 121.03.
    SwdOptions green4 = v4();
    green4.green = true;
    QTest::newRow("v4 1 GB green")
            << 1e9 << green4 << false
            << v4Segments(27.17, 29.146, 39.52, 5.928, 6.422, 40.014, {{"total", 121.03}});

    // Green hosting factor 0.5: total = 148.2 - 0.5 x 27.17 = 134.615.
    SwdOptions half4 = v4();
    half4.greenHostingFactor = 0.5;
    QTest::newRow("v4 1 GB factor 0.5")
            << 1e9 << half4 << false
            << v4Segments(27.17, 29.146, 39.52, 5.928, 6.422, 40.014, {{"total", 134.615}});

    // green wins over a factor given alongside it (CO2.js getGreenHostingFactor).
    SwdOptions greenAndFactor = half4;
    greenAndFactor.green = true;
    QTest::newRow("v4 green beats factor")
            << 1e9 << greenAndFactor << false
            << v4Segments(27.17, 29.146, 39.52, 5.928, 6.422, 40.014, {{"total", 121.03}});

    // 2 GB, grids DC 100, network 200, device 300: operational uses them, embodied keeps 494.
    //   DC op 2 x 0.055 x 100 = 11, network op 2 x 0.059 x 200 = 23.6, device op 2 x 0.08 x 300 =
    //   48; DC emb 2 x 0.012 x 494 = 11.856, network emb 2 x 0.013 x 494 = 12.844, device emb 2 x
    //   0.081 x 494 = 80.028; total = 82.6 + 104.728 = 187.328.
    SwdOptions grids4 = v4();
    grids4.gridDataCenter = 100;
    grids4.gridNetwork = 200;
    grids4.gridDevice = 300;
    QTest::newRow("v4 2 GB custom grids")
            << 2e9 << grids4 << false
            << v4Segments(11, 23.6, 48, 11.856, 12.844, 80.028, {{"total", 187.328}});

    // A zero grid is a real value, not "unset": DC op = 0, total = 148.2 - 27.17 = 121.03.
    SwdOptions zeroDc4 = v4();
    zeroDc4.gridDataCenter = 0;
    QTest::newRow("v4 zero DC grid")
            << 1e9 << zeroDc4 << false
            << v4Segments(0, 29.146, 39.52, 5.928, 6.422, 40.014, {{"total", 121.03}});

    // Per visit, v4 defaults: first share 1, return 0, reload 0 -> total = one load = 148.2.
    QTest::newRow("v4 per visit defaults")
            << 1e9 << v4() << true
            << v4Segments(27.17, 29.146, 39.52, 5.928, 6.422, 40.014,
                          {{"firstVisitCO2e", 148.2}, {"returnVisitCO2e", 0}, {"total", 148.2}});

    // Per visit, factor 0.5, first 0.6, return 0.4, reload 0.1:
    //   first visit = 134.615, return visit = 134.615 x 0.1 = 13.4615,
    //   total = 134.615 x 0.6 + 13.4615 x 0.4 = 80.769 + 5.3846 = 86.1536.
    SwdOptions visit4 = half4;
    visit4.firstVisitShare = 0.6;
    visit4.returnVisitShare = 0.4;
    visit4.dataReloadRatio = 0.1;
    QTest::newRow("v4 per visit ratios") << 1e9 << visit4 << true
                                         << v4Segments(27.17, 29.146, 39.52, 5.928, 6.422, 40.014,
                                                       {{"firstVisitCO2e", 134.615},
                                                        {"returnVisitCO2e", 13.4615},
                                                        {"total", 86.1536}});

    // Below one byte CO2.js returns 0 for v4: every segment 0.
    QTest::newRow("v4 half a byte")
            << 0.5 << v4() << false << v4Segments(0, 0, 0, 0, 0, 0, {{"total", 0}});
    QTest::newRow("v4 per visit half a byte")
            << 0.5 << v4() << true
            << v4Segments(0, 0, 0, 0, 0, 0,
                          {{"firstVisitCO2e", 0}, {"returnVisitCO2e", 0}, {"total", 0}});

    // v3, 1 GB: 0.81 kWh split, each x 472.94:
    //   device 0.4212 kWh x 472.94 = 199.202328, network 0.1134 x 472.94 = 53.631396,
    //   production 0.1539 x 472.94 = 72.785466, DC 0.1215 x 472.94 = 57.46221;
    //   total = 0.81 x 472.94 = 383.0814.
    QTest::newRow("v3 1 GB") << 1e9 << v3() << false
                             << Segments{{"consumerDeviceCO2", 199.202328},
                                         {"networkCO2", 53.631396},
                                         {"productionCO2", 72.785466},
                                         {"dataCenterCO2", 57.46221},
                                         {"total", 383.0814}};

    // v3 green: DC at 50 g/kWh: 0.1215 x 50 = 6.075; total 383.0814 - 57.46221 + 6.075 = 331.69419.
    SwdOptions green3 = v3();
    green3.green = true;
    QTest::newRow("v3 1 GB green") << 1e9 << green3 << false
                                   << Segments{{"consumerDeviceCO2", 199.202328},
                                               {"networkCO2", 53.631396},
                                               {"productionCO2", 72.785466},
                                               {"dataCenterCO2", 6.075},
                                               {"total", 331.69419}};

    // v3 grids DC 100, network 200, device 300; production keeps 472.94:
    //   device 0.4212 x 300 = 126.36, network 0.1134 x 200 = 22.68, production 72.785466,
    //   DC 0.1215 x 100 = 12.15; total 233.975466.
    SwdOptions grids3 = v3();
    grids3.gridDataCenter = 100;
    grids3.gridNetwork = 200;
    grids3.gridDevice = 300;
    QTest::newRow("v3 1 GB custom grids") << 1e9 << grids3 << false
                                          << Segments{{"consumerDeviceCO2", 126.36},
                                                      {"networkCO2", 22.68},
                                                      {"productionCO2", 72.785466},
                                                      {"dataCenterCO2", 12.15},
                                                      {"total", 233.975466}};

    // v3 green overrides a custom DC grid with 50: device 0.4212 x 100 = 42.12;
    //   total 42.12 + 53.631396 + 72.785466 + 6.075 = 174.611862.
    SwdOptions greenGrid3 = green3;
    greenGrid3.gridDevice = 100;
    greenGrid3.gridDataCenter = 900;
    QTest::newRow("v3 green beats DC grid") << 1e9 << greenGrid3 << false
                                            << Segments{{"consumerDeviceCO2", 42.12},
                                                        {"networkCO2", 53.631396},
                                                        {"productionCO2", 72.785466},
                                                        {"dataCenterCO2", 6.075},
                                                        {"total", 174.611862}};

    // v3 per byte below one byte counts as 0 bytes.
    QTest::newRow("v3 half a byte") << 0.5 << v3() << false
                                    << Segments{{"consumerDeviceCO2", 0},
                                                {"networkCO2", 0},
                                                {"productionCO2", 0},
                                                {"dataCenterCO2", 0},
                                                {"total", 0}};

    // v3 per visit, defaults: first = segment x 0.75, subsequent = segment x 0.25 x 0.02
    //   = segment x 0.005. device 149.401746 / 0.99601164, network 40.223547 / 0.26815698,
    //   production 54.5890995 / 0.36392733, DC 43.0966575 / 0.28731105;
    //   total = 383.0814 x 0.755 = 289.226457.
    QTest::newRow("v3 per visit defaults")
            << 1e9 << v3() << true
            << Segments{{"consumerDeviceCO2 - first", 149.401746},
                        {"consumerDeviceCO2 - subsequent", 0.99601164},
                        {"networkCO2 - first", 40.223547},
                        {"networkCO2 - subsequent", 0.26815698},
                        {"productionCO2 - first", 54.5890995},
                        {"productionCO2 - subsequent", 0.36392733},
                        {"dataCenterCO2 - first", 43.0966575},
                        {"dataCenterCO2 - subsequent", 0.28731105},
                        {"total", 289.226457}};

    // v3 per visit, green, first 0.5, return 0.5, reload 0.1 (subsequent = x 0.05):
    //   device 99.601164 / 9.9601164, network 26.815698 / 2.6815698,
    //   production 36.392733 / 3.6392733, DC (6.075) 3.0375 / 0.30375;
    //   total = 331.69419 x 0.55 = 182.4318045.
    SwdOptions visit3 = green3;
    visit3.firstVisitShare = 0.5;
    visit3.returnVisitShare = 0.5;
    visit3.dataReloadRatio = 0.1;
    QTest::newRow("v3 per visit ratios green")
            << 1e9 << visit3 << true
            << Segments{{"consumerDeviceCO2 - first", 99.601164},
                        {"consumerDeviceCO2 - subsequent", 9.9601164},
                        {"networkCO2 - first", 26.815698},
                        {"networkCO2 - subsequent", 2.6815698},
                        {"productionCO2 - first", 36.392733},
                        {"productionCO2 - subsequent", 3.6392733},
                        {"dataCenterCO2 - first", 3.0375},
                        {"dataCenterCO2 - subsequent", 0.30375},
                        {"total", 182.4318045}};

    // v3 per visit has no below-one-byte rule: 0.5 bytes = 5e-10 GB x 0.81 x 472.94 x 0.755
    //   = 1.446132285e-7 g in total; device first = 5e-10 x 0.4212 x 472.94 x 0.75 = 7.4700873e-8.
    QTest::newRow("v3 per visit half a byte")
            << 0.5 << v3() << true
            << Segments{{"consumerDeviceCO2 - first", 7.4700873e-8},
                        {"consumerDeviceCO2 - subsequent", 4.9800582e-10},
                        {"networkCO2 - first", 2.01117735e-8},
                        {"networkCO2 - subsequent", 1.3407849e-10},
                        {"productionCO2 - first", 2.729454975e-8},
                        {"productionCO2 - subsequent", 1.819636650e-10},
                        {"dataCenterCO2 - first", 2.154832875e-8},
                        {"dataCenterCO2 - subsequent", 1.436555250e-10},
                        {"total", 1.446132285e-7}};
}

void TestSwdModel::segments()
{
    QFETCH(double, bytes);
    QFETCH(SwdOptions, options);
    QFETCH(bool, perVisit);
    QFETCH(Segments, expected);

    const lca::SwdOutcome outcome
            = perVisit ? SwdModel::perVisit(bytes, options) : SwdModel::perByte(bytes, options);
    QVERIFY2(outcome.ok(), outcome.error ? outcome.error->message.c_str() : "no error");
    QCOMPARE(outcome.result->perVisit, perVisit);
    QCOMPARE(outcome.result->version, options.version);
    const lca::SwdSegmentList list = outcome.result->segments();
    QCOMPARE(list.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(std::string(list[i].key), expected[i].first);
        QVERIFY2(near(list[i].grams, expected[i].second),
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(QString::fromStdString(expected[i].first))
                                    .arg(list[i].grams, 0, 'g', 17)
                                    .arg(expected[i].second, 0, 'g', 17)));
    }
    QCOMPARE(list[list.size() - 1].grams, outcome.result->total);
}

void TestSwdModel::invalidOptions_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<SwdOptions>("options");
    QTest::addColumn<bool>("perVisit");
    QTest::addColumn<SwdField>("field");
    QTest::addColumn<SwdErrorKind>("kind");

    QTest::newRow("negative bytes")
            << -1.0 << v4() << false << SwdField::Bytes << SwdErrorKind::Negative;
    QTest::newRow("NaN bytes") << std::nan("") << v3() << true << SwdField::Bytes
                               << SwdErrorKind::NotFinite;
    QTest::newRow("infinite bytes")
            << HUGE_VAL << v4() << false << SwdField::Bytes << SwdErrorKind::NotFinite;

    SwdOptions o = v4();
    o.gridNetwork = -5;
    QTest::newRow("negative network grid")
            << 1e6 << o << false << SwdField::GridNetwork << SwdErrorKind::Negative;
    o = v3();
    o.gridDataCenter = std::nan("");
    QTest::newRow("NaN DC grid") << 1e6 << o << false << SwdField::GridDataCenter
                                 << SwdErrorKind::NotFinite;
    o = v4();
    o.gridDevice = -0.001;
    QTest::newRow("negative device grid")
            << 1e6 << o << true << SwdField::GridDevice << SwdErrorKind::Negative;

    o = v4();
    o.greenHostingFactor = 1.5;
    QTest::newRow("factor above 1") << 1e6 << o << false << SwdField::GreenHostingFactor
                                    << SwdErrorKind::OutsideUnitInterval;
    o.greenHostingFactor = -0.1;
    QTest::newRow("factor below 0") << 1e6 << o << true << SwdField::GreenHostingFactor
                                    << SwdErrorKind::OutsideUnitInterval;
    o = v3();
    o.greenHostingFactor = 0.5;
    QTest::newRow("factor with v3")
            << 1e6 << o << false << SwdField::GreenHostingFactor << SwdErrorKind::NotApplicable;

    o = v3();
    o.firstVisitShare = 0.5;
    QTest::newRow("first share per byte")
            << 1e6 << o << false << SwdField::FirstVisitShare << SwdErrorKind::NotApplicable;
    o = v4();
    o.dataReloadRatio = 0.5;
    QTest::newRow("reload per byte")
            << 1e6 << o << false << SwdField::DataReloadRatio << SwdErrorKind::NotApplicable;
    o = v3();
    o.firstVisitShare = 1.2;
    QTest::newRow("first share above 1")
            << 1e6 << o << true << SwdField::FirstVisitShare << SwdErrorKind::OutsideUnitInterval;
    o = v3();
    o.returnVisitShare = -0.2;
    QTest::newRow("return share below 0")
            << 1e6 << o << true << SwdField::ReturnVisitShare << SwdErrorKind::OutsideUnitInterval;
    o = v4();
    o.dataReloadRatio = 2;
    QTest::newRow("reload above 1")
            << 1e6 << o << true << SwdField::DataReloadRatio << SwdErrorKind::OutsideUnitInterval;
}

void TestSwdModel::invalidOptions()
{
    QFETCH(double, bytes);
    QFETCH(SwdOptions, options);
    QFETCH(bool, perVisit);
    QFETCH(SwdField, field);
    QFETCH(SwdErrorKind, kind);

    const lca::SwdOutcome outcome
            = perVisit ? SwdModel::perVisit(bytes, options) : SwdModel::perByte(bytes, options);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->field, field);
    QCOMPARE(outcome.error->kind, kind);
    QVERIFY(!outcome.error->message.empty());
}

void TestSwdModel::estimateFollowsMode()
{
    SwdOptions o = v3();
    o.perVisit = true;
    const lca::SwdOutcome visit = SwdModel::estimate(1e9, o);
    QVERIFY(visit.ok());
    QVERIFY(visit.result->perVisit);
    QVERIFY(near(visit.result->total, 289.226457));
    o.perVisit = false;
    const lca::SwdOutcome byte = SwdModel::estimate(1e9, o);
    QVERIFY(byte.ok());
    QVERIFY(!byte.result->perVisit);
    QVERIFY(near(byte.result->total, 383.0814));
}

void TestSwdModel::versionNames()
{
    QCOMPARE(SwdModel::parseVersion("swd-v4"), std::optional<SwdVersion>(SwdVersion::V4));
    QCOMPARE(SwdModel::parseVersion("swd-v3"), std::optional<SwdVersion>(SwdVersion::V3));
    QVERIFY(!SwdModel::parseVersion("swd-v5").has_value());
    QVERIFY(!SwdModel::parseVersion("").has_value());
    QCOMPARE(SwdModel::versionName(SwdVersion::V3), std::string_view("swd-v3"));
    QCOMPARE(SwdModel::versionName(SwdVersion::V4), std::string_view("swd-v4"));
}

QTEST_APPLESS_MAIN(TestSwdModel)
#include "tst_swdmodel.moc"
