// The window up with the mouse example (goal: under 0.5 s), and one keystroke in a
// quantity through the whole window: undo command, evaluation, every model and view that
// listens (goal: under 50 ms; the goals are in docs/development.md).
#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "ui/appstyle.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class BenchStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString mouse()
    {
        return QStringLiteral(CARBONLABEL_SOURCE_DIR
                              "/resources/examples/wireless-mouse.clprofile.json");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-bench-startup"));
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    // What main() does before the event loop, timed from a running QApplication: fonts,
    // style, language, the window with its factor database, the profile, shown and exposed.
    void windowUp()
    {
        QElapsedTimer timer;
        timer.start();
        qint64 ms = 0;
        QBENCHMARK_ONCE {
            LanguageManager::loadFonts();
            AppStyle::apply(*qApp);
            LanguageManager::instance()->setLanguage(QStringLiteral("en"));
            MainWindow window;
            QVERIFY(window.openFile(mouse()));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCoreApplication::processEvents();
            ms = timer.elapsed();
            window.document()->setClean();
        }
        qInfo("window up with the mouse example in %lld ms (goal < 500 ms)", ms);
    }

    void keystroke()
    {
        MainWindow window;
        QVERIFY(window.openFile(mouse()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProfileDocument *doc = window.document();
        int i = 0;
        QBENCHMARK {
            doc->setFieldText(QStringLiteral("materials[0].quantity"),
                              (++i % 2) ? QStringLiteral("62") : QStringLiteral("52"));
        }
        qInfo("last evaluation alone: %.3f ms",
              static_cast<double>(doc->evaluationNanoseconds()) / 1e6);
        doc->setClean();
    }
};

QTEST_MAIN(BenchStartup)
#include "bench_startup.moc"
