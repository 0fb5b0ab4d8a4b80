// DataQualityModel, the window's data-quality table, under QAbstractItemModelTester, on the
// three-line profile (tests/core/data/dataquality.clprofile.json) whose scores
// tests/core/tst_dataqualitysummary.cpp works by hand.
#include "core/document/dataqualitymodel.h"
#include "core/document/profiledocument.h"
#include "core/factors/factordatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class TestDataQualityModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
    }

    void rowsAndOverall()
    {
        ProfileDocument doc(&m_db);
        DataQualityModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(doc.open(QStringLiteral(CARBONLABEL_SOURCE_DIR
                                        "/tests/core/data/dataquality.clprofile.json"),
                         nullptr));
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DataQualityModel::ColumnCount));
        // Largest first: the line with its own scores (7.7278 kg), the grid (5.575), the PET
        // factor's shared use (3.8639) with (2;3;3;4;3) and GSD exp(sqrt(0.0118)) = 1.115.
        QVERIFY(model.index(0, DataQualityModel::Factor).data().toString().contains(u"own scores"));
        QCOMPARE(model.index(0, DataQualityModel::Reliability).data().toInt(), 1);
        QCOMPARE(model.index(0, DataQualityModel::Gsd).data().toString(), u"1.000");
        QCOMPARE(model.index(1, DataQualityModel::Temporal).data().toInt(), 3);
        const int scores[] = {2, 3, 3, 4, 3};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(model.index(2, DataQualityModel::Reliability + i).data().toInt(), scores[i]);
        QCOMPARE(model.index(2, DataQualityModel::Gsd).data().toString(), u"1.115");
        // 3.86390131 / 17.16670393 = 22.5 %.
        QCOMPARE(model.index(2, DataQualityModel::Share).data().toString(), u"22.5 %");
        QCOMPARE(model.headerData(DataQualityModel::Geographical, Qt::Horizontal, Qt::ToolTipRole)
                         .toString(),
                 u"Geographical correlation");
        // Rating 1.645 (worked in tst_dataqualitysummary): "1.6 of 5: good".
        QVERIFY2(model.overallText().contains(u"1.6 of 5: good"), qPrintable(model.overallText()));
    }
};

QTEST_MAIN(TestDataQualityModel)
#include "tst_dataqualitymodel.moc"
