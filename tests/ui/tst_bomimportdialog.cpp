// File > Import bill of materials, driven offscreen: errors by line and column keep the profile
// from being created, "Read again" picks up the fixed file, bad product facts are marked at the
// field, and the window opens the skeleton unsaved with its hand-worked total.
#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "core/factors/factordatabase.h"
#include "ui/bomimportdialog.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace carbonlabel;

namespace {

// 52 g of ABS (mat_abs_ice, 3.76 kgCO2e/kg) and 3 IC packages (ec_ic_package_act, 0.15
// kgCO2e/piece): 0.052 x 3.76 + 3 x 0.15 = 0.19552 + 0.45 = 0.64552 kg CO2e, materials only.
const QByteArray kGood = "part_en,part_zh,factor,quantity,unit\n"
                         "Housing,外壳,mat_abs_ice,52,g\n"
                         "Integrated circuits,集成电路,ec_ic_package_act,3,piece\n";
const double kGoodTotal = 0.64552;
// Line 3, column 4 (quantity) is not a number.
const QByteArray kBad = "part_en,part_zh,factor,quantity,unit\n"
                        "Housing,外壳,mat_abs_ice,52,g\n"
                        "Integrated circuits,集成电路,ec_ic_package_act,three,piece\n";

void write(const QString &file, const QByteArray &data)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QPushButton *createButton(BomImportDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestBomImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

    QString csv() const { return m_dir.filePath(QStringLiteral("Desk Lamp.csv")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-test-bom"));
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY2(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                           m_dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(m_db.errorString()));
    }

    void errorsBlockThenReadAgain()
    {
        write(csv(), kBad);
        BomImportDialog d(&m_db, csv());
        d.show();
        QVERIFY(!createButton(d)->isEnabled());
        auto *problems = d.findChild<QListWidget *>(QStringLiteral("bomProblems"));
        QVERIFY(problems->count() >= 1);
        const QString first = problems->item(0)->text();
        QVERIFY2(first.contains(QStringLiteral("line 3"))
                         && first.contains(QStringLiteral("column 4")),
                 qPrintable(first));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("bomSummary"))
                        ->text()
                        .contains(QStringLiteral("nothing is imported")));

        // Fixed in a spreadsheet meanwhile: read again.
        write(csv(), kGood);
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("bomReload")), Qt::LeftButton);
        QVERIFY(createButton(d)->isEnabled());
        QVERIFY(d.result().ok());
        QCOMPARE(d.result().profile->materials.size(), 2);
        QCOMPARE(d.result().profile->materials[1].part.zh, QStringLiteral("集成电路"));
        // The id comes from the file name when none is typed.
        QCOMPARE(d.result().profile->product.id, QStringLiteral("desk-lamp"));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("bomSummary"))
                        ->text()
                        .startsWith(QStringLiteral("2 parts read.")));
    }

    void productFacts()
    {
        write(csv(), kGood);
        BomImportDialog d(&m_db, csv());
        d.show();
        auto *lifetime = d.findChild<QLineEdit *>(QStringLiteral("bomLifetime"));
        QTest::keyClicks(lifetime, QStringLiteral("-2"));
        QVERIFY(!createButton(d)->isEnabled());
        QCOMPARE(lifetime->property("severity").toInt(), 2);
        QVERIFY(lifetime->toolTip().contains(QStringLiteral("greater than zero")));
        lifetime->clear();
        QTest::keyClicks(lifetime, QStringLiteral("5"));
        QVERIFY(createButton(d)->isEnabled());
        QCOMPARE(lifetime->property("severity").toInt(), 0);
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("bomProductId")),
                         QStringLiteral("lamp-2"));
        // QTest types ASCII only; the Chinese name is set as an input method would.
        d.findChild<QLineEdit *>(QStringLiteral("bomNameZh"))->setText(QStringLiteral("台灯"));
        const Profile &p = *d.result().profile;
        QCOMPARE(p.product.lifetimeYears.value, 5.0);
        QCOMPARE(p.product.id, QStringLiteral("lamp-2"));
        QCOMPARE(p.product.name.zh, QStringLiteral("台灯"));
    }

    void windowOpensTheSkeletonUnsaved()
    {
        write(csv(), kGood);
        MainWindow w;
        w.show();
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionImportBom")));
        QTimer::singleShot(0, [] {
            auto *d = qobject_cast<BomImportDialog *>(QApplication::activeModalWidget());
            if (d)
                createButton(*d)->click();
        });
        QVERIFY(w.importBom(csv()));
        QCOMPARE_LE(std::abs(w.document()->evaluation().result.total() - kGoodTotal), 1e-12);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.document()->fileName().isEmpty());
        w.document()->setClean(); // nothing to ask when the window closes
    }
};

QTEST_MAIN(TestBomImportDialog)
#include "tst_bomimportdialog.moc"
