// The die dialog, driven offscreen by objectName: ACT's per-area model as `carbonlabel-cli die`
// computes it, worked by hand below; a bad area or yield is refused at its field; "Add to
// materials" keeps a user factor and adds one line of one piece with it, one undo step.
#include "core/document/profiledocument.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "ui/diedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace carbonlabel;

class TestDieDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
    }

    void computesRefusesAndAdds()
    {
        FactorLibrary library(&m_db);
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(QStringLiteral(CARBONLABEL_SOURCE_DIR
                                        "/resources/examples/wireless-mouse.clprofile.json"),
                         nullptr));
        const int lines = doc.rowCount(ProfileList::Materials);
        const int steps = doc.undoStack()->count();
        DieDialog dialog(&doc, &library);
        dialog.show();
        auto *area = dialog.findChild<QLineEdit *>(QStringLiteral("dieArea"));
        auto *node = dialog.findChild<QComboBox *>(QStringLiteral("dieNode"));
        auto *yield = dialog.findChild<QLineEdit *>(QStringLiteral("dieYield"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("dieResult"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(area && node && yield && result && ok);
        QVERIFY(!ok->isEnabled()); // no area yet

        QTest::keyClicks(area, QStringLiteral("big"));
        QCOMPARE(area->property("severity").toInt(), 2);
        QVERIFY(!ok->isEnabled());
        area->clear();
        QTest::keyClicks(area, QStringLiteral("0"));
        QCOMPARE(area->property("severity").toInt(), 2); // more than 0
        QVERIFY(area->toolTip().contains(u"100,000 mm2"));
        area->clear();
        QTest::keyClicks(area, QStringLiteral("150"));
        QCOMPARE(area->property("severity").toInt(), 0);
        QTest::keyClicks(yield, QStringLiteral("1.5"));
        QCOMPARE(yield->property("severity").toInt(), 2); // at most 1
        QVERIFY(!ok->isEnabled());
        yield->clear(); // ACT's yield, 0.875

        // ACT's defaults (fab in Taiwan, grid_tw_ember_2024 0.63515 kg/kWh; 97 % abatement =
        // mean of 0.35 and 0.2 = 0.275 kg/cm2; materials 0.5 kg/cm2; yield 0.875; one package
        // of 0.15 kg), 7 nm (2.15 kWh/cm2), 150 mm2:
        //   (0.63515 x 2.15 + 0.275 + 0.5) / 0.875 = 2.4463685714 kg/cm2
        //   x 1.5 cm2 = 3.6695528571 kg die + 0.15 = 3.8195528571 kg a piece.
        QCOMPARE(node->currentText(), QStringLiteral("7nm"));
        QVERIFY(ok->isEnabled());
        QVERIFY2(result->text().contains(u"a piece"), qPrintable(result->text()));

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc.rowCount(ProfileList::Materials), lines + 1);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        const QString path = QStringLiteral("materials[%1]").arg(lines);
        const QString id = doc.fieldText(path + QStringLiteral(".factor"));
        QCOMPARE(id, QStringLiteral("user_die_150mm2_7nm"));
        QCOMPARE(doc.fieldText(path + QStringLiteral(".unit")), QStringLiteral("piece"));
        QCOMPARE(doc.fieldText(path + QStringLiteral(".component")), QStringLiteral("processor"));
        const auto factor = m_db.factor(id);
        QVERIFY(factor);
        QVERIFY(factor->userDefined);
        QVERIFY(std::abs(factor->value - 3.8195528571) < 1e-9);
        // The evaluation takes the new line without an error.
        for (const Diagnostic &d : doc.diagnosticsAt(path))
            QVERIFY2(!d.isError(), qPrintable(d.message));
        doc.undoStack()->undo();
        QCOMPARE(doc.rowCount(ProfileList::Materials), lines);
    }
};

QTEST_MAIN(TestDieDialog)
#include "tst_diedialog.moc"
