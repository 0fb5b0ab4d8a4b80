// ProfileListModel over every list of the mouse example, checked by QAbstractItemModelTester
// while rows are edited, added, removed and undone.
#include "core/document/profiledocument.h"
#include "core/document/profilelistmodel.h"
#include "core/factors/factordatabase.h"
#include "tests/common/exampleprofiles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace carbonlabel;

Q_DECLARE_METATYPE(carbonlabel::ProfileList)

class TestProfileListModel : public QObject
{
    Q_OBJECT

    test::ExampleProfiles m_examples;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_examples.open());
    }

    void tester_data()
    {
        QTest::addColumn<ProfileList>("list");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        // Lines: parts (2), factor, quantity, unit, data quality, data source, kg CO2e; and
        // a materials line's component.
        QTest::newRow("materials") << ProfileList::Materials << 6 << 9;
        QTest::newRow("packaging") << ProfileList::Packaging << 2 << 8;
        QTest::newRow("distribution") << ProfileList::Distribution << 2 << 4;
        QTest::newRow("use modes") << ProfileList::UseModes << 2 << 5;
        QTest::newRow("end of life") << ProfileList::EndOfLifeRoutes << 2 << 3;
    }
    void tester()
    {
        QFETCH(ProfileList, list);
        QFETCH(int, rows);
        QFETCH(int, columns);
        ProfileDocument doc(&m_examples.database());
        QVERIFY(doc.open(test::ExampleProfiles::mouse(), nullptr));
        ProfileListModel model(&doc, list);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.columnCount(), columns);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Edit the first numeric column of row 0.
        int numberColumn = -1;
        for (int c = 0; c < columns && numberColumn < 0; ++c) {
            if (model.columnKind(c) == ProfileListModel::ColumnKind::Number)
                numberColumn = c;
        }
        QVERIFY(numberColumn >= 0);
        QVERIFY(model.setData(model.index(0, numberColumn), QStringLiteral("0.5")));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.data(model.index(0, numberColumn), Qt::EditRole).toString(),
                 QStringLiteral("0.5"));
        QVERIFY(model.setData(model.index(0, numberColumn), QStringLiteral("abc")));
        QCOMPARE(model.data(model.index(0, numberColumn), ProfileListModel::SeverityRole).toInt(),
                 2);
        QVERIFY(!model.data(model.index(0, numberColumn), Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.data(model.index(0, numberColumn)).toString(), QStringLiteral("abc"));
        doc.insertRow(list, 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), rows + 1);
        doc.removeRow(list, 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), rows);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.data(model.index(0, numberColumn), ProfileListModel::SeverityRole).toInt(),
                 0);
        doc.setSection(ProfileFields::listPath(list).section(QLatin1Char('.'), 0, 0), false);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), rows);
    }

    void lineDataQuality()
    {
        // A line's own pedigree and data source are cells like any other, edited through the
        // undo stack.
        ProfileDocument doc(&m_examples.database());
        QVERIFY(doc.open(test::ExampleProfiles::mouse(), nullptr));
        ProfileListModel model(&doc, ProfileList::Materials);
        int pedigree = -1;
        int source = -1;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString title = model.headerData(c, Qt::Horizontal).toString();
            if (title == u"Data quality")
                pedigree = c;
            else if (title == u"Data source")
                source = c;
        }
        QVERIFY(pedigree >= 0 && source >= 0);
        QVERIFY(model.setData(model.index(0, pedigree), QStringLiteral("(1;2;1;1;2)")));
        QVERIFY(model.setData(model.index(0, source), QStringLiteral("primary")));
        QCOMPARE(doc.profile().materials.at(0).pedigree, u"(1;2;1;1;2)");
        QCOMPARE(doc.profile().materials.at(0).dataSource, u"primary");
        QVERIFY(doc.evaluation().ok());
        QVERIFY(doc.evaluation().built.lineQuality.contains(QStringLiteral("materials[0]")));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.profile().materials.at(0).pedigree.isEmpty());
        QVERIFY(doc.profile().materials.at(0).dataSource.isEmpty());
    }

    void materialsCells()
    {
        ProfileDocument doc(&m_examples.database());
        QVERIFY(doc.open(test::ExampleProfiles::mouse(), nullptr));
        ProfileListModel model(&doc, ProfileList::Materials);
        const int factor = model.column(QStringLiteral("factor"));
        const int unit = model.column(QStringLiteral("unit"));
        const int quantity = model.column(QStringLiteral("quantity"));
        QCOMPARE(model.data(model.index(0, factor)).toString(),
                 QStringLiteral("ABS (acrylonitrile butadiene styrene)"));
        QCOMPARE(model.data(model.index(0, factor), ProfileListModel::FactorIdRole).toString(),
                 QStringLiteral("mat_abs_ice"));
        QCOMPARE(model.data(model.index(0, unit), ProfileListModel::UnitChoicesRole).toStringList(),
                 (QStringList{"g", "kg", "t"}));
        QCOMPARE(model.data(model.index(2, unit), ProfileListModel::UnitChoicesRole).toStringList(),
                 (QStringList{"mm2", "cm2", "m2"}));
        // Housing: 0.052 kg x 3.76 kgCO2e/kg = 0.19552, x 1.03 yield = 0.2013856 kg
        QCOMPARE_LE(
                std::abs(
                        model.data(model.index(0, model.columnCount() - 1), Qt::EditRole).toDouble()
                        - 0.2013856),
                1e-12);
        QCOMPARE(model.indexForPath(QStringLiteral("materials[3].quantity")),
                 model.index(3, quantity));
        QCOMPARE(model.indexForPath(QStringLiteral("materials[3].part")), model.index(3, 0));
        // A factor in kWh where the line says g: the unit follows, in one undo step.
        QVERIFY(model.setData(model.index(5, factor), QStringLiteral("grid_world_ember_2024")));
        QCOMPARE(model.data(model.index(5, unit), Qt::EditRole).toString(), QStringLiteral("kWh"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(model.data(model.index(5, unit), Qt::EditRole).toString(), QStringLiteral("g"));
        // An unknown factor is named at the cell.
        QVERIFY(model.setData(model.index(5, factor), QStringLiteral("mat_unobtainium")));
        QVERIFY(model.data(model.index(5, factor), Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("mat_unobtainium")));
        QCOMPARE(model.data(model.index(5, factor), ProfileListModel::SeverityRole).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
