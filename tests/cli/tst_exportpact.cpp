// carbonlabel-cli export-pact: every field the PACT Technical Specifications require, with the
// type the spec gives it, and the cradle-to-gate value of the mouse example worked by hand.
#include "tests/common/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestExportPact : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

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
