// carbonlabel-cli export-pact: every field the PACT Technical Specifications require, with the
// type the spec gives it, the cradle-to-gate value of the mouse example, and the data-quality
// indicators, primary data share and packaging emissions, all worked by hand.
#include "tests/common/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using carbonlabel::test::CliRun;

namespace {

QString example(const char *name)
{
    return QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

// The required properties of each spec version and their JSON types, as the specifications'
// schemas give them: tests/cli/data/pact-required-fields.json says which schema files.
QJsonObject requiredFields(const char *version, const char *part)
{
    QFile f(QStringLiteral(CARBONLABEL_SOURCE_DIR "/tests/cli/data/pact-required-fields.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll())
            .object()
            .value(QLatin1String(version))
            .toObject()
            .value(QLatin1String(part))
            .toObject();
}

QString typeProblem(const QJsonValue &v, const QString &type)
{
    static const QRegularExpression decimal(QStringLiteral("^[+-]?\\d+(\\.\\d+)?$"));
    static const QRegularExpression urn(QStringLiteral("^[uU][rR][nN]:"));
    if (type == u"string")
        return v.isString() && !v.toString().isEmpty() ? QString()
                                                       : QStringLiteral("not a non-empty string");
    if (type == u"text") // may be empty
        return v.isString() ? QString() : QStringLiteral("not a string");
    if (type == u"decimal")
        return v.isString() && decimal.match(v.toString()).hasMatch()
                ? QString()
                : QStringLiteral("not a decimal string");
    if (type == u"integer")
        return v.isDouble() && v.toDouble() == double(v.toInteger())
                ? QString()
                : QStringLiteral("not an integer");
    if (type == u"number")
        return v.isDouble() ? QString() : QStringLiteral("not a number");
    if (type == u"boolean")
        return v.isBool() ? QString() : QStringLiteral("not a boolean");
    if (type == u"object")
        return v.isObject() ? QString() : QStringLiteral("not an object");
    if (type == u"urn-array" || type == u"string-array") {
        if (!v.isArray() || v.toArray().isEmpty())
            return QStringLiteral("not a non-empty array");
        const bool urns = type == u"urn-array";
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || (urns && !urn.match(item.toString()).hasMatch()))
                return QStringLiteral("an item is not a %1").arg(urns ? "URN" : "string");
        }
        return {};
    }
    return QStringLiteral("unknown type %1 in the test data").arg(type);
}

void checkFields(const QJsonObject &o, const QJsonObject &fields)
{
    QVERIFY(!fields.isEmpty());
    for (auto f = fields.begin(); f != fields.end(); ++f) {
        const QString name = f.key();
        QVERIFY2(o.contains(name), qPrintable(name));
        const QString problem = typeProblem(o.value(name), f.value().toString());
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(name, problem)));
    }
}

// Each named member of `o` is the text given.
void checkTexts(const QJsonObject &o, const QList<std::pair<const char *, const char *>> &texts)
{
    for (const auto &[name, text] : texts)
        QCOMPARE(o.value(QLatin1String(name)).toString(), QString::fromUtf8(text));
}

const QStringList kPactOptions{QStringLiteral("--company-name"),
                               QStringLiteral("Example Peripherals Ltd"),
                               QStringLiteral("--company-id"),
                               QStringLiteral("urn:example:company:peripherals"),
                               QStringLiteral("--product-id"),
                               QStringLiteral("urn:example:product:mouse-m1"),
                               QStringLiteral("--cpc"),
                               QStringLiteral("45261"),
                               QStringLiteral("--reference-period-start"),
                               QStringLiteral("2024-01-01"),
                               QStringLiteral("--reference-period-end"),
                               QStringLiteral("2025-01-01"),
                               QStringLiteral("--country"),
                               QStringLiteral("CN"),
                               QStringLiteral("--fossil-carbon-content"),
                               QStringLiteral("0.045"),
                               QStringLiteral("--biogenic-carbon-content"),
                               QStringLiteral("0"),
                               QStringLiteral("--ipcc"),
                               QStringLiteral("AR5")};

