// The uncertainty dialog, driven offscreen by objectName: a range that does not hold the value
// (min 60 g above the 52 g housing) or a GSD below 1 is refused at the field as it is typed,
// OK stays disabled, and a valid distribution goes to the document as one undo step.
#include "core/document/profiledocument.h"
#include "core/factors/factordatabase.h"
#include "ui/distributiondialog.h"

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

using namespace carbonlabel;

namespace {

const QString kPath = QStringLiteral("materials[0].quantity"); // the housing, 52 g

QString mouse()
{
    return QStringLiteral(CARBONLABEL_SOURCE_DIR
                          "/resources/examples/wireless-mouse.clprofile.json");
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestDistributionDialog : public QObject
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

    void refusedAtTheFieldAsTyped()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        DistributionDialog dialog(&doc, kPath);
        dialog.show();
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("distributionKind"));
        auto *min = dialog.findChild<QLineEdit *>(QStringLiteral("distributionMin"));
        auto *max = dialog.findChild<QLineEdit *>(QStringLiteral("distributionMax"));
        auto *gsd = dialog.findChild<QLineEdit *>(QStringLiteral("distributionGsd"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(kind && min && max && gsd && ok);

        kind->setCurrentIndex(kind->findData(static_cast<int>(lca::Distribution::Triangular)));
        QVERIFY(min->isVisible() && max->isVisible());
        QVERIFY(!ok->isEnabled()); // nothing typed yet

        // min 60 > value 52: both bounds marked before OK is pressed, OK disabled.
        type(min, QStringLiteral("60"));
        type(max, QStringLiteral("70"));
        QCOMPARE(min->property("severity").toInt(), 2);
        QVERIFY2(min->toolTip().contains(u"min <= value <= max"), qPrintable(min->toolTip()));
        QVERIFY(!ok->isEnabled());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("note"));
        QVERIFY(message->text().contains(u"min <= value <= max"));

        // A word is not a number: marked at that field alone.
        type(min, QStringLiteral("forty"));
        QCOMPARE(min->toolTip(), QStringLiteral("expected a number"));
        QCOMPARE(max->property("severity").toInt(), 0);

        // 40 <= 52 <= 70: accepted, one undo step.
        type(min, QStringLiteral("40"));
        QCOMPARE(min->property("severity").toInt(), 0);
        QCOMPARE(max->property("severity").toInt(), 0);
        QVERIFY(ok->isEnabled());
        const int steps = doc.undoStack()->count();
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto v = doc.fieldNumber(kPath);
        QVERIFY(v);
        QCOMPARE(v->distribution, lca::Distribution::Triangular);
        QCOMPARE(v->min, 40.0);
        QCOMPARE(v->value, 52.0);
        QCOMPARE(v->max, 70.0);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
    }

    void gsdBelowOneRefused()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        DistributionDialog dialog(&doc, kPath);
        dialog.show();
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("distributionKind"));
        auto *gsd = dialog.findChild<QLineEdit *>(QStringLiteral("distributionGsd"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        kind->setCurrentIndex(kind->findData(static_cast<int>(lca::Distribution::Lognormal)));
        type(gsd, QStringLiteral("0.5"));
        QCOMPARE(gsd->property("severity").toInt(), 2);
        QVERIFY(!ok->isEnabled());
        type(gsd, QStringLiteral("1.2"));
        QCOMPARE(gsd->property("severity").toInt(), 0);
        QVERIFY(ok->isEnabled());
    }
};

QTEST_MAIN(TestDistributionDialog)
#include "tst_distributiondialog.moc"
