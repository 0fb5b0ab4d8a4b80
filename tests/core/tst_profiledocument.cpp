// ProfileDocument: editing through undo commands, messages at their JSON paths, nothing typed
// lost, saving and the factor snapshot. Expected figures are worked by hand from
// docs/profile-format.md (see tests/cli/tst_footprintcommand.cpp for the mouse).
#include "core/document/profiledocument.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace carbonlabel;

class TestProfileDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

    static QString mouse()
    {
        return QStringLiteral(CARBONLABEL_SOURCE_DIR
                              "/resources/examples/wireless-mouse.clprofile.json");
    }
    QString errorAt(const ProfileDocument &doc, const QString &path)
    {
        for (const Diagnostic &d : doc.diagnosticsAt(path)) {
            if (d.isError())
                return d.path + QStringLiteral(": ") + d.message;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
    }

    void openMouse()
    {
        ProfileDocument doc(&m_db);
        QString error;
        QVERIFY2(doc.open(mouse(), &error), qPrintable(error));
        QVERIFY(doc.evaluation().ok());
        // E 1.01518200925 + D 0.07170304 + U 0.13703136 + L 0.0007264138
        QCOMPARE_LE(std::abs(doc.evaluation().result.total() - 1.22464282305), 1e-9);
        QCOMPARE(doc.isModified(), false);
        QCOMPARE(doc.displayName(), QStringLiteral("wireless-mouse.clprofile.json"));
        QCOMPARE_LT(doc.evaluationNanoseconds(), 50'000'000);
    }

    void editQuantityAndUndo()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        QSignalSpy changed(&doc, &ProfileDocument::fieldChanged);
        QSignalSpy modified(&doc, &ProfileDocument::modifiedChanged);
        // Typing "6", then "62": one undo step.
        doc.setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("6"));
        doc.setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("62"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(modified.count(), 1);
        QVERIFY(doc.isModified());
        // 10 g more ABS: 0.010 kg x 3.76 kgCO2e/kg x 1.03 = 0.038728 kg; mass_kg is declared,
        // so distribution and end of life do not move.
        QCOMPARE_LE(std::abs(doc.evaluation().result.total() - (1.22464282305 + 0.038728)), 1e-9);
        doc.undoStack()->undo();
        QCOMPARE(doc.fieldText(QStringLiteral("materials[0].quantity")), QStringLiteral("52"));
        QCOMPARE_LE(std::abs(doc.evaluation().result.total() - 1.22464282305), 1e-9);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.fieldText(QStringLiteral("materials[0].quantity")), QStringLiteral("62"));
        // A new editing session is a new undo step.
        doc.closeEditing();
        doc.setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("72"));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void badValueKeptAndNamed()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        doc.setFieldText(QStringLiteral("materials[1].quantity"), QStringLiteral("three"));
        QVERIFY(doc.hasRawText(QStringLiteral("materials[1].quantity")));
        QCOMPARE(doc.fieldText(QStringLiteral("materials[1].quantity")), QStringLiteral("three"));
        const QString error = errorAt(doc, QStringLiteral("materials[1].quantity"));
        QVERIFY2(error.startsWith(QStringLiteral("materials[1].quantity: ")), qPrintable(error));
        QVERIFY(!doc.evaluation().ok());
        // The file keeps what was typed, and reading it gives the same message.
        const ProfileReader::Result read = ProfileReader::read(doc.toData());
        QVERIFY(!read.ok());
        QCOMPARE(read.diagnostics.first().path, QStringLiteral("materials[1].quantity"));
        // A negative share is a number, held by the profile, refused by the reader.
        doc.setFieldText(QStringLiteral("end_of_life.routes[0].share"), QStringLiteral("-0.4"));
        QVERIFY(!doc.hasRawText(QStringLiteral("end_of_life.routes[0].share")));
        QVERIFY(!errorAt(doc, QStringLiteral("end_of_life.routes[0].share")).isEmpty());
        // Emptying a required number leaves it out: "missing".
        doc.setFieldText(QStringLiteral("product.lifetime_years"), QString());
        QVERIFY(!errorAt(doc, QStringLiteral("product.lifetime_years")).isEmpty());
        // Emptying an optional number removes it: no error, and mass is then the materials'.
        doc.setFieldText(QStringLiteral("product.mass_kg"), QString());
        QVERIFY(errorAt(doc, QStringLiteral("product.mass_kg")).isEmpty());
    }

    void reopenBrokenFileLosesNothing()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        doc.setFieldText(QStringLiteral("materials[1].quantity"), QStringLiteral("three"));
        doc.setFieldText(QStringLiteral("distribution[0].distance_km"), QStringLiteral("-5"));
        const QString file = m_dir.filePath(QStringLiteral("broken.clprofile.json"));
        QString error;
        QVERIFY2(doc.save(file, &error), qPrintable(error));
        ProfileDocument again(&m_db);
        QVERIFY(again.open(file, &error));
        QCOMPARE(again.fieldText(QStringLiteral("materials[1].quantity")), QStringLiteral("three"));
        QCOMPARE(again.fieldText(QStringLiteral("distribution[0].distance_km")),
                 QStringLiteral("-5"));
        QCOMPARE(again.toData(), doc.toData());
    }

    void rowsUndo()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        const int rows = doc.rowCount(ProfileList::Materials);
        doc.setFieldText(QStringLiteral("materials[2].quantity"), QStringLiteral("x"));
        doc.removeRow(ProfileList::Materials, 1);
        QCOMPARE(doc.rowCount(ProfileList::Materials), rows - 1);
        // The raw text moved up with its row.
        QCOMPARE(doc.fieldText(QStringLiteral("materials[1].quantity")), QStringLiteral("x"));
        doc.undoStack()->undo();
        QCOMPARE(doc.rowCount(ProfileList::Materials), rows);
        QCOMPARE(doc.fieldText(QStringLiteral("materials[1].part.en")),
                 QStringLiteral("Scroll wheel tyre"));
        QCOMPARE(doc.fieldText(QStringLiteral("materials[2].quantity")), QStringLiteral("x"));
        doc.moveRow(ProfileList::Materials, 0, 2);
        QCOMPARE(doc.fieldText(QStringLiteral("materials[2].part.en")), QStringLiteral("Housing"));
        QCOMPARE(doc.fieldText(QStringLiteral("materials[1].quantity")), QStringLiteral("x"));
        doc.undoStack()->undo();
        QCOMPARE(doc.fieldText(QStringLiteral("materials[0].part.en")), QStringLiteral("Housing"));
        doc.insertRow(ProfileList::Packaging, 0);
        QCOMPARE(doc.rowCount(ProfileList::Packaging), 3);
        // A new line has no factor yet: the builder and reader say so at its factor.
        QVERIFY(!errorAt(doc, QStringLiteral("packaging[0].factor")).isEmpty());
    }

    void sections()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        QVERIFY(doc.hasSection(QStringLiteral("use")));
        doc.setSection(QStringLiteral("use"), false);
        // Without the use phase: 1.22464282305 - 0.13703136
        QCOMPARE_LE(std::abs(doc.evaluation().result.total() - 1.08761146305), 1e-9);
        doc.undoStack()->undo();
        QCOMPARE(doc.rowCount(ProfileList::UseModes), 2);
        QCOMPARE_LE(std::abs(doc.evaluation().result.total() - 1.22464282305), 1e-9);
    }

    void saveReopenIdentical()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        doc.setFieldText(QStringLiteral("product.name.zh"), QStringLiteral("无线鼠标 M2"));
        const QString a = m_dir.filePath(QStringLiteral("a.clprofile.json"));
        const QString b = m_dir.filePath(QStringLiteral("b.clprofile.json"));
        QString error;
        QVERIFY(doc.save(a, &error));
        QVERIFY(!doc.isModified());
        ProfileDocument again(&m_db);
        QVERIFY(again.open(a, &error));
        QVERIFY(again.save(b, &error));
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QCOMPARE(fb.readAll(), fa.readAll());
        QCOMPARE(again.profile().product.name.zh, QStringLiteral("无线鼠标 M2"));
    }

    void snapshotDifferences()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        QVERIFY(doc.snapshotDifferences().isEmpty());
        // As if saved years ago when ABS was 3.5 kgCO2e/kg in dataset 2020.1.
        QByteArray data = doc.toData();
        Json root = Json::parse(data.constBegin(), data.constEnd());
        root["factor_snapshot"]["mat_abs_ice"]["value"] = 3.5;
        root["factor_snapshot"]["mat_abs_ice"]["dataset_version"] = "2020.1";
        const std::string text = root.dump(2);
        QVERIFY(doc.openData(QByteArray(text.data(), static_cast<qsizetype>(text.size())), {},
                             nullptr));
        QCOMPARE(doc.snapshotDifferences().size(), 1);
        const auto d = doc.snapshotDifference(QStringLiteral("mat_abs_ice"));
        QVERIFY(d);
        QCOMPARE(d->snapshotValue, 3.5);
        QCOMPARE(d->currentValue, 3.76);
        // Saving keeps the recorded value until the user updates it.
        Json saved = Json::parse(doc.toData().toStdString());
        QCOMPARE(saved["factor_snapshot"]["mat_abs_ice"]["value"].get<double>(), 3.5);
        doc.updateSnapshot(QStringLiteral("mat_abs_ice"));
        QVERIFY(doc.snapshotDifferences().isEmpty());
        saved = Json::parse(doc.toData().toStdString());
        QCOMPARE(saved["factor_snapshot"]["mat_abs_ice"]["value"].get<double>(), 3.76);
        doc.undoStack()->undo();
        QCOMPARE(doc.snapshotDifferences().size(), 1);
    }

    void distributions()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        UncertainValue lifetime{3.0, lca::Distribution::Triangular, 2.0, 5.0, 1.0};
        doc.setFieldNumber(QStringLiteral("product.lifetime_years"), lifetime);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(*doc.fieldNumber(QStringLiteral("product.lifetime_years")), lifetime);
        // The footprint uses the value: unchanged.
        QCOMPARE_LE(std::abs(doc.evaluation().result.total() - 1.22464282305), 1e-9);
        Json saved = Json::parse(doc.toData().toStdString());
        QVERIFY(saved["product"]["lifetime_years"] == (Json{{"value", 3}, {"min", 2}, {"max", 5}}));
        // Typing a new value keeps the distribution around it.
        doc.setFieldText(QStringLiteral("product.lifetime_years"), QStringLiteral("4"));
        QCOMPARE(doc.fieldNumber(QStringLiteral("product.lifetime_years"))->max, 5.0);
        // A minimum above the value: the reader says so at the field.
        doc.setFieldNumber(QStringLiteral("product.lifetime_years"),
                           UncertainValue{4.0, lca::Distribution::Triangular, 4.5, 5.0, 1.0});
        QVERIFY(!errorAt(doc, QStringLiteral("product.lifetime_years")).isEmpty());
        doc.undoStack()->undo();
        QVERIFY(errorAt(doc, QStringLiteral("product.lifetime_years")).isEmpty());
    }

    void blank()
    {
        ProfileDocument doc(&m_db);
        doc.reset(ProfileDocument::blankProfile(QStringLiteral("grid_world_ember_2024")));
        QVERIFY2(doc.evaluation().ok(), qPrintable(doc.diagnostics().value(0).toString()));
        QCOMPARE(doc.evaluation().result.total(), 0.0);
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
    }
};

QTEST_GUILESS_MAIN(TestProfileDocument)
#include "tst_profiledocument.moc"
