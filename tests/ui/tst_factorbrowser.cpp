// The factor browser's details, driven offscreen: a factor's notes and data-quality reason are
// shown in the language of the window, in English where the factor has no Chinese.
#include "core/document/factorsearchmodel.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "ui/factorbrowser.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace carbonlabel;

class TestFactorBrowser : public QObject
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

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void notesInTheWindowsLanguage()
    {
        FactorLibrary library(&m_db);
        FactorBrowser browser(&library);
        browser.show();
        QTest::keyClicks(browser.searchEdit(), QStringLiteral("mat_abs_ice"));
        QCOMPARE(browser.model()->factor(0).id, QStringLiteral("mat_abs_ice"));
        // ICE v2 ABS, factors.csv.
        const QString en = QStringLiteral(
                "Cradle-to-gate. Feedstock energy included; excludes final fabrication.");
        const QString zh = QStringLiteral("从摇篮到大门。含原料能；不含最终加工。");
        QString details = browser.details()->toPlainText();
        QVERIFY2(details.contains(en) && !details.contains(zh), qPrintable(details));
        QVERIFY2(details.contains(u"A review of published inventories"), qPrintable(details));

        // The window switched to Chinese (LanguageManager sets the locale, then retranslates).
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        browser.retranslateUi();
        details = browser.details()->toPlainText();
        QVERIFY2(details.contains(zh) && !details.contains(en), qPrintable(details));
        QVERIFY2(details.contains(u"对已发表清单的综述"), qPrintable(details));

        // A user factor with English notes only: the English, in Chinese too.
        Factor mine = *m_db.factor(QStringLiteral("mat_abs_ice"));
        mine.id = QStringLiteral("user_abs");
        mine.notesEn = QStringLiteral("Our own measurement.");
        mine.notesZh.clear();
        mine.qualityNoteZh.clear();
        QString error;
        QVERIFY2(library.addUserFactor(mine, &error), qPrintable(error));
        browser.searchEdit()->clear();
        QTest::keyClicks(browser.searchEdit(), QStringLiteral("user_abs"));
        QCOMPARE(browser.model()->factor(0).id, QStringLiteral("user_abs"));
        details = browser.details()->toPlainText();
        QVERIFY2(details.contains(u"Our own measurement."), qPrintable(details));
        QVERIFY2(details.contains(u"A review of published inventories"), qPrintable(details));
    }
};

QTEST_MAIN(TestFactorBrowser)
#include "tst_factorbrowser.moc"
