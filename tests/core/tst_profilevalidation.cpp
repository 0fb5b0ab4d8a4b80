// Bad profiles, each asserting the JSON path (or line and column) in the message and what was
// expected. Every case starts from the shipped wireless-mouse example and changes one thing.
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

namespace {

const char *kRemove = "REMOVE";

QByteArray exampleText()
{
    QFile f(QStringLiteral(CARBONLABEL_SOURCE_DIR
                           "/resources/examples/wireless-mouse.clprofile.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the mouse example");
    return f.readAll();
}

QString describe(const Diagnostics &ds)
{
    QStringList lines;
    for (const Diagnostic &d : ds)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestProfileValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                           m_dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(m_db.errorString()));
    }

    void exampleIsValid()
    {
        const ProfileReader::Result r = ProfileReader::read(exampleText());
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        const Evaluation e = ProfileEvaluator::evaluate(*r.profile, m_db);
        QVERIFY2(e.ok(), qPrintable(describe(e.diagnostics)));
    }

    void badProfile_data()
    {
        QTest::addColumn<QString>("pointer"); // JSON pointer to change in the example
        QTest::addColumn<QString>("replacement"); // JSON text, or REMOVE
        QTest::addColumn<QString>("path"); // expected JSON path in the message
        QTest::addColumn<QString>("expected"); // part of the message: what was expected

        // the header
        QTest::newRow("format missing") << "/format" << kRemove << "format"
                                        << "carbonlabel-profile";
        QTest::newRow("format wrong") << "/format"
                                      << "\"carbonlabel-result\""
                                      << "format"
                                      << "not a CarbonLabel profile";
        QTest::newRow("format a number") << "/format"
                                         << "7"
                                         << "format"
                                         << "carbonlabel-profile";
        QTest::newRow("version 2") << "/version"
                                   << "2"
                                   << "version"
                                   << "unsupported version 2";
        QTest::newRow("version 0") << "/version"
                                   << "0"
                                   << "version"
                                   << "unsupported version 0";
        QTest::newRow("version text") << "/version"
                                      << "\"1\""
                                      << "version"
                                      << "whole number 1";
        QTest::newRow("version 1.5") << "/version"
                                     << "1.5"
                                     << "version"
                                     << "whole number 1";
        QTest::newRow("version missing") << "/version" << kRemove << "version"
                                         << "required field is missing";
        // product
        QTest::newRow("product missing") << "/product" << kRemove << "product"
                                         << "required field is missing";
        QTest::newRow("product an array") << "/product"
                                          << "[]"
                                          << "product"
                                          << "expected an object";
        QTest::newRow("id missing") << "/product/id" << kRemove << "product.id"
                                    << "required field is missing";
        QTest::newRow("id empty") << "/product/id"
                                  << "\"  \""
                                  << "product.id"
                                  << "must not be empty";
        QTest::newRow("id a number") << "/product/id"
                                     << "12"
                                     << "product.id"
                                     << "expected a text";
        QTest::newRow("name empty") << "/product/name"
                                    << "{}"
                                    << "product.name"
                                    << "at least one language";
        QTest::newRow("name.zh a number") << "/product/name/zh"
                                          << "5"
                                          << "product.name.zh"
                                          << "expected a text";
        QTest::newRow("lifetime zero") << "/product/lifetime_years"
                                       << "0"
                                       << "product.lifetime_years"
                                       << "greater than zero";
        QTest::newRow("lifetime negative") << "/product/lifetime_years"
                                           << "-3"
                                           << "product.lifetime_years"
                                           << "greater than zero";
        QTest::newRow("lifetime text") << "/product/lifetime_years"
                                       << "\"three\""
                                       << "product.lifetime_years"
                                       << "expected a number greater than zero";
        QTest::newRow("lifetime null") << "/product/lifetime_years"
                                       << "null"
                                       << "product.lifetime_years"
                                       << "found null";
        QTest::newRow("lifetime missing")
                << "/product/lifetime_years" << kRemove << "product.lifetime_years"
                << "required field is missing";
        QTest::newRow("mass negative") << "/product/mass_kg"
                                       << "-0.1"
                                       << "product.mass_kg"
                                       << "greater than zero";
        QTest::newRow("mass 1e400") << "/product/mass_kg"
                                    << "1e400"
                                    << "product.mass_kg"
                                    << "out of range";
        QTest::newRow("mass -1e400") << "/product/mass_kg"
                                     << "-1e400"
                                     << "product.mass_kg"
                                     << "out of range";
        // materials
        QTest::newRow("materials an object") << "/materials"
                                             << "{}"
                                             << "materials"
                                             << "expected an array";
        QTest::newRow("material a string") << "/materials/1"
                                           << "\"rubber\""
                                           << "materials[1]"
                                           << "expected an object";
        QTest::newRow("quantity zero") << "/materials/2/quantity"
                                       << "0"
                                       << "materials[2].quantity"
                                       << "greater than zero";
        QTest::newRow("quantity negative") << "/materials/0/quantity"
                                           << "-52"
                                           << "materials[0].quantity"
                                           << "greater than zero";
        QTest::newRow("quantity boolean") << "/materials/0/quantity"
                                          << "true"
                                          << "materials[0].quantity"
                                          << "found true";
        QTest::newRow("quantity missing")
                << "/materials/3/quantity" << kRemove << "materials[3].quantity"
                << "required field is missing";
        QTest::newRow("unknown factor") << "/materials/0/factor"
                                        << "\"mat_unobtainium\""
                                        << "materials[0].factor"
                                        << "unknown factor id \"mat_unobtainium\"";
        QTest::newRow("factor missing") << "/materials/0/factor" << kRemove << "materials[0].factor"
                                        << "required field is missing";
        QTest::newRow("not an emission factor") << "/materials/0/factor"
                                                << "\"acc_nvidia_t4_tdp\""
                                                << "materials[0].factor"
                                                << "not an emission factor";
        QTest::newRow("unit does not convert") << "/materials/0/unit"
                                               << "\"kWh\""
                                               << "materials[0].unit"
                                               << "does not convert";
        QTest::newRow("area unit for mass factor") << "/materials/5/unit"
                                                   << "\"cm2\""
                                                   << "materials[5].unit"
                                                   << "does not convert";
        QTest::newRow("mass unit for area factor") << "/materials/2/unit"
                                                   << "\"kg\""
                                                   << "materials[2].unit"
                                                   << "does not convert";
        QTest::newRow("unknown unit") << "/materials/0/unit"
                                      << "\"ounces\""
                                      << "materials[0].unit"
                                      << "unknown unit";
        QTest::newRow("part missing") << "/materials/0/part" << kRemove << "materials[0].part"
                                      << "required field is missing";
        // distributions
        QTest::newRow("triangular min > value") << "/materials/0/quantity"
                                                << "{\"value\": 52, \"min\": 60, \"max\": 70}"
                                                << "materials[0].quantity"
                                                << "min <= value <= max";
        QTest::newRow("triangular max missing") << "/materials/0/quantity"
                                                << "{\"value\": 52, \"min\": 40}"
                                                << "materials[0].quantity.max"
                                                << "required field is missing";
        QTest::newRow("gsd below 1") << "/materials/0/quantity"
                                     << "{\"value\": 52, \"gsd\": 0.5}"
                                     << "materials[0].quantity.gsd"
                                     << "at least 1";
        QTest::newRow("gsd and bounds") << "/materials/0/quantity"
                                        << "{\"value\": 52, \"gsd\": 1.2, \"min\": 1, \"max\": 90}"
                                        << "materials[0].quantity"
                                        << "not both";
        QTest::newRow("dist unknown")
                << "/materials/0/quantity"
                << "{\"value\": 52, \"min\": 1, \"max\": 90, \"dist\": \"normal\"}"
                << "materials[0].quantity.dist"
                << "uniform";
        QTest::newRow("distribution without value") << "/materials/0/quantity"
                                                    << "{\"min\": 1, \"max\": 90}"
                                                    << "materials[0].quantity.value"
                                                    << "required field is missing";
        QTest::newRow("distribution extra key") << "/materials/0/quantity"
                                                << "{\"value\": 52, \"gsd\": 1.1, \"sigma\": 2}"
                                                << "materials[0].quantity.sigma"
                                                << "unknown field in a distribution";
        // manufacturing and packaging
        QTest::newRow("yield loss 1") << "/manufacturing/yield_loss"
                                      << "1"
                                      << "manufacturing.yield_loss"
                                      << "not including";
        QTest::newRow("yield loss negative") << "/manufacturing/yield_loss"
                                             << "-0.1"
                                             << "manufacturing.yield_loss"
                                             << "0 up to";
        QTest::newRow("assembly grid missing")
                << "/manufacturing/grid" << kRemove << "manufacturing.grid"
                << "required field is missing";
        QTest::newRow("assembly grid is a material") << "/manufacturing/grid"
                                                     << "\"mat_abs_ice\""
                                                     << "manufacturing.grid"
                                                     << "kgCO2e/kWh";
        QTest::newRow("packaging quantity negative") << "/packaging/1/quantity"
                                                     << "-5"
                                                     << "packaging[1].quantity"
                                                     << "greater than zero";
        QTest::newRow("packaging unknown factor") << "/packaging/0/factor"
                                                  << "\"pkg_gold_leaf\""
                                                  << "packaging[0].factor"
                                                  << "unknown factor id";
        // distribution
        QTest::newRow("distance zero") << "/distribution/0/distance_km"
                                       << "0"
                                       << "distribution[0].distance_km"
                                       << "greater than zero";
        QTest::newRow("mode is a grid") << "/distribution/1/mode"
                                        << "\"grid_us_emaps_2024\""
                                        << "distribution[1].mode"
                                        << "kgCO2e/tkm";
        QTest::newRow("mode missing") << "/distribution/1/mode" << kRemove << "distribution[1].mode"
                                      << "required field is missing";
        // use
        QTest::newRow("hours 25") << "/use/modes/0/hours_per_day"
                                  << "25"
                                  << "use.modes[0].hours_per_day"
                                  << "0 to 24";
        QTest::newRow("days 400") << "/use/modes/1/days_per_year"
                                  << "400"
                                  << "use.modes[1].days_per_year"
                                  << "0 to 366";
        QTest::newRow("power negative") << "/use/modes/0/power_w"
                                        << "-1"
                                        << "use.modes[0].power_w"
                                        << "zero or more";
        QTest::newRow("use grid unknown") << "/use/grid"
                                          << "\"grid_atlantis\""
                                          << "use.grid"
                                          << "unknown factor id";
        QTest::newRow("use grid missing") << "/use/grid" << kRemove << "use.grid"
                                          << "required field is missing";
        QTest::newRow("use without energy") << "/use/modes" << kRemove << "use"
                                            << "annual_energy_kwh or a list of modes";
        // end of life
        QTest::newRow("shares sum to 0.9") << "/end_of_life/routes/1/share"
                                           << "0.5"
                                           << "end_of_life.routes"
                                           << "add up to 1";
        QTest::newRow("shares sum to 1.1") << "/end_of_life/routes/0/share"
                                           << "0.5"
                                           << "end_of_life.routes"
                                           << "add up to 1";
        QTest::newRow("share above 1") << "/end_of_life/routes/0/share"
                                       << "1.4"
                                       << "end_of_life.routes[0].share"
                                       << "from 0 to 1";
        QTest::newRow("route factor is transport") << "/end_of_life/routes/0/factor"
                                                   << "\"transport_hgv_avg_laden\""
                                                   << "end_of_life.routes[0].factor"
                                                   << "kgCO2e/kg";
        QTest::newRow("routes missing") << "/end_of_life/routes" << kRemove << "end_of_life.routes"
                                        << "required field is missing";
        // An end of life with no route would count nothing yet look assessed.
        QTest::newRow("routes empty") << "/end_of_life/routes"
                                      << "[]"
                                      << "end_of_life.routes"
                                      << "at least one route";
        // offsets and digital service
        QTest::newRow("offsets negative") << "/offsets/kg_co2e"
                                          << "-2"
                                          << "offsets.kg_co2e"
                                          << "zero or more";
        QTest::newRow("pue below 1") << "/digital_service"
                                     << "{\"data_center\": {\"kwh_per_year\": 1, \"pue\": 0.9, "
                                        "\"grid\": \"grid_ie_emaps_2024\"}}"
                                     << "digital_service.data_center.pue"
                                     << "at least 1";
        QTest::newRow("network model unknown")
                << "/digital_service"
                << "{\"network\": {\"gb_per_year\": 1, \"model\": \"swd-v9\"}}"
                << "digital_service.network.model"
                << "swd-v4";
        QTest::newRow("training without grid")
                << "/digital_service"
                << "{\"ai\": {\"queries_per_year\": 1, \"wh_per_query\": 1, \"pue\": 1.1, "
                   "\"grid\": \"grid_us_emaps_2024\", \"training_mwh\": 5, "
                   "\"training_amortised_over_queries\": 1e9}}"
                << "digital_service.ai.training_grid"
                << "required field is missing";
        QTest::newRow("training amortised over zero")
                << "/digital_service"
                << "{\"ai\": {\"queries_per_year\": 1, \"wh_per_query\": 1, \"pue\": 1.1, "
                   "\"grid\": \"grid_us_emaps_2024\", \"training_mwh\": 5, \"training_grid\": "
                   "\"grid_us_emaps_2024\", \"training_amortised_over_queries\": 0}}"
                << "digital_service.ai.training_amortised_over_queries"
                << "greater than zero";
        QTest::newRow("factor snapshot an array") << "/factor_snapshot"
                                                  << "[]"
                                                  << "factor_snapshot"
                                                  << "expected an object";
        // factor_snapshot entries, keyed by factor id, as ProfileWriter::snapshotEntry writes
        QTest::newRow("snapshot unit a number")
                << "/factor_snapshot"
                << "{\"mat_abs_ice\": {\"value\": 3.76, \"unit\": 5, \"source\": \"ICE\", "
                   "\"dataset_version\": \"2026.1\"}}"
                << "factor_snapshot.mat_abs_ice.unit"
                << "expected a text, found the number 5";
        QTest::newRow("snapshot value a text")
                << "/factor_snapshot"
                << "{\"mat_abs_ice\": {\"value\": \"3.76\", \"unit\": \"kgCO2e/kg\"}}"
                << "factor_snapshot.mat_abs_ice.value"
                << "expected a number, found the text \"3.76\"";
        QTest::newRow("snapshot value missing") << "/factor_snapshot"
                                                << "{\"mat_abs_ice\": {\"unit\": \"kgCO2e/kg\"}}"
                                                << "factor_snapshot.mat_abs_ice.value"
                                                << "required field is missing";
        QTest::newRow("snapshot value 1e400")
                << "/factor_snapshot"
                << "{\"mat_abs_ice\": {\"value\": 1e400, \"unit\": \"kgCO2e/kg\"}}"
                << "factor_snapshot.mat_abs_ice.value"
                << "out of range";
        QTest::newRow("snapshot dataset version a number")
                << "/factor_snapshot"
                << "{\"mat_abs_ice\": {\"value\": 3.76, \"unit\": \"kgCO2e/kg\", "
                   "\"dataset_version\": 2026}}"
                << "factor_snapshot.mat_abs_ice.dataset_version"
                << "expected a text";
        QTest::newRow("snapshot source an array")
                << "/factor_snapshot"
                << "{\"mat_abs_ice\": {\"value\": 3.76, \"unit\": \"kgCO2e/kg\", \"source\": []}}"
                << "factor_snapshot.mat_abs_ice.source"
                << "expected a text, found an array";
        QTest::newRow("snapshot entry a number") << "/factor_snapshot"
                                                 << "{\"mat_abs_ice\": 3.76}"
                                                 << "factor_snapshot.mat_abs_ice"
                                                 << "expected an object, found the number 3.76";
    }