// The three-line profile of tests/core/tst_dataqualitysummary.cpp, whose scores are worked there:
// mat_pet_desnz 3.86390131 kg CO2e/kg, scored (2;3;3;4;3) for this profile (temporal against
// reference_year 2031, geographical: UK data for a CN factory); grid_cn_ember_2024 0.5575 kg
// CO2e/kWh, (2;1;3;1;1); the second line gives its own scores (1;1;1;1;1) and is primary data.
const QString kDataQualityProfile
        = QStringLiteral(CARBONLABEL_SOURCE_DIR "/tests/core/data/dataquality.clprofile.json");

} // namespace

class TestExportPact : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QJsonObject> m_exports; // "profile spec" -> the footprint written

    CliRun cli(const QStringList &arguments)
    {
        return carbonlabel::test::runCli(arguments, m_dir.filePath(QStringLiteral("user.sqlite")));
    }

    QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    // The mouse example as JSON, to change before writing it with writeProfile().
    static QJsonObject mouseJson()
    {
        QFile in(example("wireless-mouse.clprofile.json"));
        return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object()
                                            : QJsonObject();
    }

    QString writeProfile(const QJsonObject &profile, const QString &name)
    {
        const QString file = m_dir.filePath(name);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(profile).toJson());
        return file;
    }

    // export-pact of the unchanged mouse example.

    CliRun exportMouse(const QString &out, const QStringList &options)
    {
        return cli(QStringList{QStringLiteral("export-pact"),
                               example("wireless-mouse.clprofile.json"), QStringLiteral("-o"), out}
                   + options);
    }

    static QStringList without(QStringList options, const QString &option)
    {
        options.remove(options.indexOf(option), 2);
        return options;
    }

    // The profiles the indicator tests export: "dq" and "dq-use" (above), "mouse" (the example)
    // and "mouse-primary" (the example with its housing and its carton marked primary).
    QString indicatorProfile(const QString &name)
    {
        if (name == u"mouse")
            return example("wireless-mouse.clprofile.json");
        if (name == u"mouse-primary") {
            QJsonObject root = mouseJson();
            for (const char *section : {"materials", "packaging"}) {
                QJsonArray lines = root.value(QLatin1String(section)).toArray();
                QJsonObject first = lines.at(0).toObject();
                first.insert(QStringLiteral("data_source"), QStringLiteral("primary"));
                lines.replace(0, first);
                root.insert(QLatin1String(section), lines);
            }
            return writeProfile(root, QStringLiteral("mouse-primary.clprofile.json"));
        }
        if (name == u"dq")
            return kDataQualityProfile;
        // The same with a use phase, which is outside PACT's cradle-to-gate boundary: the
        // indicators must not change.
        QFile in(kDataQualityProfile);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        root.insert(
                QStringLiteral("use"),
                QJsonObject{{QStringLiteral("grid"), QStringLiteral("grid_us_emaps_2024")},
                            {QStringLiteral("modes"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("on")},
                                                    {QStringLiteral("power_w"), 100},
                                                    {QStringLiteral("hours_per_day"), 24},
                                                    {QStringLiteral("days_per_year"), 365}}}}});
        return writeProfile(root, QStringLiteral("dq-use.clprofile.json"));
    }

    // The footprint of an indicator profile, exported once per spec version.
    QJsonObject exported(const QString &profile, const QString &spec)
    {
        const QString key = profile + QLatin1Char(' ') + spec;
        if (!m_exports.contains(key)) {
            const QString out = m_dir.filePath(QStringLiteral("%1-%2.json").arg(profile, spec));
            const CliRun r
                    = cli(QStringList{QStringLiteral("export-pact"), indicatorProfile(profile),
                                      QStringLiteral("-o"), out, QStringLiteral("--spec"), spec}
                          + kPactOptions);
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData());
            m_exports.insert(key, readJson(out));
        }
        return m_exports.value(key);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Mouse, cradle-to-gate (tests/cli/tst_footprintcommand.cpp works both stages by hand):
    //   materials and manufacturing 1.01518200925 + distribution 0.07170304 = 1.08688504925 kg
    //   CO2e per piece; the use phase (0.13703136) and end of life are left out.
    void v3RequiredFieldsAndValues()
    {
        const QString out = m_dir.filePath(QStringLiteral("mouse-v3.json"));
        const CliRun r
                = exportMouse(out,
                              QStringList{QStringLiteral("--id"),
                                          QStringLiteral("3f0c2a3e-5b7d-4c1e-9a2b-6d8e0f1a2b3c")}
                                      + kPactOptions);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject pf = readJson(out);
        checkFields(pf, requiredFields("3.0", "footprint"));
        const QJsonObject pcf = pf.value(QStringLiteral("pcf")).toObject();
        checkFields(pcf, requiredFields("3.0", "pcf"));
        QCOMPARE(pf.value(QStringLiteral("id")).toString(),
                 QStringLiteral("3f0c2a3e-5b7d-4c1e-9a2b-6d8e0f1a2b3c"));
        QCOMPARE(pf.value(QStringLiteral("specVersion")).toString(), QStringLiteral("3.0.0"));
        QCOMPARE(pf.value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                        .match(pf.value(QStringLiteral("created")).toString())
                        .hasMatch());
        checkTexts(pf, {{"productNameCompany", "Wireless mouse M1"}});
        QCOMPARE(pf.value(QStringLiteral("productClassifications")).toArray().at(0).toString(),
                 QStringLiteral("urn:pact:productclassification:un-cpc:45261"));
        checkTexts(pcf,
                   {{"declaredUnitOfMeasurement", "piece"},
                    {"declaredUnitAmount", "1"},
                    {"productMassPerDeclaredUnit", "0.1"},
                    {"pcfExcludingBiogenicUptake", "1.08688504925"},
                    {"pcfIncludingBiogenicUptake", "1.08688504925"},
                    {"fossilCarbonContent", "0.045"},
                    {"referencePeriodStart", "2024-01-01T00:00:00Z"},
                    {"referencePeriodEnd", "2025-01-01T00:00:00Z"},
                    {"geographyCountry", "CN"},
                    {"exemptedEmissionsPercent", "0"}});
        QCOMPARE(pcf.value(QStringLiteral("ipccCharacterizationFactors")).toArray(),
                 QJsonArray{QStringLiteral("AR5")});
        QCOMPARE(pcf.value(QStringLiteral("crossSectoralStandards")).toArray(),
                 QJsonArray{QStringLiteral("ISO14067")});
        QCOMPARE(pcf.value(QStringLiteral("packagingEmissionsIncluded")).toBool(), true);
        // The mouse is assembled on China's MEE grid factor, which counts CO2 alone.
        QVERIFY(pf.value(QStringLiteral("comment"))
                        .toString()
                        .contains(QStringLiteral("count CO2 only, without the other greenhouse "
                                                 "gases: grid_cn_mee_national_2023.")));
        QVERIFY(pcf.value(QStringLiteral("boundaryProcessesDescription"))
                        .toString()
                        .contains(QStringLiteral("Cradle-to-gate")));
    }

    // v2.3 has no "piece" declared unit: kilogram, with the product's 0.1 kg as the amount and
    // every value per kg: 1.08688504925 / 0.1 = 10.8688504925; 0.045 kg C / 0.1 = 0.45.
    void v23RequiredFieldsAndValues()
    {
        const QString out = m_dir.filePath(QStringLiteral("mouse-v23.json"));
        const CliRun r = exportMouse(
                out, QStringList{QStringLiteral("--spec"), QStringLiteral("2.3")} + kPactOptions);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject pf = readJson(out);
        checkFields(pf, requiredFields("2.3", "footprint"));
        const QJsonObject pcf = pf.value(QStringLiteral("pcf")).toObject();
        checkFields(pcf, requiredFields("2.3", "pcf"));
        checkTexts(pf, {{"specVersion", "2.3.0"}, {"productCategoryCpc", "45261"}});
        checkTexts(pcf,
                   {{"declaredUnit", "kilogram"},
                    {"unitaryProductAmount", "0.1"},
                    {"pCfExcludingBiogenic", "10.8688504925"},
                    {"fossilCarbonContent", "0.45"},
                    {"characterizationFactors", "AR5"}});
        QCOMPARE(pcf.value(QStringLiteral("crossSectoralStandardsUsed")).toArray(),
                 QJsonArray{QStringLiteral("ISO Standard 14067")});
        QCOMPARE(pcf.value(QStringLiteral("exemptedEmissionsPercent")).toDouble(), 0.0);
        // Random ids are UUID v4.
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-"
                                                  "9a-f]{3}-[0-9a-f]{12}$"))
                        .match(pf.value(QStringLiteral("id")).toString())
                        .hasMatch());
    }

    // Fields from the profile's own "pact" object.
    void fieldsFromProfile()
    {
        QJsonObject profile = mouseJson();
        profile.insert(QStringLiteral("pact"),
                       QJsonObject{{"company_name", "Example Peripherals Ltd"},
                                   {"company_ids", QJsonArray{"urn:example:company:peripherals"}},
                                   {"product_ids", QJsonArray{"urn:example:product:mouse-m1"}},
                                   {"reference_period_start", "2024-01-01T00:00:00Z"},
                                   {"reference_period_end", "2025-01-01T00:00:00Z"},
                                   {"fossil_carbon_content_kg_c", 0.045},
                                   {"ipcc_characterization_factors", QJsonArray{"AR5", "AR6"}}});
        const QString file = writeProfile(profile, QStringLiteral("mouse-pact.clprofile.json"));
        const QString out = m_dir.filePath(QStringLiteral("from-profile.json"));
        const CliRun r = cli({QStringLiteral("export-pact"), file, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject pf = readJson(out);
        QCOMPARE(pf.value(QStringLiteral("companyName")).toString(),
                 QStringLiteral("Example Peripherals Ltd"));
        QCOMPARE(pf.value(QStringLiteral("pcf"))
                         .toObject()
                         .value(QStringLiteral("ipccCharacterizationFactors"))
                         .toArray(),
                 (QJsonArray{QStringLiteral("AR5"), QStringLiteral("AR6")}));
        // "pact" is a known part of a profile: no "unknown field" warning.
        const CliRun checked = cli({QStringLiteral("validate"), file});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.out.contains("valid") && !checked.out.contains("unknown field"),
                 checked.out.constData());
        QVERIFY(!pf.value(QStringLiteral("pcf"))
                         .toObject()
                         .contains(QStringLiteral("geographyCountry")));
    }

    // Without packaging lines the footprint cannot claim to include packaging emissions.
    void noPackagingLines()
    {
        QJsonObject profile = mouseJson();
        QVERIFY(profile.contains(QStringLiteral("packaging")));
        profile.remove(QStringLiteral("packaging"));
        const QString file = writeProfile(profile, QStringLiteral("mouse-unpacked.clprofile.json"));
        const QString out = m_dir.filePath(QStringLiteral("unpacked.json"));
        const CliRun r
                = cli(QStringList{QStringLiteral("export-pact"), file, QStringLiteral("-o"), out}
                      + kPactOptions);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject pcf = readJson(out).value(QStringLiteral("pcf")).toObject();
        QCOMPARE(pcf.value(QStringLiteral("packagingEmissionsIncluded")).toBool(true), false);
        // Both schemas: packagingGhgEmissions MUST be undefined when packaging is not included.
        QVERIFY(!pcf.contains(QStringLiteral("packagingGhgEmissions")));
    }

    // The data-quality indicators, primaryDataShare and packagingGhgEmissions (docs/exchange.md,
    // "Data quality and primary data"). 3.0 writes decimal strings, 2.3 numbers.
    //
    // "dq": lines 1 kg PET 3.86390131, 2 kg PET (own scores, primary) 7.72780262, 10 kWh x 0.5575
    // = 5.575; cradle-to-gate total T = 17.16670393 kg. The contribution-weighted scores:
    //   reliability  (7.72780262 x 1 + 5.575 x 2 + 3.86390131 x 2) / T = 26.60560524 / T
    //                = 1.5498377177
    //   completeness (7.72780262 + 5.575 + 3.86390131 x 3) / T = 24.89450655 / T = 1.4501622823
    //   temporal     (7.72780262 + 5.575 x 3 + 3.86390131 x 3) / T = 36.04450655 / T = 2.0996754355
    //   geographical (7.72780262 + 5.575 + 3.86390131 x 4) / T = 28.75840786 / T = 1.6752434234
    //   technology   (7.72780262 + 5.575 + 3.86390131 x 3) / T = 24.89450655 / T = 1.4501622823
    // 3.0 DQRs are 1..5 like the scores: technological 1.4501622823, geographical 1.6752434234,
    // temporal 2.0996754355. 2.3 DQRs are 1..3: 1 + (score - 1) / 2, so technological and
    // completeness 1.2250811411, temporal 1.5498377177, geographical 1.3376217117, reliability
    // 1.2749188589; every factor is scored, so coveragePercent is 100.
    // primaryDataShare: 7.72780262 / 17.16670393 x 100 = 45.0162282259 %.
    // "dq-use": the same with 876 kWh of use, outside the boundary: the same values.
    // "mouse": no line marked primary, so 0; packaging (tests/cli/tst_footprintcommand.cpp)
    // carton 0.0959780336 + film 0.01458252565 = 0.11056055925 kg per piece, and per kg of the
    // 0.1 kg product in 2.3, 1.1056055925.
    // "mouse-primary": the housing, 52 g x 3.76 x 1.03 (yield loss) = 0.2013856, plus the carton
    // 0.0959780336 = 0.2973636336 of 1.08688504925 kg: 27.3592532904 %.
    void indicators_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("field"); // in pcf; "dqi.X" inside dqi
        QTest::addColumn<QString>("type"); // as tests/cli/data/pact-required-fields.json names them
        QTest::addColumn<double>("expected");
        const double t = 17.16670393;
        for (const QString &profile : {QStringLiteral("dq"), QStringLiteral("dq-use")}) {
            auto row = [&](const char *spec, const char *field, double expected) {
                QTest::addRow("%s %s %s", qPrintable(profile), spec, field)
                        << profile << QString::fromLatin1(spec) << QString::fromLatin1(field)
                        << (qstrcmp(spec, "3.0") == 0 ? QStringLiteral("decimal")
                                                      : QStringLiteral("number"))
                        << expected;
            };
            row("3.0", "dqi.technologicalDQR", 24.89450655 / t);
            row("3.0", "dqi.geographicalDQR", 28.75840786 / t);
            row("3.0", "dqi.temporalDQR", 36.04450655 / t);
            row("3.0", "primaryDataShare", 7.72780262 / t * 100.0);
            row("2.3", "dqi.coveragePercent", 100.0);
            row("2.3", "dqi.technologicalDQR", 1.0 + (24.89450655 / t - 1.0) / 2.0);
            row("2.3", "dqi.temporalDQR", 1.0 + (36.04450655 / t - 1.0) / 2.0);
            row("2.3", "dqi.geographicalDQR", 1.0 + (28.75840786 / t - 1.0) / 2.0);
            row("2.3", "dqi.completenessDQR", 1.0 + (24.89450655 / t - 1.0) / 2.0);
            row("2.3", "dqi.reliabilityDQR", 1.0 + (26.60560524 / t - 1.0) / 2.0);
            row("2.3", "primaryDataShare", 7.72780262 / t * 100.0);
        }
        QTest::newRow("mouse 3.0 primaryDataShare")
                << QStringLiteral("mouse") << QStringLiteral("3.0")
                << QStringLiteral("primaryDataShare") << QStringLiteral("decimal") << 0.0;
        QTest::newRow("mouse 2.3 primaryDataShare")
                << QStringLiteral("mouse") << QStringLiteral("2.3")
                << QStringLiteral("primaryDataShare") << QStringLiteral("number") << 0.0;
        QTest::newRow("mouse 3.0 packagingGhgEmissions")
                << QStringLiteral("mouse") << QStringLiteral("3.0")
                << QStringLiteral("packagingGhgEmissions") << QStringLiteral("decimal")
                << 0.11056055925;
        QTest::newRow("mouse 2.3 packagingGhgEmissions")
                << QStringLiteral("mouse") << QStringLiteral("2.3")
                << QStringLiteral("packagingGhgEmissions") << QStringLiteral("decimal")
                << 1.1056055925;
        QTest::newRow("mouse-primary 3.0 primaryDataShare")
                << QStringLiteral("mouse-primary") << QStringLiteral("3.0")
                << QStringLiteral("primaryDataShare") << QStringLiteral("decimal")
                << 0.2973636336 / 1.08688504925 * 100.0;
        QTest::newRow("mouse-primary 2.3 primaryDataShare")
                << QStringLiteral("mouse-primary") << QStringLiteral("2.3")
                << QStringLiteral("primaryDataShare") << QStringLiteral("number")
                << 0.2973636336 / 1.08688504925 * 100.0;
    }

    void indicators()
    {
        QFETCH(QString, profile);
        QFETCH(QString, spec);
        QFETCH(QString, field);
        QFETCH(QString, type);
        QFETCH(double, expected);
        QJsonObject o = exported(profile, spec).value(QStringLiteral("pcf")).toObject();
        QVERIFY(!o.isEmpty());
        QString name = field;
        if (field.startsWith(QLatin1String("dqi."))) {
            o = o.value(QStringLiteral("dqi")).toObject();
            name = field.mid(4);
        }
        QVERIFY2(o.contains(name), qPrintable(name));
        const QJsonValue v = o.value(name);
        const QString problem = typeProblem(v, type);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(name, problem)));
        const double value = v.isString() ? v.toString().toDouble() : v.toDouble();
        QVERIFY2(std::abs(value - expected) < 1e-9,
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(name)
                                    .arg(value, 0, 'g', 15)
                                    .arg(expected, 0, 'g', 15)));
    }

    // dqi holds what its schema requires and nothing else: in 3.0 three DQRs, in 2.3 the
    // coverage and five DQRs (tests/cli/data/pact-required-fields.json).
    void dqiFields_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("3.0") << QStringLiteral("3.0");
        QTest::newRow("2.3") << QStringLiteral("2.3");
    }

    void dqiFields()
    {
        QFETCH(QString, spec);
        const QJsonObject dqi = exported(QStringLiteral("dq"), spec)
                                        .value(QStringLiteral("pcf"))
                                        .toObject()
                                        .value(QStringLiteral("dqi"))
                                        .toObject();
        const QJsonObject fields = requiredFields(qPrintable(spec), "dqi");
        checkFields(dqi, fields);
        QCOMPARE(dqi.keys(), fields.keys());
    }

    // 2.3 names one IPCC report in characterizationFactors, AR5 or AR6 (its schema's enum), the
    // earliest one used (2.3.3); any other report is refused with 2.3. 3.0 takes any AR<number>.
    void ipccSets_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("ipcc");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // characterizationFactors, or the error
        QTest::newRow("2.3 AR5 AR6") << QStringLiteral("2.3")
                                     << QStringList{QStringLiteral("AR5"), QStringLiteral("AR6")}
                                     << 0 << QStringLiteral("AR5");
        QTest::newRow("2.3 AR6 AR5") << QStringLiteral("2.3")
                                     << QStringList{QStringLiteral("AR6"), QStringLiteral("AR5")}
                                     << 0 << QStringLiteral("AR5");
        QTest::newRow("2.3 AR6") << QStringLiteral("2.3") << QStringList{QStringLiteral("AR6")} << 0
                                 << QStringLiteral("AR6");
        QTest::newRow("2.3 AR4") << QStringLiteral("2.3") << QStringList{QStringLiteral("AR4")} << 2
                                 << QStringLiteral(
                                            "pact.ipcc_characterization_factors: \"AR4\" is not "
                                            "allowed with --spec 2.3, which takes only AR5 and "
                                            "AR6 (--ipcc); PACT 3.0 takes any AR<number>");
        QTest::newRow("2.3 AR5 AR7")
                << QStringLiteral("2.3")
                << QStringList{QStringLiteral("AR5"), QStringLiteral("AR7")} << 2
                << QStringLiteral("\"AR7\" is not allowed with --spec 2.3");
        QTest::newRow("3.0 AR4") << QStringLiteral("3.0") << QStringList{QStringLiteral("AR4")} << 0
                                 << QString();
    }

    void ipccSets()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, ipcc);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QStringList options = without(kPactOptions, QStringLiteral("--ipcc"));
        options << QStringLiteral("--spec") << spec;
        for (const QString &a : ipcc)
            options << QStringLiteral("--ipcc") << a;
        const QString out = m_dir.filePath(QStringLiteral("ipcc.json"));
        QFile::remove(out);
        const CliRun r = exportMouse(out, options);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
            QVERIFY(!QFile::exists(out));
            return;
        }
        const QJsonObject pcf = readJson(out).value(QStringLiteral("pcf")).toObject();
        QJsonArray sources;
        for (const QString &a : ipcc)
            sources.append(a);
        if (spec == u"2.3") {
            QCOMPARE(pcf.value(QStringLiteral("characterizationFactors")).toString(), expected);
            QCOMPARE(pcf.value(QStringLiteral("ipccCharacterizationFactorsSources")).toArray(),
                     sources);
        } else {
            QCOMPARE(pcf.value(QStringLiteral("ipccCharacterizationFactors")).toArray(), sources);
        }
    }

    // A required field the profile lacks is asked for, never made up: exit 2, nothing written.
    // Without mass_kg, the mass is the materials' sum when every line is a mass: the mouse
    // without its board (cm2) and chips (pieces) is 52 + 3 + 2 + 6 g = 0.063 kg. With those
    // lines kept the mass is unknown and named as missing.
    void massFromMaterials()
    {
        QJsonObject root = mouseJson();
        QJsonObject product = root.value(QStringLiteral("product")).toObject();
        product.remove(QStringLiteral("mass_kg"));
        root.insert(QStringLiteral("product"), product);
        const QString keptLines
                = writeProfile(root, QStringLiteral("mouse-no-mass.clprofile.json"));
        QJsonArray materials = root.value(QStringLiteral("materials")).toArray();
        QCOMPARE(materials.at(2).toObject().value(QStringLiteral("unit")).toString(), u"cm2");
        QCOMPARE(materials.at(3).toObject().value(QStringLiteral("unit")).toString(), u"piece");
        materials.removeAt(3);
        materials.removeAt(2);
        root.insert(QStringLiteral("materials"), materials);
        const QString massLines = writeProfile(root, QStringLiteral("mouse-masses.clprofile.json"));

        const QString out = m_dir.filePath(QStringLiteral("mouse-masses.json"));
        const CliRun r = cli(
                QStringList{QStringLiteral("export-pact"), massLines, QStringLiteral("-o"), out}
                + kPactOptions);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readJson(out)
                         .value(QStringLiteral("pcf"))
                         .toObject()
                         .value(QStringLiteral("productMassPerDeclaredUnit"))
                         .toString(),
                 QStringLiteral("0.063"));

        const CliRun unknown = cli(
                QStringList{QStringLiteral("export-pact"), keptLines, QStringLiteral("-o"), out}
                + kPactOptions);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("product.mass_kg"), unknown.err.constData());
    }

    void missingFieldIsNamed()
    {
        const QString out = m_dir.filePath(QStringLiteral("missing.json"));
        const QStringList options = without(kPactOptions, QStringLiteral("--company-name"));
        const CliRun r = exportMouse(out, options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("wireless-mouse.clprofile.json: pact.company_name"),
                 r.err.constData());
        QVERIFY(!QFile::exists(out));
        // Which GWPs the factors use is stated by the analyst, never assumed.
        const CliRun withoutIpcc
                = exportMouse(out, without(kPactOptions, QStringLiteral("--ipcc")));
        QCOMPARE(withoutIpcc.exitCode, 2);
        QVERIFY2(withoutIpcc.err.contains("pact.ipcc_characterization_factors"),
                 withoutIpcc.err.constData());
        QVERIFY(!QFile::exists(out));
        // The schemas forbid a repeated item: AR5 twice is refused, not written.
        const CliRun twice = exportMouse(
                out, QStringList{QStringLiteral("--ipcc"), QStringLiteral("AR5")} + kPactOptions);
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("pact.ipcc_characterization_factors: \"AR5\" is given twice"),
                 twice.err.constData());
        QVERIFY(!QFile::exists(out));

        const CliRun bad = exportMouse(
                out, QStringList{QStringLiteral("--company-id"), QStringLiteral("ACME")} + options);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("pact.company_ids[0]"), bad.err.constData());
        // "inf" reads as a number to QString::toDouble, but is no carbon content.
        QStringList infinite = options;
        infinite[infinite.indexOf(QStringLiteral("--fossil-carbon-content")) + 1]
                = QStringLiteral("inf");
        const CliRun inf = exportMouse(out, infinite);
        QCOMPARE(inf.exitCode, 2);
        QVERIFY2(inf.err.contains("--fossil-carbon-content"), inf.err.constData());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(exportMouse(out, {QStringLiteral("--spec"), QStringLiteral("1.0")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestExportPact)
#include "tst_exportpact.moc"
