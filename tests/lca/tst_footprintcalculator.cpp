// The formulas of docs/profile-format.md on inventories built by hand; every expected value is
// worked out in the comments from the formula, not taken from the program.
#include "lca/footprintcalculator.h"

#include <QTest>

using namespace lca;

namespace {

ProductLine line(const std::string &path, Stage stage, int factor, double constant,
                 std::vector<Term> terms)
{
    ProductLine l;
    l.path = path;
    l.stage = stage;
    l.factor = factor;
    l.constant = constant;
    l.terms = std::move(terms);
    return l;
}

// A one-part mouse after the examples of docs/profile-format.md, with real factor values:
// ABS 3.76 kgCO2e/kg, CN grid 0.5306 kgCO2/kWh, board 1.19972542 kgCO2e/kg,
// container ship 0.01612 kgCO2e/tkm, US grid 0.409 kgCO2e/kWh,
// WEEE recycling 0.00468568 and landfill 0.00898311 kgCO2e/kg.
Inventory mouseInventory(bool withProductMass)
{
    Inventory inv;
    const int abs = inv.addFactor("mat_abs_ice", UncertainValue::fixed(3.76), false);
    const int cn = inv.addFactor("grid_cn", UncertainValue::fixed(0.5306), true);
    const int board = inv.addFactor("pkg_board", UncertainValue::fixed(1.19972542), false);
    const int ship = inv.addFactor("ship", UncertainValue::fixed(0.01612), false);
    const int us = inv.addFactor("grid_us", UncertainValue::fixed(0.409), false);
    const int rec = inv.addFactor("eol_rec", UncertainValue::fixed(0.00468568), false);
    const int land = inv.addFactor("eol_land", UncertainValue::fixed(0.00898311), false);

    const ParamIndex lifetime
            = inv.addParameter("product.lifetime_years", UncertainValue::fixed(3));
    if (withProductMass)
        inv.productMassKg = inv.addParameter("product.mass_kg", UncertainValue::fixed(0.1));
    inv.yieldLoss = inv.addParameter("manufacturing.yield_loss", UncertainValue::fixed(0.03));

    const ParamIndex q = inv.addParameter("materials[0].quantity", UncertainValue::fixed(52)); // g
    ProductLine housing
            = line("materials[0]", Stage::MaterialsManufacturing, abs, 0.001, {Term{q}});
    housing.appliesYieldLoss = true;
    housing.massRole = ProductLine::MassRole::Product;
    housing.massQuantity = q;
    housing.massKgPerUnit = 0.001;
    inv.lines.push_back(housing);

    const ParamIndex kwh
            = inv.addParameter("manufacturing.assembly_energy_kwh", UncertainValue::fixed(0.4));
    inv.lines.push_back(line("manufacturing", Stage::MaterialsManufacturing, cn, 1.0, {Term{kwh}}));

    const ParamIndex pk = inv.addParameter("packaging[0].quantity", UncertainValue::fixed(0.08));
    ProductLine box = line("packaging[0]", Stage::MaterialsManufacturing, board, 1.0, {Term{pk}});
    box.massRole = ProductLine::MassRole::Packaging;
    box.massQuantity = pk;
    box.massKgPerUnit = 1.0;
    inv.lines.push_back(box);

    inv.legs.push_back(TransportLeg{
            "distribution[0]", kNoParam,
            inv.addParameter("distribution[0].distance_km", UncertainValue::fixed(19000)), ship});

    const ParamIndex w = inv.addParameter("use.modes[0].power_w", UncertainValue::fixed(0.05));
    const ParamIndex h = inv.addParameter("use.modes[0].hours_per_day", UncertainValue::fixed(8));
    const ParamIndex d = inv.addParameter("use.modes[0].days_per_year", UncertainValue::fixed(250));
    inv.lines.push_back(line("use.modes[0]", Stage::UseDevice, us, 0.001,
                             {Term{w}, Term{h}, Term{d}, Term{lifetime}}));

    inv.endOfLifeRoutes.push_back(EndOfLifeRoute{
            "end_of_life.routes[0]",
            inv.addParameter("end_of_life.routes[0].share", UncertainValue::fixed(0.4)), rec});
    inv.endOfLifeRoutes.push_back(EndOfLifeRoute{
            "end_of_life.routes[1]",
            inv.addParameter("end_of_life.routes[1].share", UncertainValue::fixed(0.6)), land});
    return inv;
}

void fuzzyCompare(double actual, double expected, const char *what)
{
    QVERIFY2(qAbs(actual - expected) <= 1e-12 + 1e-9 * qAbs(expected),
             qPrintable(QStringLiteral("%1: %2, expected %3")
                                .arg(QLatin1String(what))
                                .arg(actual, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
}

} // namespace

class TestFootprintCalculator : public QObject
{
    Q_OBJECT

private slots:
    void mouse_data()
    {
        QTest::addColumn<bool>("withProductMass");
        QTest::addColumn<double>("materials");
        QTest::addColumn<double>("distribution");
        QTest::addColumn<double>("use");
        QTest::addColumn<double>("endOfLife");
        QTest::addColumn<double>("total");

        // E = (1 + 0.03) x 0.052 kg x 3.76 + 0.4 x 0.5306 + 0.08 x 1.19972542
        //   = 0.2013856 + 0.21224 + 0.0959780336 = 0.5096036336
        // U = 0.05 W x 8 h x 250 d / 1000 x 3 years x 0.409 = 0.1 x 3 x 0.409 = 0.1227
        // eol mix = 0.4 x 0.00468568 + 0.6 x 0.00898311 = 0.007264138 kgCO2e/kg
        // m from materials = 0.052 kg, p = 0.08 kg:
        //   D = (0.132 / 1000) x 19000 x 0.01612 = 0.04042896
        //   L = 0.052 x 0.007264138 = 0.000377735176
        //   T = 0.5096036336 + 0.04042896 + 0.1227 + 0.000377735176 = 0.673110328776
        QTest::newRow("mass from materials") << false << 0.5096036336 << 0.04042896 << 0.1227
                                             << 0.000377735176 << 0.673110328776;
        // with product.mass_kg = 0.1: D = (0.18 / 1000) x 19000 x 0.01612 = 0.0551304
        //   L = 0.1 x 0.007264138 = 0.0007264138
        //   T = 0.5096036336 + 0.0551304 + 0.1227 + 0.0007264138 = 0.6881604474
        QTest::newRow("declared product mass")
                << true << 0.5096036336 << 0.0551304 << 0.1227 << 0.0007264138 << 0.6881604474;
    }
    void mouse()
    {
        QFETCH(bool, withProductMass);
        QFETCH(double, materials);
        QFETCH(double, distribution);
        QFETCH(double, use);
        QFETCH(double, endOfLife);
        QFETCH(double, total);
        const Inventory inv = mouseInventory(withProductMass);
        const FootprintResult r = FootprintCalculator::calculate(inv);
        fuzzyCompare(r.stage(Stage::MaterialsManufacturing), materials, "materials");
        fuzzyCompare(r.stage(Stage::Distribution), distribution, "distribution");
        fuzzyCompare(r.stage(Stage::UseDevice), use, "use");
        fuzzyCompare(r.stage(Stage::UseDigital), 0.0, "digital");
        fuzzyCompare(r.stage(Stage::EndOfLife), endOfLife, "end of life");
        fuzzyCompare(r.total(), total, "total");
        fuzzyCompare(r.packagingMassKg, 0.08, "packaging mass");
        fuzzyCompare(r.productMassKg, withProductMass ? 0.1 : 0.052, "product mass");
        // one contribution per input line: 3 product lines + use + 1 leg + 2 routes
        QCOMPARE(r.contributions.size(), std::size_t(7));
        QCOMPARE(r.contributions[0].path, std::string("materials[0]"));
        fuzzyCompare(r.contributions[0].kgCo2e, 0.2013856, "housing");
        double sum = 0;
        for (const Contribution &c : r.contributions)
            sum += c.kgCo2e;
        fuzzyCompare(sum, total, "sum of contributions");
        // the allocation-free path agrees
        const std::vector<double> values = inv.centralValues();
        fuzzyCompare(FootprintCalculator::totals(inv, values).total, total, "totals()");
    }

    void parameterValuesOverride()
    {
        const Inventory inv = mouseInventory(false);
        std::vector<double> values = inv.centralValues();
        values[inv.factors[0].value] = 7.52; // ABS doubled: housing 0.2013856 -> 0.4027712
        fuzzyCompare(FootprintCalculator::totals(inv, values).total, 0.673110328776 + 0.2013856,
                     "total");
    }

    void endOfLifeCredits()
    {
        // m = 2 kg; route A: share 0.5 x 0.01 -> 2 x 0.5 x 0.01 = 0.01 (burden)
        // route B: share 0.5 x -0.5 -> 2 x 0.5 x -0.5 = -0.5 (credit, apart, never netted)
        Inventory inv;
        inv.productMassKg = inv.addParameter("product.mass_kg", UncertainValue::fixed(2));
        const int a = inv.addFactor("a", UncertainValue::fixed(0.01), false);
        const int b = inv.addFactor("b", UncertainValue::fixed(-0.5), false);
        inv.endOfLifeRoutes.push_back(
                {"end_of_life.routes[0]", inv.addParameter("s0", UncertainValue::fixed(0.5)), a});
        inv.endOfLifeRoutes.push_back(
                {"end_of_life.routes[1]", inv.addParameter("s1", UncertainValue::fixed(0.5)), b});
        const FootprintResult r = FootprintCalculator::calculate(inv);
        fuzzyCompare(r.stage(Stage::EndOfLife), 0.01, "end of life");
        fuzzyCompare(r.total(), 0.01, "total");
        fuzzyCompare(r.endOfLifeCreditsKg, -0.5, "credits");
        QVERIFY(!r.contributions[0].credit);
        QVERIFY(r.contributions[1].credit);
    }

    void legWithOwnMass()
    {
        // 500 kg pallet x 800 km by truck at 0.10163 kgCO2e/tkm = 0.5 t x 800 x 0.10163 = 40.652
        Inventory inv;
        const int truck = inv.addFactor("truck", UncertainValue::fixed(0.10163), false);
        inv.legs.push_back({"distribution[0]", inv.addParameter("m", UncertainValue::fixed(500)),
                            inv.addParameter("d", UncertainValue::fixed(800)), truck});
        fuzzyCompare(FootprintCalculator::calculate(inv).stage(Stage::Distribution), 40.652, "leg");
    }

    void amortisedTraining()
    {
        // 2000 queries x 1287 MWh x 1000 / 1e11 queries x 0.409 kgCO2e/kWh x 1 year
        //   = 0.02574 kWh x 0.409 = 0.01052766
        Inventory inv;
        const int grid = inv.addFactor("grid", UncertainValue::fixed(0.409), false);
        const ParamIndex q = inv.addParameter("q", UncertainValue::fixed(2000));
        const ParamIndex mwh = inv.addParameter("mwh", UncertainValue::fixed(1287));
        const ParamIndex over = inv.addParameter("over", UncertainValue::fixed(1e11));
        const ParamIndex years = inv.addParameter("years", UncertainValue::fixed(1));
        inv.lines.push_back(line("digital_service.ai.training", Stage::UseDigital, grid, 1000.0,
                                 {Term{q}, Term{mwh}, Term{over, -1}, Term{years}}));
        fuzzyCompare(FootprintCalculator::calculate(inv).stage(Stage::UseDigital), 0.01052766,
                     "training");
    }

    void neutral_data()
    {
        QTest::addColumn<double>("offsets");
        QTest::addColumn<bool>("certified");
        QTest::addColumn<bool>("neutral");
        // the total below is 40.652 kg (legWithOwnMass)
        QTest::newRow("covers, certified") << 50.0 << true << true;
        QTest::newRow("exactly covers") << 40.652 << true << true;
        QTest::newRow("covers, no certificate") << 50.0 << false << false;
        QTest::newRow("short, certified") << 40.0 << true << false;
        QTest::newRow("none") << 0.0 << true << false;
    }
    void neutral()
    {
        QFETCH(double, offsets);
        QFETCH(bool, certified);
        QFETCH(bool, neutral);
        Inventory inv;
        const int truck = inv.addFactor("truck", UncertainValue::fixed(0.10163), false);
        inv.legs.push_back({"distribution[0]", inv.addParameter("m", UncertainValue::fixed(500)),
                            inv.addParameter("d", UncertainValue::fixed(800)), truck});
        inv.offsetsKg = inv.addParameter("offsets.kg_co2e", UncertainValue::fixed(offsets));
        inv.offsetsCertified = certified;
        const FootprintResult r = FootprintCalculator::calculate(inv);
        QCOMPARE(r.carbonNeutral, neutral);
        fuzzyCompare(r.total(), 40.652, "offsets never change the total");
        fuzzyCompare(r.offsetsKg, offsets, "offsets beside the total");
    }

    void sharedFactorIsOneParameter()
    {
        Inventory inv;
        const int a = inv.addFactor("x", UncertainValue::fixed(1.0), false);
        const int b = inv.addFactor("x", UncertainValue::fixed(1.0), false);
        QCOMPARE(a, b);
        QCOMPARE(inv.factors.size(), std::size_t(1));
        QCOMPARE(inv.parameters.size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestFootprintCalculator)
#include "tst_footprintcalculator.moc"