    void badProfile()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, replacement);
        QFETCH(QString, path);
        QFETCH(QString, expected);

        Json doc = Json::parse(exampleText().toStdString());
        const Json::json_pointer ptr(pointer.toStdString());
        if (replacement == QLatin1String(kRemove)) {
            doc[ptr.parent_pointer()].erase(ptr.back());
        } else {
            // 1e400 cannot be held by a parsed Json, so such numbers are spliced in as text.
            const std::string marker = "\"@@REPLACEMENT@@\"";
            doc[ptr] = "@@REPLACEMENT@@";
            std::string text = doc.dump();
            text.replace(text.find(marker), marker.size(), replacement.toStdString());
            doc = Json(); // not used further
            check(QByteArray::fromStdString(text), path, expected);
            return;
        }
        check(QByteArray::fromStdString(doc.dump()), path, expected);
    }

    void brokenJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << "broken JSON";
        QTest::newRow("NaN") << QByteArray(
                "{\"format\": \"carbonlabel-profile\",\n \"version\": NaN}")
                             << 2 << 13 << "broken JSON";
        QTest::newRow("Infinity") << QByteArray("{\n\n  \"x\": Infinity}") << 3 << 8
                                  << "broken JSON";
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,\n}") << 2 << 1 << "broken JSON";
        QTest::newRow("unterminated string")
                << QByteArray("{\"a\": \"abc") << 1 << 11 << "broken JSON";
        QTest::newRow("chinese before error")
                << QByteArray("{\"名称\": 无}") << 1 << 8 << "broken JSON";
        QTest::newRow("deep nesting") << QByteArray(200, '[') << 1 << 65 << "nested more than 64";
        QTest::newRow("invalid UTF-8")
                << QByteArray("{\"a\": \"\xff\"}") << 1 << 8 << "broken JSON";
        QTest::newRow("top-level array")
                << QByteArray("[1, 2]") << 0 << 0 << "expected a profile object";
    }
    void brokenJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, expected);
        const ProfileReader::Result r = ProfileReader::read(text);
        QVERIFY(!r.ok());
        QVERIFY(!r.diagnostics.isEmpty());
        const Diagnostic &d = r.diagnostics.constFirst();
        QVERIFY2(d.message.contains(expected), qPrintable(d.toString()));
        QCOMPARE(d.line, line);
        if (column > 0)
            QVERIFY2(qAbs(d.column - column) <= 1, qPrintable(d.toString()));
    }

private:
    void check(const QByteArray &text, const QString &path, const QString &expected)
    {
        const ProfileReader::Result r = ProfileReader::read(text);
        Diagnostics all = r.diagnostics;
        if (r.profile && !hasErrors(all))
            all += ProfileEvaluator::evaluate(*r.profile, m_db).diagnostics;
        QVERIFY2(hasErrors(all), "the profile was accepted");
        bool found = false;
        for (const Diagnostic &d : all)
            found = found || (d.isError() && d.path == path && d.message.contains(expected));
        QVERIFY2(found,
                 qPrintable(QStringLiteral("expected an error at %1 containing \"%2\"; got:\n%3")
                                    .arg(path, expected, describe(all))));
    }

    QTemporaryDir m_dir;
    FactorDatabase m_db;
};

QTEST_GUILESS_MAIN(TestProfileValidation)
#include "tst_profilevalidation.moc"
