// The real window, driven offscreen: open, edit, undo, save, export, switch language, recover.
// Expected figures are worked by hand from docs/profile-format.md
// (tests/cli/tst_footprintcommand.cpp has the mouse's arithmetic), never taken from the program.
#include "core/document/autosaver.h"
#include "core/document/diagnosticsmodel.h"
#include "core/document/factorsearchmodel.h"
#include "core/document/profiledocument.h"
#include "core/document/profilelistmodel.h"
#include "core/document/settings.h"
#include "ui/factorbrowser.h"
#include "ui/fieldedit.h"
#include "ui/footprintpanel.h"
#include "ui/labelpreview.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/profileeditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <poppler-qt6.h>

#include <functional>

using namespace carbonlabel;

namespace {

const double kMouseTotal
        = 1.22464282305; // E 1.01518200925 + D 0.07170304 + U 0.13703136 + L 0.0007264138

QString mouse()
{
    return QStringLiteral(CARBONLABEL_SOURCE_DIR
                          "/resources/examples/wireless-mouse.clprofile.json");
}

// Answers the message box named `name` with the button `pick` chooses, once it is shown, while
// this object lives. It looks every 10 ms for at most `timeoutMs`, then gives up: error() says
// which box never came, and any other message box still open is closed, since the modal loop
// waiting on it would otherwise never end. A test whose box does not appear so fails fast
// (answered() is false) instead of hanging until CTest's timeout.
class MessageBoxAnswer
{
public:
    using Pick = std::function<QAbstractButton *(QMessageBox *)>;
    static constexpr int kTimeoutMs = 5000;

    MessageBoxAnswer(const QString &name, QMessageBox::StandardButton button,
                     int timeoutMs = kTimeoutMs)
        : MessageBoxAnswer(
                name, [button](QMessageBox *box) { return box->button(button); }, timeoutMs)
    { }
    MessageBoxAnswer(const QString &name, Pick pick, int timeoutMs = kTimeoutMs)
        : m_name(name)
        , m_pick(std::move(pick))
        , m_timeoutMs(timeoutMs)
        , m_deadline(timeoutMs)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
    }
    MessageBoxAnswer(const MessageBoxAnswer &) = delete;
    MessageBoxAnswer &operator=(const MessageBoxAnswer &) = delete;

    bool answered() const { return m_answered; }
    QString error() const { return m_error; }

    // The button of a box's that has `role`, as boxes with buttons of their own need.
    static Pick role(QMessageBox::ButtonRole role)
    {
        return [role](QMessageBox *box) -> QAbstractButton * {
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == role)
                    return b;
            }
            return nullptr;
        };
    }

