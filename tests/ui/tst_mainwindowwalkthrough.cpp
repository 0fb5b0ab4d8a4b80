// What a walkthrough of the window as a new analyst found, driven offscreen by objectName:
// one click on a problem jumps to its field, the Analyses tab says when its results are out of
// date, autosave writes within a few seconds of the last edit with the default settings, the
// examples menu lists product names in the window's language, and a factor field shows the
// factor's name (the id while it is edited).
#include "core/document/autosaver.h"
#include "core/document/diagnosticsmodel.h"
#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "ui/analysespage.h"
#include "ui/fieldedit.h"
#include "ui/footprintpanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/profileeditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

namespace {

QString example(const char *name)
{
    return QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/") + QLatin1String(name)
            + QStringLiteral(".clprofile.json");
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestMainWindowWalkthrough : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-test-walkthrough"));
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }
    void cleanupTestCase() { QDir(Autosaver::recoveryDirectory()).removeRecursively(); }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void problemClickJumpsToField()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(example("wireless-mouse")));
        auto *lifetime = w.findChild<FieldEdit *>(QStringLiteral("field:product.lifetime_years"));
        QVERIFY(lifetime);
        type(lifetime, QStringLiteral("three"));
        QCOMPARE(lifetime->severity(), 2);
        // Away from the field: another editor tab, the focus elsewhere.
        w.editor()->tabs()->setCurrentIndex(1);
        QVERIFY(!lifetime->isVisible());
        auto *problems = w.findChild<QTableView *>(QStringLiteral("problemsTable"));
        QTRY_VERIFY(problems->isVisible());
        const QModelIndex first = problems->model()->index(0, 0);
        QCOMPARE(first.data(DiagnosticsModel::PathRole).toString(),
                 QStringLiteral("product.lifetime_years"));
        // One click, not a double click.
        auto *panel = w.findChild<FootprintPanel *>();
        QSignalSpy jumped(panel, &FootprintPanel::pathActivated);
        const QModelIndex shown = first.siblingAtColumn(DiagnosticsModel::Summary);
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                          problems->visualRect(shown).center());
        QVERIFY(!jumped.isEmpty());
        QCOMPARE(jumped.first().first().toString(), QStringLiteral("product.lifetime_years"));
        QTRY_VERIFY(lifetime->isVisible());
        QTRY_VERIFY(lifetime->hasFocus());
    }

    void analysesMarkedOutOfDate()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example("wireless-mouse")));
        w.sideTabs()->setCurrentWidget(w.analysesPage());
        auto *stale = w.findChild<QLabel *>(QStringLiteral("analysisStaleNote"));
        QVERIFY(stale);
        QVERIFY(!stale->isVisible());
        auto *lifetime = w.findChild<FieldEdit *>(QStringLiteral("field:product.lifetime_years"));
        type(lifetime, QStringLiteral("three"));
        QTRY_VERIFY(stale->isVisible());
        QVERIFY(stale->text().contains(u"Not up to date"));
        type(lifetime, QStringLiteral("4"));
        QTRY_VERIFY(!stale->isVisible());
    }

    // With the settings as they ship (no interval set by the test): within 5 s of an edit.
    void autosaveWithinFiveSecondsByDefault()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example("wireless-mouse")));
        QVERIFY(w.autosaver()->delay() <= 5000);
        QSignalSpy saved(w.autosaver(), &Autosaver::autosaved);
        QElapsedTimer clock;
        clock.start();
        w.document()->setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("6"));
        w.document()->setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("62"));
        QVERIFY(saved.wait(5000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(saved.count(), 1); // a burst of edits, one write
        w.document()->setClean();
    }

    void examplesMenuShowsProductNames()
    {
        MainWindow w;
        auto *examples = w.findChild<QMenu *>(QStringLiteral("examplesMenu"));
        QVERIFY(examples);
        const auto titles = [examples] {
            emit examples->aboutToShow();
            QStringList t;
            for (QAction *a : examples->actions())
                t << a->text();
            return t;
        };
        // wireless-mouse.clprofile.json: product.name {"en": "Wireless mouse M1", "zh": "无线鼠标
        // M1"}
        QVERIFY2(titles().contains(QStringLiteral("Wireless mouse M1")),
                 qPrintable(titles().join(u',')));
        QVERIFY(!titles().contains(QStringLiteral("wireless-mouse")));
        Settings::instance()->setValue(Settings::Language, QStringLiteral("zh_CN"));
        QTRY_VERIFY(titles().contains(QStringLiteral("无线鼠标 M1")));
        QVERIFY(titles().contains(QStringLiteral("14英寸笔记本电脑")));
        Settings::instance()->setValue(Settings::Language, QStringLiteral("en"));
    }

    // A new profile has nothing to count: the panel says what to do instead of "0 kg".
    void emptyProfileSaysWhatToDo()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *empty = w.findChild<QLabel *>(QStringLiteral("footprintEmpty"));
        auto *total = w.findChild<QLabel *>(QStringLiteral("totalValue"));
        QVERIFY(empty && total);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"Materials"));
        QCOMPARE(total->text(), QStringLiteral("—"));
        QVERIFY(!w.findChild<QTableView *>(QStringLiteral("stageTable"))->isVisible());
        QVERIFY(w.openFile(example("wireless-mouse")));
        QTRY_VERIFY(!empty->isVisible());
        QVERIFY(total->text() != QStringLiteral("—"));
    }

    // Choosing another kind or language in the Label tab does not rewrite the defaults.
    void labelTabLeavesDefaults()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example("wireless-mouse")));
        Settings *s = Settings::instance();
        const QString kind = s->value(Settings::LabelKind).toString();
        const QString language = s->value(Settings::LabelLanguage).toString();
        auto *preview = w.findChild<QWidget *>(QStringLiteral("labelPreview"));
        QVERIFY(preview);
        const QList<QComboBox *> boxes = preview->findChildren<QComboBox *>();
        QVERIFY(boxes.size() >= 2);
        for (QComboBox *box : boxes)
            box->setCurrentIndex((box->currentIndex() + 1) % box->count());
        QCOMPARE(s->value(Settings::LabelKind).toString(), kind);
        QCOMPARE(s->value(Settings::LabelLanguage).toString(), language);
    }

    // Qt's own dialogs follow the language too: qtbase's catalogue is loaded with ours.
    void qtStringsInChinese()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), u"查找范围：");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), u"保存");
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), u"Look in:");
    }

    void factorFieldShowsTheName()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(example("wireless-mouse")));
        w.editor()->tabs()->setCurrentIndex(2); // Manufacturing
        auto *grid = w.findChild<FieldEdit *>(QStringLiteral("field:manufacturing.grid"));
        QVERIFY(grid);
        QTRY_VERIFY(grid->isVisible());
        // The factor's name from the database, not grid_cn_mee_national_2023.
        QVERIFY(grid->isShowingName());
        QCOMPARE(grid->text(),
                 QStringLiteral(
                         "China national average electricity CO2 emission factor 2023 (MEE)"));
        grid->setFocus();
        QTRY_VERIFY(grid->hasFocus());
        QCOMPARE(grid->text(), QStringLiteral("grid_cn_mee_national_2023"));
        QVERIFY(!grid->isShowingName());
        // Leaving it shows the name again and changes nothing.
        w.editor()->setFocus();
        QTRY_VERIFY(!grid->hasFocus());
        QVERIFY(grid->isShowingName());
        QCOMPARE(w.document()->fieldText(QStringLiteral("manufacturing.grid")),
                 QStringLiteral("grid_cn_mee_national_2023"));
        QVERIFY(!w.document()->isModified());
    }
};

QTEST_MAIN(TestMainWindowWalkthrough)
#include "tst_mainwindowwalkthrough.moc"
