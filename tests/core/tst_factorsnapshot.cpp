// FactorSnapshot on records of every shape a hand-edited file can hold: nothing throws, a
// malformed record is no record (it is not compared, and a save writes the database's value in
// its place), a well-formed one stays until the user updates it.
#include "core/factors/factordatabase.h"
#include "core/profile/factorsnapshot.h"
#include "core/profile/profilereader.h"
#include "core/profile/snapshotvalidator.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class TestFactorSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;
    Profile m_mouse;

    // The mouse example with `snapshot` as its factor_snapshot.
    Profile mouseWith(const Json &snapshot) const
    {
        Profile p = m_mouse;
        p.factorSnapshot = snapshot;
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                           m_dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(m_db.errorString()));
        const auto r = ProfileReader::readFile(QStringLiteral(
                CARBONLABEL_SOURCE_DIR "/resources/examples/wireless-mouse.clprofile.json"));
        QVERIFY(r.ok());
        m_mouse = *r.profile;
        // The housing's factor, ICE v2 in factors.csv: 3.76 kgCO2e/kg.
        QVERIFY(m_mouse.factorIds().contains(QStringLiteral("mat_abs_ice")));
    }

    void malformedRecords_data()
    {
        QTest::addColumn<QString>("record"); // JSON of the mat_abs_ice entry
        QTest::newRow("unit a number") << R"({"value": 3.5, "unit": 5})";
        QTest::newRow("unit null") << R"({"value": 3.5, "unit": null})";
        QTest::newRow("unit missing") << R"({"value": 3.5})";
        QTest::newRow("value a text") << R"({"value": "3.5", "unit": "kgCO2e/kg"})";
        QTest::newRow("value an object") << R"({"value": {"v": 1}, "unit": "kgCO2e/kg"})";
        QTest::newRow("value missing") << R"({"unit": "kgCO2e/kg"})";
        QTest::newRow("dataset version a number")
                << R"({"value": 3.5, "unit": "kgCO2e/kg", "dataset_version": 2020})";
        QTest::newRow("source an array")
                << R"({"value": 3.5, "unit": "kgCO2e/kg", "source": ["ICE"]})";
        QTest::newRow("a number") << "3.5";
        QTest::newRow("an array") << "[3.5, \"kgCO2e/kg\"]";
        QTest::newRow("null") << "null";
    }

    void malformedRecords()
    {
        QFETCH(QString, record);
        const Json entry = Json::parse(record.toStdString());
        QVERIFY(!SnapshotValidator::isValidEntry(entry));
        const Profile p = mouseWith(Json{{"mat_abs_ice", entry}});
        // Not compared: it records no value a label could be checked against.
        QVERIFY(FactorSnapshot::differences(p, m_db).isEmpty());
        // A save records the database's value in its place...
        const Json saved = FactorSnapshot::forSave(p, &m_db);
        QCOMPARE(saved.at("mat_abs_ice").at("value").get<double>(), 3.76);
        QCOMPARE(saved.at("mat_abs_ice").at("unit").get<std::string>(), std::string("kgCO2e/kg"));
        // ...and, without a database to take it from, keeps the record as it was read.
        QVERIFY(FactorSnapshot::forSave(p, nullptr).at("mat_abs_ice") == entry);
    }

    void wellFormedRecordKept()
    {
        // As saved years ago when ABS was 3.5 kgCO2e/kg; source and dataset version optional.
        const Json entry = Json::parse(R"({"value": 3.5, "unit": "kgCO2e/kg"})");
        QVERIFY(SnapshotValidator::isValidEntry(entry));
        const Profile p = mouseWith(Json{{"mat_abs_ice", entry}});
        const auto d = FactorSnapshot::differences(p, m_db);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].factorId, QStringLiteral("mat_abs_ice"));
        QCOMPARE(d[0].snapshotValue, 3.5);
        QCOMPARE(d[0].snapshotUnit, QStringLiteral("kgCO2e/kg"));
        QVERIFY(d[0].snapshotDatasetVersion.isEmpty());
        QCOMPARE(d[0].currentValue, 3.76);
        QVERIFY(FactorSnapshot::forSave(p, &m_db).at("mat_abs_ice") == entry);
    }

    void snapshotNotAnObject()
    {
        for (const char *text : {"[]", "7", "\"x\"", "null"}) {
            const Profile p = mouseWith(Json::parse(text));
            QVERIFY(FactorSnapshot::differences(p, m_db).isEmpty());
            const Json saved = FactorSnapshot::forSave(p, &m_db);
            QVERIFY2(saved.is_object() && saved.contains("mat_abs_ice"), text);
            QVERIFY(FactorSnapshot::forSave(p, nullptr).empty());
        }
    }

    // The reader's check, by JSON path, and what it keeps.
    void validatorPaths()
    {
        const Json snapshot = Json::parse(R"({
            "mat_abs_ice": {"value": 3.76, "unit": 5},
            "grid_x": {"value": "1", "unit": "kgCO2e/kWh", "source": 3},
            "pkg_y": 4,
            "ok": {"value": -0.5, "unit": "kgCO2e/kg", "source": "", "dataset_version": "1",
                   "note": "kept"}
        })");
        Diagnostics ds;
        SnapshotValidator::check(snapshot, ds);
        QStringList paths;
        for (const Diagnostic &d : ds) {
            QVERIFY(d.isError());
            paths << d.path;
        }
        QCOMPARE(paths,
                 QStringList({QStringLiteral("factor_snapshot.mat_abs_ice.unit"),
                              QStringLiteral("factor_snapshot.grid_x.value"),
                              QStringLiteral("factor_snapshot.grid_x.source"),
                              QStringLiteral("factor_snapshot.pkg_y")}));
        QVERIFY(ds[0].message.contains(QStringLiteral("found the number 5")));
    }
};

QTEST_GUILESS_MAIN(TestFactorSnapshot)
#include "tst_factorsnapshot.moc"
