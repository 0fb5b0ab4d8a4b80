// Reading and writing profiles: round trips, unknown fields kept, distributions, the factor
// snapshot, atomic saves.
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"
#include "core/profile/profilewriter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

namespace {

// Numbers as doubles, so 1e11 and 100000000000 or 1.0 and 1 compare equal.
Json normalised(const Json &j)
{
    if (j.is_number())
        return Json(j.get<double>());
    Json out = j;
    if (j.is_object() || j.is_array()) {
        for (auto it = out.begin(); it != out.end(); ++it)
            *it = normalised(*it);
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProfileWriter : public QObject
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

    void roundTrip_data()
    {
        QTest::addColumn<QString>("example");
        const QDir dir(QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples"));
        for (const QString &name : dir.entryList({QStringLiteral("*.clprofile.json")}))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    // read -> write -> read -> write gives the same bytes, and the same JSON as the file
    // apart from the added factor snapshot.
    void roundTrip()
    {
        QFETCH(QString, example);
        const auto first = ProfileReader::readFile(example);
        QVERIFY(first.ok());
        const QByteArray once = ProfileWriter::write(*first.profile, nullptr);
        const auto second = ProfileReader::read(once);
        QVERIFY(second.ok());
        QCOMPARE(ProfileWriter::write(*second.profile, nullptr), once);

        const Json original = Json::parse(readAll(example).toStdString());
        const Json written = Json::parse(once.toStdString());
        QCOMPARE(QString::fromStdString(normalised(written).dump()),
                 QString::fromStdString(normalised(original).dump()));
    }

    void unknownFieldsKept()
    {
        const QByteArray text = R"({"format": "carbonlabel-profile", "version": 1,
            "x_top": {"a": [1, 2]},
            "product": {"id": "p", "name": {"en": "P", "zh": "产品", "fr": "Produit"}, "lifetime_years": 2,
                        "x_colour": "red"},
            "materials": [{"part": {"en": "Case"}, "factor": "mat_abs_ice", "quantity": 1, "unit": "kg",
                           "x_supplier": {"name": "ACME", "audited": true}}],
            "end_of_life": {"routes": [{"factor": "eol_weee_mixed_landfill", "share": 1, "x_note": "n"}],
                            "x_region": "EU"}})";
        const auto r = ProfileReader::read(text);
        QVERIFY(r.ok());
        // every unknown field is a warning naming its path
        QStringList warned;
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY(!d.isError());
            warned << d.path;
        }
        QCOMPARE(warned,
                 (QStringList{"product.name.fr", "product.x_colour", "materials[0].x_supplier",
                              "end_of_life.routes[0].x_note", "end_of_life.x_region", "x_top"}));
        const Json out = Json::parse(ProfileWriter::write(*r.profile, nullptr).toStdString());
        QCOMPARE(out["x_top"]["a"][1].get<int>(), 2);
        QCOMPARE(out["product"]["name"]["fr"].get<std::string>(), std::string("Produit"));
        QCOMPARE(out["product"]["x_colour"].get<std::string>(), std::string("red"));
        QCOMPARE(out["materials"][0]["x_supplier"]["audited"].get<bool>(), true);
        QCOMPARE(out["end_of_life"]["routes"][0]["x_note"].get<std::string>(), std::string("n"));
        QCOMPARE(out["end_of_life"]["x_region"].get<std::string>(), std::string("EU"));
    }

    // The PACT identifiers are part of a profile: no warning, written back as they were read.
    void pactKept()
    {
        const QByteArray text = R"({"format": "carbonlabel-profile", "version": 1,
            "product": {"id": "p", "name": {"en": "P"}, "lifetime_years": 2},
            "pact": {"company_name": "Example Ltd", "company_ids": ["urn:example:company:1"]}})";
        const auto r = ProfileReader::read(text);
        QVERIFY(r.ok());
        QVERIFY(r.diagnostics.isEmpty());
        const Json out = Json::parse(ProfileWriter::write(*r.profile, nullptr).toStdString());
        QCOMPARE(out["pact"]["company_name"].get<std::string>(), std::string("Example Ltd"));
        QCOMPARE(out["pact"]["company_ids"][0].get<std::string>(),
                 std::string("urn:example:company:1"));
    }

    void distributions_data()
    {
        QTest::addColumn<QByteArray>("quantity");
        QTest::addColumn<int>("distribution");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("gsd");
        QTest::addColumn<QByteArray>("written"); // empty: as read
        QTest::newRow("plain") << QByteArray("52") << int(lca::Distribution::Fixed) << 52.0 << 0.0
                               << 0.0 << 1.0 << QByteArray();
        QTest::newRow("triangular") << QByteArray(R"({"value": 52, "min": 48, "max": 60})")
                                    << int(lca::Distribution::Triangular) << 52.0 << 48.0 << 60.0
                                    << 1.0 << QByteArray();
        QTest::newRow("lognormal")
                << QByteArray(R"({"value": 52, "gsd": 1.2})") << int(lca::Distribution::Lognormal)
                << 52.0 << 0.0 << 0.0 << 1.2 << QByteArray();
        QTest::newRow("uniform") << QByteArray(
                R"({"value": 50, "min": 40, "max": 60, "dist": "uniform"})")
                                 << int(lca::Distribution::Uniform) << 50.0 << 40.0 << 60.0 << 1.0
                                 << QByteArray();
        QTest::newRow("explicit triangular")
                << QByteArray(R"({"value": 5, "min": 0, "max": 9, "dist": "triangular"})")
                << int(lca::Distribution::Triangular) << 5.0 << 0.0 << 9.0 << 1.0
                << QByteArray(R"({"value": 5, "min": 0, "max": 9})"); // triangular is the default
    }
    // The deterministic result uses the central value; the writer gives back the same object.
    void distributions()
    {
        QFETCH(QByteArray, quantity);
        QFETCH(int, distribution);
        QFETCH(double, value);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, gsd);
        QFETCH(QByteArray, written);
        const QByteArray text = R"({"format": "carbonlabel-profile", "version": 1,
            "product": {"id": "p", "name": {"en": "P"}, "lifetime_years": 2},
            "materials": [{"part": {"en": "Case"}, "factor": "mat_abs_ice", "quantity": )"
                + quantity + R"(, "unit": "g"}]})";
        const auto r = ProfileReader::read(text);
        QVERIFY(r.ok());
        const UncertainValue &q = r.profile->materials[0].quantity;
        QCOMPARE(int(q.distribution), distribution);
        QCOMPARE(q.value, value);
        QCOMPARE(q.min, min);
        QCOMPARE(q.max, max);
        QCOMPARE(q.gsd, gsd);
        const Json out = Json::parse(ProfileWriter::write(*r.profile, nullptr).toStdString());
        QCOMPARE(QString::fromStdString(out["materials"][0]["quantity"].dump()),
                 QString::fromStdString(
                         Json::parse((written.isEmpty() ? quantity : written).toStdString())
                                 .dump()));
    }

    void snapshotWrittenOnSave()
    {
        const auto r = ProfileReader::readFile(QStringLiteral(
                CARBONLABEL_SOURCE_DIR "/resources/examples/wireless-mouse.clprofile.json"));
        QVERIFY(r.ok());
        const Json out = Json::parse(ProfileWriter::write(*r.profile, &m_db).toStdString());
        const Json &snap = out["factor_snapshot"];
        // 6 materials + assembly grid + 2 packaging + 2 modes of transport + use grid + 2 routes
        QCOMPARE(snap.size(), std::size_t(14));
        QCOMPARE(snap["mat_abs_ice"]["value"].get<double>(), 3.76); // ICE v2, factors.csv
        QCOMPARE(snap["mat_abs_ice"]["unit"].get<std::string>(), std::string("kgCO2e/kg"));
        QCOMPARE(snap["grid_cn_mee_national_2023"]["value"].get<double>(), 0.5306);
        QCOMPARE(snap["grid_cn_mee_national_2023"]["unit"].get<std::string>(),
                 std::string("kgCO2/kWh"));
        QCOMPARE(snap["transport_container_ship_avg"]["value"].get<double>(), 0.01612);
        QCOMPARE(QString::fromStdString(snap["mat_abs_ice"]["dataset_version"].get<std::string>()),
                 m_db.datasetVersion());
        QVERIFY(!snap["mat_abs_ice"]["source"].get<std::string>().empty());
        // and it is read back as it was written
        const auto back = ProfileReader::read(QByteArray::fromStdString(out.dump()));
        QVERIFY(back.ok());
        QCOMPARE(QString::fromStdString(back.profile->factorSnapshot.dump()),
                 QString::fromStdString(snap.dump()));
    }

    // factors named by the digital-service models (W, PUE, replication) are snapshotted too
    void snapshotIncludesModelFactors()
    {
        const auto r = ProfileReader::readFile(QStringLiteral(
                CARBONLABEL_SOURCE_DIR "/resources/examples/ai-assistant-cloud.clprofile.json"));
        QVERIFY(r.ok());
        const Json snap = Json::parse(
                ProfileWriter::write(*r.profile, &m_db).toStdString())["factor_snapshot"];
        for (const char *id : {"cloud_aws_vcpu_min_w", "cloud_aws_vcpu_max_w",
                               "cloud_avg_cpu_utilization", "acc_ccf_t4_idle_w", "dc_pue_ccf_aws",
                               "cloud_storage_ssd_wh_per_tb_h", "cloud_storage_repl_aws_s3"})
            QVERIFY2(snap.contains(id), id);
        QCOMPARE(snap["cloud_aws_vcpu_max_w"]["value"].get<double>(), 3.5); // CCF, factors.csv
        QCOMPARE(snap["cloud_storage_repl_aws_s3"]["value"].get<double>(), 6.0);
    }

    void atomicSave()
    {
        const auto r = ProfileReader::readFile(QStringLiteral(
                CARBONLABEL_SOURCE_DIR "/resources/examples/laptop-14.clprofile.json"));
        QVERIFY(r.ok());
        const QString file = m_dir.filePath(QStringLiteral("laptop.clprofile.json"));
        QString error;
        QVERIFY2(ProfileWriter::writeFile(file, *r.profile, &m_db, &error), qPrintable(error));
        const QByteArray good = readAll(file);
        QVERIFY(good.contains("\"factor_snapshot\""));
        // a save that cannot happen leaves the good file as it was and says why, naming the file
        const QString missingFolder
                = m_dir.filePath(QStringLiteral("no/such/folder/x.clprofile.json"));
        QVERIFY(!ProfileWriter::writeFile(missingFolder, *r.profile, &m_db, &error));
        QVERIFY2(error.contains(QStringLiteral("x.clprofile.json")), qPrintable(error));
        QVERIFY(!ProfileWriter::writeFile(m_dir.path(), *r.profile, &m_db, &error)); // a folder
        QCOMPARE(readAll(file), good);
        // no temporary files are left behind
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("laptop*")}, QDir::Files).size(), 1);
    }

private:
    QTemporaryDir m_dir;
    FactorDatabase m_db;
};

QTEST_GUILESS_MAIN(TestProfileWriter)
#include "tst_profilewriter.moc"