private:
    void poll()
    {
        QStringList others;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            if (box->objectName() != m_name) {
                others << box->objectName();
                continue;
            }
            m_timer.stop();
            if (QAbstractButton *b = m_pick(box)) {
                m_answered = true;
                b->click();
            } else {
                m_error = QStringLiteral("message box \"%1\" has no such button").arg(m_name);
                box->reject();
            }
            return;
        }
        if (!m_deadline.hasExpired())
            return;
        m_timer.stop();
        m_error = QStringLiteral("no message box \"%1\" was shown within %2 ms")
                          .arg(m_name)
                          .arg(m_timeoutMs);
        if (!others.isEmpty())
            m_error += QStringLiteral("; closed the box(es) open instead: \"%1\"")
                               .arg(others.join(QStringLiteral("\", \"")));
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                box->reject();
        }
    }

    QString m_name;
    Pick m_pick;
    int m_timeoutMs;
    QDeadlineTimer m_deadline;
    QTimer m_timer;
    bool m_answered = false;
    QString m_error;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static double total(const MainWindow &w) { return w.document()->evaluation().result.total(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-test-ui"));
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }
    void cleanupTestCase() { QDir(Autosaver::recoveryDirectory()).removeRecursively(); }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void openExample()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(mouse()));
        QCOMPARE_LE(std::abs(total(w) - kMouseTotal), 1e-9);
        // The panel shows it to three significant figures, as the label does.
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("totalValue"))->text(),
                 QStringLiteral("1.22"));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("wireless-mouse.clprofile.json")));
        QVERIFY(!w.isWindowModified());
        // The stage table in the panel: materials & manufacturing first.
        auto *stages = w.findChild<QTableView *>(QStringLiteral("stageTable"));
        QCOMPARE(stages->model()->index(0, 1).data().toString(), QStringLiteral("1.02"));
    }

    // A laptop has published peers: the panel shows both bands with the counts and
    // percentiles (n=452 totals and n=226 manufacturing figures, docs/benchmark.md; the example's
    // 220.3 kg is above 73 of the 452 totals, percentile 16.2, and its 194.4 kg manufacturing
    // above 75 of the 226, percentile 33.2: tst_sheetrenderer's publishedPeers), in Chinese too;
    // a mouse has none and no section.
    void peerBandsShownForAGroup()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(
                QFileInfo(mouse()).dir().filePath(QStringLiteral("laptop-14.clprofile.json"))));
        auto *peers = w.findChild<QWidget *>(QStringLiteral("peerBands"));
        QVERIFY(peers);
        QTRY_VERIFY(peers->isVisible());
        auto *totalText = peers->findChild<QLabel *>(QStringLiteral("peerTotalText"));
        QCOMPARE(totalText->text(), QStringLiteral("Total\nn=452 · percentile 16"));
        QCOMPARE(peers->findChild<QLabel *>(QStringLiteral("peerManufacturingText"))->text(),
                 QStringLiteral("Manufacturing\nn=226 · percentile 33"));
        QVERIFY(peers->findChild<QLabel *>(QStringLiteral("peerAttribution"))
                        ->text()
                        .contains(QStringLiteral("ODbL 1.0")));
        QVERIFY(peers->findChild<QWidget *>(QStringLiteral("peerTotalBand"))->height()
                >= 2 * totalText->fontMetrics().height());
        Settings::instance()->setValue(Settings::Language, QStringLiteral("zh_CN"));
        QTRY_COMPARE(totalText->text(), QStringLiteral("总量\nn=452 · 第 16 百分位"));
        Settings::instance()->setValue(Settings::Language, QStringLiteral("en"));
        w.document()->setClean();
        QVERIFY(w.openFile(mouse()));
        QTRY_VERIFY(!peers->isVisible());
    }

    // File > Open recent lists what was opened and opens it again; New from example lists the
    // installed examples and starts an untitled copy.
    void recentAndExampleMenus()
    {
        Settings::instance()->setValue(Settings::RecentFiles, QStringList());
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(mouse()));
        w.newProfile();
        QVERIFY(w.document()->fileName().isEmpty());

        auto *recent = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QCOMPARE(recent->actions().first()->text(),
                 QStringLiteral("wireless-mouse.clprofile.json"));
        recent->actions().first()->trigger();
        QCOMPARE(QFileInfo(w.document()->fileName()).fileName(),
                 QStringLiteral("wireless-mouse.clprofile.json"));

        auto *examples = w.findChild<QMenu *>(QStringLiteral("examplesMenu"));
        QVERIFY(examples);
        emit examples->aboutToShow();
        QStringList titles;
        for (QAction *a : examples->actions())
            titles << a->text();
        // Product names, not file names (laptop-14.clprofile.json's product.name.en).
        QVERIFY2(titles.contains(QStringLiteral("14-inch laptop")), qPrintable(titles.join(u',')));
        QVERIFY(!titles.contains(QStringLiteral("laptop-14")));
        examples->actions().at(titles.indexOf(QStringLiteral("14-inch laptop")))->trigger();
        QVERIFY(w.document()->fileName().isEmpty()); // a copy, not the installed file
        QCOMPARE(w.document()->profile().product.id, QStringLiteral("laptop-14"));
    }

    void editQuantityInTable()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(mouse()));
        w.editor()->tabs()->setCurrentIndex(1);
        auto *view = w.findChild<QTableView *>(QStringLiteral("table:materials"));
        QVERIFY(view);
        auto *model = qobject_cast<ProfileListModel *>(view->model());
        const QModelIndex housing = model->index(0, model->column(QStringLiteral("quantity")));
        QSignalSpy evaluated(w.document(), &ProfileDocument::evaluated);
        view->setCurrentIndex(housing);
        view->edit(housing);
        auto *editor = view->findChild<QLineEdit *>(QStringLiteral("cellEditor"));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("62"));
        // Live: every keystroke evaluates, before the editor closes.
        QCOMPARE(evaluated.count(), 2);
        // 10 g more ABS: 0.010 kg x 3.76 kgCO2e/kg x 1.03 yield = 0.038728 kg; mass_kg is
        // declared, so distribution and end of life stay as they were.
        QCOMPARE_LE(std::abs(total(w) - (kMouseTotal + 0.038728)), 1e-9);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("totalValue"))->text(),
                 QStringLiteral("1.26"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.document()->undoStack()->count(), 1);

        // Undo and redo through the Edit menu's actions.
        w.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE_LE(std::abs(total(w) - kMouseTotal), 1e-9);
        QCOMPARE(model->data(housing, Qt::EditRole).toString(), QStringLiteral("52"));
        QVERIFY(!w.isWindowModified());
        w.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE_LE(std::abs(total(w) - (kMouseTotal + 0.038728)), 1e-9);
        QCOMPARE(model->data(housing, Qt::EditRole).toString(), QStringLiteral("62"));
    }

    void badValueMarkedAtField()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(mouse()));
        auto *lifetime = w.findChild<FieldEdit *>(QStringLiteral("field:product.lifetime_years"));
        QVERIFY(lifetime);
        QCOMPARE(lifetime->text(), QStringLiteral("3"));
        lifetime->setFocus();
        lifetime->selectAll();
        QTest::keyClicks(lifetime, QStringLiteral("three"));
        QCOMPARE(lifetime->severity(), 2);
        // The reader's message, at the field, and what was typed is still there.
        QVERIFY2(lifetime->toolTip().contains(QStringLiteral("\"three\"")),
                 qPrintable(lifetime->toolTip()));
        QCOMPARE(lifetime->text(), QStringLiteral("three"));
        auto *problems = w.findChild<QTableView *>(QStringLiteral("problemsTable"));
        QCOMPARE(problems->model()->index(0, 0).data(DiagnosticsModel::PathRole).toString(),
                 QStringLiteral("product.lifetime_years"));
        // No dialog was opened for it.
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QMessageBox *>(top) || !top->isVisible());
        // The panel keeps the last valid total, marked stale.
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("totalValue"))->property("stale").toBool(),
                 true);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("staleNote"))->isVisible());
        // Fixing it: lifetime 4 years makes the use phase 4/3 as large:
        // U = 0.13703136 x 4/3 = 0.18270848, total = 1.22464282305 + 0.04567712
        lifetime->selectAll();
        QTest::keyClicks(lifetime, QStringLiteral("4"));
        QCOMPARE(lifetime->severity(), 0);
        QCOMPARE_LE(std::abs(total(w) - (kMouseTotal + 0.04567712)), 1e-9);
    }

    void saveReopenIdentical()
    {
        const QString file = m_dir.filePath(QStringLiteral("mouse.clprofile.json"));
        QByteArray saved;
        {
            MainWindow w;
            QVERIFY(w.openFile(mouse()));
            w.document()->setFieldText(QStringLiteral("product.name.zh"),
                                       QStringLiteral("无线鼠标 M2"));
            QVERIFY(w.isWindowModified());
            QVERIFY(w.saveTo(file));
            QVERIFY(!w.isWindowModified());
            QCOMPARE(w.document()->fileName(), file);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            saved = f.readAll();
            QCOMPARE(Settings::instance()->recentFiles().value(0), file);
        }
        MainWindow again;
        QVERIFY(again.openFile(file));
        QCOMPARE(again.document()->toData(), saved);
        QCOMPARE(again.document()->profile().product.name.zh, QStringLiteral("无线鼠标 M2"));
        QCOMPARE_LE(std::abs(total(again) - kMouseTotal), 1e-9);
    }

    void exportLabelReadBack()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(mouse()));
        LabelPreview *preview = w.labelPreview();
        LabelOptions options;
        options.kind = LabelOptions::Kind::Badge;
        options.language = LabelOptions::Language::Both;
        options.sizeMm = QSizeF(60, 90);
        preview->setOptions(options);
        w.sideTabs()->setCurrentWidget(preview);
        preview->renderNow();
        QVERIFY(!preview->pdf().isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("mouse-badge.pdf"));
        QString error;
        QVERIFY2(preview->exportTo(file, &error), qPrintable(error));
        const auto pdf = Poppler::Document::load(file);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 1);
        const auto page = pdf->page(0);
        // 60 x 90 mm in points: 60 / 25.4 x 72 = 170.079, 90 / 25.4 x 72 = 255.118
        QCOMPARE_LE(std::abs(page->pageSizeF().width() - 170.079), 0.3);
        QCOMPARE_LE(std::abs(page->pageSizeF().height() - 255.118), 0.3);
        const QString text = page->text(QRectF());
        // The label rounds to three significant digits: 1.22464 -> 1.22.
        QVERIFY2(text.contains(QStringLiteral("1.22")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("碳足迹")));
        QVERIFY(text.contains(QStringLiteral("Materials & manufacturing")));
        QVERIFY(text.contains(QStringLiteral("原材料与制造")));

        // The range checkbox: the badge with LabelOptions::range, the range under the total.
        auto *range = preview->findChild<QCheckBox *>(QStringLiteral("labelRange"));
        QVERIFY(range && range->isVisible() && !range->isChecked());
        range->setChecked(true);
        QVERIFY(preview->options().range);
        preview->renderNow();
        const auto ranged = Poppler::Document::loadFromData(preview->pdf());
        QVERIFY(ranged);
        const QString rangedText = ranged->page(0)->text(QRectF());
        QVERIFY2(rangedText.contains(QStringLiteral("90% range / 90%区间 (P5–P95): ")),
                 qPrintable(rangedText));
    }

    void switchLanguage()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(mouse()));
        QTabWidget *tabs = w.editor()->tabs();
        QCOMPARE(tabs->tabText(1), QStringLiteral("Materials"));
        Settings::instance()->setValue(Settings::Language, QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("zh_CN"));
        // Qt posts QEvent::LanguageChange to the windows: it arrives with the event loop.
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("材料"));
        QCOMPARE(w.sideTabs()->tabText(0), QStringLiteral("碳足迹"));
        auto *stages = w.findChild<QTableView *>(QStringLiteral("stageTable"));
        QCOMPARE(stages->model()->index(0, 0).data().toString(), QStringLiteral("原材料与制造"));
        // The stage is 运输分销 (transport and distribution), never 分布, the statistical
        // distribution of the uncertainty dialog: the same English word in another context.
        QCOMPARE(stages->model()->index(1, 0).data().toString(), QStringLiteral("运输分销"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("运输分销"));
        QCOMPARE(stages->model()->index(2, 0).data().toString(),
                 QStringLiteral("使用阶段（设备）"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("totalUnit"))->text(),
                 QStringLiteral("千克二氧化碳当量"));
        // Factor names follow: the housing's factor in Chinese.
        auto *materials = w.findChild<QTableView *>(QStringLiteral("table:materials"));
        auto *model = qobject_cast<ProfileListModel *>(materials->model());
        QVERIFY(model->index(0, model->column(QStringLiteral("factor")))
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("ABS塑料")));
        Settings::instance()->setValue(Settings::Language, QStringLiteral("en"));
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Materials"));
    }

    void autosaveAndRecover()
    {
        QString recoveryFile;
        {
            MainWindow w;
            QVERIFY(w.openFile(mouse()));
            w.autosaver()->setDelay(50);
            QSignalSpy saved(w.autosaver(), &Autosaver::autosaved);
            w.document()->setFieldText(QStringLiteral("materials[0].quantity"),
                                       QStringLiteral("62"));
            QVERIFY(saved.wait(3000));
            recoveryFile = w.autosaver()->recoveryFile();
            QVERIFY(QFile::exists(recoveryFile));
            // A crash leaves the file without its running owner: copy it as such.
            QVERIFY(QFile::copy(recoveryFile,
                                Autosaver::recoveryDirectory()
                                        + QStringLiteral("/crash.clrecovery.json")));
            w.document()->setClean(); // closes without asking, and removes its own file
        }
        QVERIFY(!QFile::exists(recoveryFile));
        {
            // "Decide later": nothing opened, nothing deleted; offered again next time.
            MainWindow first;
            first.show();
            MessageBoxAnswer later(QStringLiteral("recoveryBox"),
                                   MessageBoxAnswer::role(QMessageBox::RejectRole));
            first.offerRecovery();
            QVERIFY2(later.answered(), qPrintable(later.error()));
            QVERIFY(first.document()->fileName().isEmpty());
            QCOMPARE(Autosaver::pendingRecoveries().size(), 1);
        }
        MainWindow next;
        next.show();
        MessageBoxAnswer recover(QStringLiteral("recoveryBox"),
                                 MessageBoxAnswer::role(QMessageBox::AcceptRole)); // "Recover"
        next.offerRecovery();
        QVERIFY2(recover.answered(), qPrintable(recover.error()));
        QCOMPARE(next.document()->fileName(), mouse());
        QCOMPARE(next.document()->fieldText(QStringLiteral("materials[0].quantity")),
                 QStringLiteral("62"));
        QVERIFY(next.isWindowModified());
        QCOMPARE_LE(std::abs(total(next) - (kMouseTotal + 0.038728)), 1e-9);
        QVERIFY(Autosaver::pendingRecoveries().isEmpty());
        next.document()->setClean();
    }

    void closeAsksAboutUnsavedChanges()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(mouse()));
        w.document()->setFieldText(QStringLiteral("product.id"), QStringLiteral("mouse-m2"));
        {
            MessageBoxAnswer cancel(QStringLiteral("unsavedChangesBox"), QMessageBox::Cancel);
            QVERIFY(!w.close());
            QVERIFY2(cancel.answered(), qPrintable(cancel.error()));
        }
        QVERIFY(w.isVisible());
        MessageBoxAnswer discard(QStringLiteral("unsavedChangesBox"), QMessageBox::Discard);
        QVERIFY(w.close());
        QVERIFY2(discard.answered(), qPrintable(discard.error()));
    }

    // The box helper itself: a box that never comes fails the wait within its timeout, and a
    // different box left open (its modal loop would wait forever) is closed.
    void messageBoxAnswerGivesUp()
    {
        QElapsedTimer clock;
        clock.start();
        MessageBoxAnswer answer(QStringLiteral("neverShown"), QMessageBox::Ok, 200);
        QMessageBox other(QMessageBox::Information, QStringLiteral("Other"),
                          QStringLiteral("Not the box waited for"), QMessageBox::Ok);
        other.setObjectName(QStringLiteral("otherBox"));
        other.exec(); // returns only because the helper gives up and closes it
        QVERIFY(!answer.answered());
        QVERIFY2(answer.error().contains(QStringLiteral("\"neverShown\"")),
                 qPrintable(answer.error()));
        QVERIFY2(answer.error().contains(QStringLiteral("\"otherBox\"")),
                 qPrintable(answer.error()));
        QCOMPARE_LT(clock.elapsed(), MessageBoxAnswer::kTimeoutMs);
    }

    // A factor_snapshot entry of the wrong type ("unit": 5) is an error at its JSON path in the
    // problems table, never an exception out of the event loop; the footprint, which uses the
    // database's values, is the mouse's.
    void snapshotEntryOfWrongType()
    {
        QFile f(mouse());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        data.replace("\"offsets\"",
                     "\"factor_snapshot\": {\"mat_abs_ice\": {\"value\": 3.76, \"unit\": 5, "
                     "\"source\": \"ICE\", \"dataset_version\": \"2026.1\"}, "
                     "\"ec_pcb_2layer_act\": {\"value\": \"x\", \"unit\": []}, "
                     "\"grid_cn_mee_national_2023\": 7},\n  \"offsets\"");
        const QString file = m_dir.filePath(QStringLiteral("bad-snapshot.clprofile.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();

        MainWindow w;
        w.show();
        QVERIFY(w.openFile(file));
        QCoreApplication::processEvents();
        QCOMPARE_LE(std::abs(total(w) - kMouseTotal), 1e-9);
        auto *problems = w.findChild<QTableView *>(QStringLiteral("problemsTable"));
        QStringList paths;
        for (int row = 0; row < problems->model()->rowCount(); ++row)
            paths << problems->model()->index(row, 0).data(DiagnosticsModel::PathRole).toString();
        QVERIFY2(paths.contains(QStringLiteral("factor_snapshot.mat_abs_ice.unit")),
                 qPrintable(paths.join(u',')));
        QVERIFY2(paths.contains(QStringLiteral("factor_snapshot.grid_cn_mee_national_2023")),
                 qPrintable(paths.join(u',')));
        // The malformed records are no records: nothing to review in the banner...
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("snapshotBanner"))->isVisible());
        // ...and a save records the database's values in their place: the file reads cleanly.
        const QString saved = m_dir.filePath(QStringLiteral("repaired.clprofile.json"));
        QVERIFY(w.saveTo(saved));
        MainWindow again;
        QVERIFY(again.openFile(saved));
        for (const Diagnostic &d : again.document()->evaluation().diagnostics)
            QVERIFY2(!d.path.startsWith(QLatin1String("factor_snapshot")),
                     qPrintable(d.toString()));
    }

    // A recovery file this program cannot read is reported once and set aside (renamed to
    // *.bad), never offered again and never a crash; a good one beside it is still offered.
    void malformedRecoveryFileSetAside()
    {
        const QDir dir(Autosaver::recoveryDirectory());
        const QString bad = dir.filePath(QStringLiteral("malformed.clrecovery.json"));
        const QString empty = dir.filePath(QStringLiteral("empty-profile.clrecovery.json"));
        for (const auto &[path, text] :
             {std::pair{bad,
                        QByteArray(R"({"format":"carbonlabel-recovery","file":7,"profile":{}})")},
              std::pair{
                      empty,
                      QByteArray(R"({"format":"carbonlabel-recovery","file":"","profile":{}})")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        {
            MainWindow w;
            w.show();
            MessageBoxAnswer report(QStringLiteral("recoveryProblemBox"), QMessageBox::Ok);
            MessageBoxAnswer offered(QStringLiteral("recoveryBox"),
                                     MessageBoxAnswer::role(QMessageBox::DestructiveRole), 500);
            w.offerRecovery();
            QVERIFY2(report.answered(), qPrintable(report.error()));
            QVERIFY(!offered.answered()); // neither is offered for recovery
            QVERIFY(!QFile::exists(bad));
            QVERIFY(QFile::exists(bad + QStringLiteral(".bad")));
            QVERIFY(!QFile::exists(empty));
            QVERIFY(QFile::exists(empty + QStringLiteral(".bad")));
        }
        // The next start says nothing more about them.
        MainWindow next;
        next.show();
        MessageBoxAnswer report(QStringLiteral("recoveryProblemBox"), QMessageBox::Ok, 500);
        MessageBoxAnswer offered(QStringLiteral("recoveryBox"),
                                 MessageBoxAnswer::role(QMessageBox::DestructiveRole), 500);
        next.offerRecovery();
        QVERIFY(!report.answered());
        QVERIFY(!offered.answered());
        QFile::remove(bad + QStringLiteral(".bad"));
        QFile::remove(empty + QStringLiteral(".bad"));
    }

    void dropProfile()
    {
        MainWindow w;
        w.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(mouse())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.document()->fileName(), mouse());
        QCOMPARE_LE(std::abs(total(w) - kMouseTotal), 1e-9);
    }

    void factorBrowserSearch()
    {
        MainWindow w;
        w.show();
        FactorBrowser *browser = w.factorBrowser();
        browser->searchEdit()->insert(QStringLiteral("塑料")); // as an input method would
        QVERIFY(browser->model()->rowOf(QStringLiteral("mat_abs_ice")) >= 0);
        browser->searchEdit()->clear();
        QTest::keyClicks(browser->searchEdit(), QStringLiteral("mat_abs_ice"));
        // An exact id comes first; its details give value, unit and source.
        QCOMPARE(browser->model()->factor(0).id, QStringLiteral("mat_abs_ice"));
        const QString details = browser->details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("3.76")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("kgCO2e/kg")));
        QVERIFY(details.contains(QStringLiteral("ICE")));
    }

    void snapshotDifferenceFlagged()
    {
        MainWindow w;
        w.show();
        QFile f(mouse());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        // As if saved when the housing's ABS was recorded at 3.5 kgCO2e/kg.
        data.replace(
                "\"offsets\"",
                "\"factor_snapshot\": {\"mat_abs_ice\": {\"value\": 3.5, \"unit\": \"kgCO2e/kg\", "
                "\"source\": \"old\", \"dataset_version\": \"2020.1\"}},\n  \"offsets\"");
        const QString file = m_dir.filePath(QStringLiteral("old.clprofile.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        QVERIFY(w.openFile(file));
        auto *banner = w.findChild<QWidget *>(QStringLiteral("snapshotBanner"));
        QVERIFY(banner->isVisible());
        auto *materials = w.findChild<QTableView *>(QStringLiteral("table:materials"));
        auto *model = qobject_cast<ProfileListModel *>(materials->model());
        const QModelIndex factor = model->index(0, model->column(QStringLiteral("factor")));
        QVERIFY(factor.data(ProfileListModel::SnapshotChangedRole).toBool());
        QVERIFY(factor.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3.5")));
        w.document()->updateSnapshot(QStringLiteral("mat_abs_ice"));
        QVERIFY(!banner->isVisible());
        QVERIFY(!factor.data(ProfileListModel::SnapshotChangedRole).toBool());
        w.document()->setClean();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
