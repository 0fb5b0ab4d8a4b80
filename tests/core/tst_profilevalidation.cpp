// Bad profiles, each asserting the JSON path (or line and column) in the message and what was
// expected. Every case starts from the shipped wireless-mouse example and changes one thing.
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"
#include "tests/common/datarow.h"
#include "tests/common/exampleprofiles.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace carbonlabel;
using test::row;

namespace {

const char *kRemove = "REMOVE";

QByteArray exampleText()
{
    QFile f(test::ExampleProfiles::mouse());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the mouse example");
    return f.readAll();
}

// The JSON path a message gives for a JSON pointer.
QString pathOf(const char *pointer)
{
    QString path;
    for (const QString &step : QString::fromLatin1(pointer).split(u'/', Qt::SkipEmptyParts)) {
        bool index = false;
        step.toInt(&index);
        if (index)
            path += u'[' + step + u']';
        else
            path += path.isEmpty() ? step : u'.' + step;
    }
    return path;
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
        // The temporary folder for the user layer was made (filePath is empty when it was not).
        QVERIFY(!m_examples.filePath(QStringLiteral("user.sqlite")).isEmpty());
        QString error;
        QVERIFY2(m_examples.open(&error), qPrintable(error));
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

        // A change whose message names the changed member itself: /materials/0/quantity is
        // materials[0].quantity. The others (a distribution's key, a whole object put in) name
        // their path.
        auto bad = [](const char *tag, const char *pointer, const char *replacement,
                      const char *expected) {
            row(tag, pointer, replacement, pathOf(pointer), expected);
        };

        // the header
        bad("format missing", "/format", kRemove, "carbonlabel-profile");
        bad("format wrong", "/format", "\"carbonlabel-result\"", "not a CarbonLabel profile");
        bad("format a number", "/format", "7", "carbonlabel-profile");
        bad("version 2", "/version", "2", "unsupported version 2");
        bad("version 0", "/version", "0", "unsupported version 0");
        bad("version text", "/version", "\"1\"", "whole number 1");
        bad("version 1.5", "/version", "1.5", "whole number 1");
        bad("version missing", "/version", kRemove, "required field is missing");
        // product
        bad("product missing", "/product", kRemove, "required field is missing");
        bad("product an array", "/product", "[]", "expected an object");
        bad("id missing", "/product/id", kRemove, "required field is missing");
        bad("id empty", "/product/id", "\"  \"", "must not be empty");
        bad("id a number", "/product/id", "12", "expected a text");
        bad("name empty", "/product/name", "{}", "at least one language");
        bad("name.zh a number", "/product/name/zh", "5", "expected a text");
        bad("lifetime zero", "/product/lifetime_years", "0", "greater than zero");
        bad("lifetime negative", "/product/lifetime_years", "-3", "greater than zero");
        bad("lifetime text", "/product/lifetime_years", "\"three\"",
            "expected a number greater than zero");
        bad("lifetime null", "/product/lifetime_years", "null", "found null");
        bad("lifetime missing", "/product/lifetime_years", kRemove, "required field is missing");
        bad("mass negative", "/product/mass_kg", "-0.1", "greater than zero");
        bad("mass 1e400", "/product/mass_kg", "1e400", "out of range");
        bad("mass -1e400", "/product/mass_kg", "-1e400", "out of range");
        // materials
        bad("materials an object", "/materials", "{}", "expected an array");
        bad("material a string", "/materials/1", "\"rubber\"", "expected an object");
        bad("quantity zero", "/materials/2/quantity", "0", "greater than zero");
        bad("quantity negative", "/materials/0/quantity", "-52", "greater than zero");
        bad("quantity boolean", "/materials/0/quantity", "true", "found true");
        bad("quantity missing", "/materials/3/quantity", kRemove, "required field is missing");
        bad("unknown factor", "/materials/0/factor", "\"mat_unobtainium\"",
            "unknown factor id \"mat_unobtainium\"");
        // The way to a known one, for a window user as for a command-line user.
        bad("unknown factor, where to search", "/materials/0/factor", "\"mat_unobtainium\"",
            "the Emission factors panel, or carbonlabel-cli factors search");
        bad("factor missing", "/materials/0/factor", kRemove, "required field is missing");
        bad("not an emission factor", "/materials/0/factor", "\"acc_nvidia_t4_tdp\"",
            "not an emission factor");
        bad("unit does not convert", "/materials/0/unit", "\"kWh\"", "does not convert");
        bad("area unit for mass factor", "/materials/5/unit", "\"cm2\"", "does not convert");
        bad("mass unit for area factor", "/materials/2/unit", "\"kg\"", "does not convert");
        bad("unknown unit", "/materials/0/unit", "\"ounces\"", "unknown unit");
        bad("part missing", "/materials/0/part", kRemove, "required field is missing");
        bad("component unknown", "/materials/0/component", "\"keyboard\"",
            "\"keyboard\" is not a component class; expected one of: display, main_board");
        bad("component a number", "/materials/0/component", "3", "expected a text");
        // distributions
        bad("triangular min > value", "/materials/0/quantity",
            "{\"value\": 52, \"min\": 60, \"max\": 70}", "min <= value <= max");
        row("triangular max missing", "/materials/0/quantity", "{\"value\": 52, \"min\": 40}",
            "materials[0].quantity.max", "required field is missing");
        row("gsd below 1", "/materials/0/quantity", "{\"value\": 52, \"gsd\": 0.5}",
            "materials[0].quantity.gsd", "at least 1");
        bad("gsd and bounds", "/materials/0/quantity",
            "{\"value\": 52, \"gsd\": 1.2, \"min\": 1, \"max\": 90}", "not both");
        row("dist unknown", "/materials/0/quantity",
            "{\"value\": 52, \"min\": 1, \"max\": 90, \"dist\": \"normal\"}",
            "materials[0].quantity.dist", "uniform");
        row("distribution without value", "/materials/0/quantity", "{\"min\": 1, \"max\": 90}",
            "materials[0].quantity.value", "required field is missing");
        row("distribution extra key", "/materials/0/quantity",
            "{\"value\": 52, \"gsd\": 1.1, \"sigma\": 2}", "materials[0].quantity.sigma",
            "unknown field in a distribution");
        // manufacturing and packaging
        bad("yield loss 1", "/manufacturing/yield_loss", "1", "not including");
        bad("yield loss negative", "/manufacturing/yield_loss", "-0.1", "0 up to");
        bad("assembly grid missing", "/manufacturing/grid", kRemove, "required field is missing");
        bad("assembly grid is a material", "/manufacturing/grid", "\"mat_abs_ice\"", "kgCO2e/kWh");
        bad("packaging quantity negative", "/packaging/1/quantity", "-5", "greater than zero");
        bad("packaging unknown factor", "/packaging/0/factor", "\"pkg_gold_leaf\"",
            "unknown factor id");
        // distribution
        bad("distance zero", "/distribution/0/distance_km", "0", "greater than zero");
        bad("mode is a grid", "/distribution/1/mode", "\"grid_us_emaps_2024\"", "kgCO2e/tkm");
        bad("mode missing", "/distribution/1/mode", kRemove, "required field is missing");
        // use
        bad("hours 25", "/use/modes/0/hours_per_day", "25", "0 to 24");
        bad("days 400", "/use/modes/1/days_per_year", "400", "0 to 366");
        bad("power negative", "/use/modes/0/power_w", "-1", "zero or more");
        bad("use grid unknown", "/use/grid", "\"grid_atlantis\"", "unknown factor id");
        bad("use grid missing", "/use/grid", kRemove, "required field is missing");
        row("use without energy", "/use/modes", kRemove, "use",
            "annual_energy_kwh or a list of modes");
        // end of life
        row("shares sum to 0.9", "/end_of_life/routes/1/share", "0.5", "end_of_life.routes",
            "add up to 1");
        row("shares sum to 1.1", "/end_of_life/routes/0/share", "0.5", "end_of_life.routes",
            "add up to 1");
        bad("share above 1", "/end_of_life/routes/0/share", "1.4", "from 0 to 1");
        bad("route factor is transport", "/end_of_life/routes/0/factor",
            "\"transport_hgv_avg_laden\"", "kgCO2e/kg");
        bad("routes missing", "/end_of_life/routes", kRemove, "required field is missing");
        // An end of life with no route would count nothing yet look assessed.
        bad("routes empty", "/end_of_life/routes", "[]", "at least one route");
        // offsets and digital service
        bad("offsets negative", "/offsets/kg_co2e", "-2", "zero or more");
        row("pue below 1", "/digital_service",
            "{\"data_center\": {\"kwh_per_year\": 1, \"pue\": 0.9, "
            "\"grid\": \"grid_ie_emaps_2024\"}}",
            "digital_service.data_center.pue", "at least 1");
        row("network model unknown", "/digital_service",
            "{\"network\": {\"gb_per_year\": 1, \"model\": \"swd-v9\"}}",
            "digital_service.network.model", "swd-v4");
        row("training without grid", "/digital_service",
            "{\"ai\": {\"queries_per_year\": 1, \"wh_per_query\": 1, \"pue\": 1.1, "
            "\"grid\": \"grid_us_emaps_2024\", \"training_mwh\": 5, "
            "\"training_amortised_over_queries\": 1e9}}",
            "digital_service.ai.training_grid", "required field is missing");
        row("training amortised over zero", "/digital_service",
            "{\"ai\": {\"queries_per_year\": 1, \"wh_per_query\": 1, \"pue\": 1.1, "
            "\"grid\": \"grid_us_emaps_2024\", \"training_mwh\": 5, \"training_grid\": "
            "\"grid_us_emaps_2024\", \"training_amortised_over_queries\": 0}}",
            "digital_service.ai.training_amortised_over_queries", "greater than zero");
        bad("factor snapshot an array", "/factor_snapshot", "[]", "expected an object");
        // factor_snapshot entries, keyed by factor id, as ProfileWriter::snapshotEntry writes
        row("snapshot unit a number", "/factor_snapshot",
            "{\"mat_abs_ice\": {\"value\": 3.76, \"unit\": 5, \"source\": \"ICE\", "
            "\"dataset_version\": \"2026.1\"}}",
            "factor_snapshot.mat_abs_ice.unit", "expected a text, found the number 5");
        row("snapshot value a text", "/factor_snapshot",
            "{\"mat_abs_ice\": {\"value\": \"3.76\", \"unit\": \"kgCO2e/kg\"}}",
            "factor_snapshot.mat_abs_ice.value", "expected a number, found the text \"3.76\"");
        row("snapshot value missing", "/factor_snapshot",
            "{\"mat_abs_ice\": {\"unit\": \"kgCO2e/kg\"}}", "factor_snapshot.mat_abs_ice.value",
            "required field is missing");
        row("snapshot value 1e400", "/factor_snapshot",
            "{\"mat_abs_ice\": {\"value\": 1e400, \"unit\": \"kgCO2e/kg\"}}",
            "factor_snapshot.mat_abs_ice.value", "out of range");
        row("snapshot dataset version a number", "/factor_snapshot",
            "{\"mat_abs_ice\": {\"value\": 3.76, \"unit\": \"kgCO2e/kg\", "
            "\"dataset_version\": 2026}}",
            "factor_snapshot.mat_abs_ice.dataset_version", "expected a text");
        row("snapshot source an array", "/factor_snapshot",
            "{\"mat_abs_ice\": {\"value\": 3.76, \"unit\": \"kgCO2e/kg\", \"source\": []}}",
            "factor_snapshot.mat_abs_ice.source", "expected a text, found an array");
        row("snapshot entry a number", "/factor_snapshot", "{\"mat_abs_ice\": 3.76}",
            "factor_snapshot.mat_abs_ice", "expected an object, found the number 3.76");
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

    test::ExampleProfiles m_examples; // the build's factor database, a temporary user layer
    FactorDatabase &m_db = m_examples.database();
};

QTEST_GUILESS_MAIN(TestProfileValidation)
#include "tst_profilevalidation.moc"
