// Unit conversion: each dimension of the unit table in docs/profile-format.md, worked by hand.
#include "lca/units.h"

#include <QTest>
#include <cmath>

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void conversion_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<double>("factor");
        QTest::newRow("g->kg") << "g"
                               << "kg" << 0.001;
        QTest::newRow("kg->g") << "kg"
                               << "g" << 1000.0;
        QTest::newRow("t->kg") << "t"
                               << "kg" << 1000.0;
        QTest::newRow("mg->g") << "mg"
                               << "g" << 0.001;
        QTest::newRow("Wh->kWh") << "Wh"
                                 << "kWh" << 0.001;
        QTest::newRow("MWh->kWh") << "MWh"
                                  << "kWh" << 1000.0;
        QTest::newRow("GWh->MWh") << "GWh"
                                  << "MWh" << 1000.0;
        QTest::newRow("mm2->cm2") << "mm2"
                                  << "cm2" << 0.01; // 1 cm2 = 10 mm x 10 mm
        QTest::newRow("cm2->mm2") << "cm2"
                                  << "mm2" << 100.0;
        QTest::newRow("cm2->m2") << "cm2"
                                 << "m2" << 1e-4; // 1 m2 = 100 cm x 100 cm
        QTest::newRow("mm2->m2") << "mm2"
                                 << "m2" << 1e-6;
        QTest::newRow("mm²->cm2") << "mm²"
                                  << "cm2" << 0.01;
        QTest::newRow("MB->GB") << "MB"
                                << "GB" << 0.001; // decimal, as CO2.js
        QTest::newRow("TB->GB") << "TB"
                                << "GB" << 1000.0;
        QTest::newRow("m->km") << "m"
                               << "km" << 0.001;
        QTest::newRow("tkm->tkm") << "tkm"
                                  << "tkm" << 1.0;
        QTest::newRow("min->h") << "min"
                                << "h" << 1.0 / 60.0;
        QTest::newRow("d->h") << "d"
                              << "h" << 24.0;
        QTest::newRow("piece->unit") << "piece"
                                     << "unit" << 1.0;
        QTest::newRow("pcs->piece") << "pcs"
                                    << "piece" << 1.0;
    }
    void conversion()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(double, factor);
        const auto f = lca::conversionFactor(from.toStdString(), to.toStdString());
        QVERIFY(f.has_value());
        QVERIFY2(qAbs(*f - factor) <= 1e-12 * qAbs(factor),
                 qPrintable(QString::number(*f, 'g', 17)));
    }

    void mismatch_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("mass->energy") << "kg"
                                      << "kWh";
        QTest::newRow("area->mass") << "cm2"
                                    << "kg";
        QTest::newRow("km->tkm") << "km"
                                 << "tkm"; // a distance is not transport work
        QTest::newRow("GB->piece") << "GB"
                                   << "piece";
        QTest::newRow("unknown") << "furlong"
                                 << "km";
        QTest::newRow("case matters") << "KG"
                                      << "kg";
        QTest::newRow("empty") << ""
                               << "kg";
    }
    void mismatch()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QVERIFY(!lca::conversionFactor(from.toStdString(), to.toStdString()).has_value());
    }

    void factorUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("toKg");
        QTest::addColumn<bool>("co2Only");
        QTest::addColumn<QString>("denominator");
        QTest::newRow("kgCO2e/kg") << "kgCO2e/kg" << true << 1.0 << false << "kg";
        QTest::newRow("kgCO2/kWh") << "kgCO2/kWh" << true << 1.0 << true << "kWh";
        QTest::newRow("gCO2e/kWh") << "gCO2e/kWh" << true << 0.001 << false << "kWh";
        QTest::newRow("tCO2e/piece") << "tCO2e/piece" << true << 1000.0 << false << "piece";
        QTest::newRow("kgCO2e/unit") << "kgCO2e/unit" << true << 1.0 << false << "piece";
        QTest::newRow("kgCO2e/mm2") << "kgCO2e/mm2" << true << 1.0 << false << "mm2";
        QTest::newRow("kgCO2e/tkm") << "kgCO2e/tkm" << true << 1.0 << false << "tkm";
        QTest::newRow("W") << "W" << false << 0.0 << false << "";
        QTest::newRow("kWh/GB") << "kWh/GB" << false << 0.0 << false << "";
        QTest::newRow("dimensionless") << "dimensionless" << false << 0.0 << false << "";
        QTest::newRow("kgCO2e") << "kgCO2e" << false << 0.0 << false << "";
        QTest::newRow("kgCO2e/parsec") << "kgCO2e/parsec" << false << 0.0 << false << "";
    }
    void factorUnit()
    {
        QFETCH(QString, unit);
        QFETCH(bool, valid);
        QFETCH(double, toKg);
        QFETCH(bool, co2Only);
        QFETCH(QString, denominator);
        const auto u = lca::parseFactorUnit(unit.toStdString());
        QCOMPARE(u.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(u->numeratorToKg, toKg);
        QCOMPARE(u->co2Only, co2Only);
        QCOMPARE(QString::fromStdString(u->denominator), denominator);
    }

    // A factor's value in kg CO2e per base unit (kg, kWh, m2, km, tkm, piece, ...).
    void emissionUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("kgPerBase");
        QTest::addColumn<int>("dimension");
        // 400 g/MWh: 400 x 0.001 kg / 1000 kWh = 0.0004 kg/kWh
        QTest::newRow("gCO2e/MWh")
                << "gCO2e/MWh" << 400.0 << 0.0004 << static_cast<int>(lca::Dimension::Energy);
        // 0.5 kg/kWh stays 0.5
        QTest::newRow("kgCO2/kWh")
                << "kgCO2/kWh" << 0.5 << 0.5 << static_cast<int>(lca::Dimension::Energy);
        // 2 t per tonne: 2000 kg / 1000 kg = 2 kg/kg
        QTest::newRow("tCO2e/t") << "tCO2e/t" << 2.0 << 2.0
                                 << static_cast<int>(lca::Dimension::Mass);
        // 30 kg per cm2 of die: 1 cm2 = 0.0001 m2, so 30 / 0.0001 = 300000 kg/m2
        QTest::newRow("kgCO2e/cm2")
                << "kgCO2e/cm2" << 30.0 << 300000.0 << static_cast<int>(lca::Dimension::Area);
    }
    void emissionUnit()
    {
        QFETCH(QString, unit);
        QFETCH(double, value);
        QFETCH(double, kgPerBase);
        QFETCH(int, dimension);
        const auto u = lca::parseEmissionUnit(unit.toStdString());
        QVERIFY(u.has_value());
        QCOMPARE(static_cast<int>(u->denominator.dimension), dimension);
        QCOMPARE_LE(std::abs(u->kgPerBaseUnit(value) - kgPerBase), 1e-12 * kgPerBase);
        QVERIFY(!lca::parseEmissionUnit("kWh/GB"));
        QVERIFY(!lca::parseEmissionUnit("kgCO2e/parsec"));
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
