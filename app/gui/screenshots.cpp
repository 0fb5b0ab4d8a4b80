// carbonlabel-screenshots OUTDIR: every window and dialog of the program, in English and
// Chinese, grabbed offscreen to PNG files, for looking at them (docs/gui.md). Not installed.
#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "core/factors/factorlibrary.h"
#include "ui/analysespage.h"
#include "ui/appstyle.h"
#include "ui/batchexportdialog.h"
#include "ui/bomimportdialog.h"
#include "ui/diedialog.h"
#include "ui/distributiondialog.h"
#include "ui/factorbrowser.h"
#include "ui/factordialog.h"
#include "ui/labelpreview.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/profileeditor.h"
#include "ui/refreshview.h"
#include "ui/settingsdialog.h"
#include "ui/unsavedchangesbox.h"
#include "ui/whererunview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace carbonlabel;

static void grab(QWidget *w, const QString &file)
{
    w->show();
    QTest::qWait(300); // let the label preview render and layouts settle
    w->grab().save(file);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    const QString out = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(out);
    QTemporaryDir settingsDir;
    Settings::setFileName(settingsDir.filePath(QStringLiteral("settings.ini")));
    LanguageManager::loadFonts();
    AppStyle::apply(app);
    const QString example
            = MainWindow::examplesDirectory() + QStringLiteral("/wireless-mouse.clprofile.json");

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        LanguageManager::instance()->setLanguage(language);
        const QString suffix
                = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh");
        auto path = [&](const QString &name) {
            return QDir(out).filePath(name + QLatin1Char('-') + suffix + QStringLiteral(".png"));
        };
        MainWindow window;
        window.openFile(example);
        window.resize(1440, 900);
        grab(&window, path(QStringLiteral("main-window")));
        QTabWidget *tabs = window.editor()->tabs();
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            grab(&window,
                 path(QStringLiteral("editor-%1")
                              .arg(tabs->widget(i)->objectName().section(QLatin1Char(':'), 1))));
        }
        tabs->setCurrentIndex(1);
        // A bad value, marked at its field.
        window.document()->setFieldText(QStringLiteral("materials[1].quantity"),
                                        QStringLiteral("three"));
        grab(&window, path(QStringLiteral("bad-value")));
        window.document()->undoStack();
        window.document()->setFieldText(QStringLiteral("materials[1].quantity"),
                                        QStringLiteral("3"));
        window.sideTabs()->setCurrentWidget(window.labelPreview());
        grab(&window, path(QStringLiteral("label-preview")));
        // The uncertainty view needs numbers with distributions: a lifetime of 2 to 5 years
        // (triangular, mode 3) and a lognormal count of chips.
        {
            QFile f(example);
            f.open(QIODevice::ReadOnly);
            QByteArray data = f.readAll();
            data.replace("\"lifetime_years\": 3",
                         "\"lifetime_years\": {\"value\": 3, \"min\": 2, \"max\": 5}");
            data.replace("\"quantity\": 3, \"unit\": \"piece\"",
                         "\"quantity\": {\"value\": 3, \"gsd\": 1.3}, \"unit\": \"piece\"");
            window.document()->setClean();
            window.document()->openData(data, example, nullptr);
        }
        window.sideTabs()->setCurrentWidget(window.analysesPage());
        for (int i = 0; i < window.analysisTabs()->count(); ++i) {
            window.analysisTabs()->setCurrentIndex(i);
            grab(&window,
                 path(QStringLiteral("analysis-%1")
                              .arg(window.analysisTabs()->widget(i)->objectName())));
        }
        window.document()->setClean(); // no "unsaved changes" question in a tool
        window.openFile(MainWindow::examplesDirectory()
                        + QStringLiteral("/ai-assistant.clprofile.json"));
        window.analysisTabs()->setCurrentWidget(window.whereRunView());
        grab(&window, path(QStringLiteral("analysis-whereRun-ai")));
        // No device to replace: the refresh view says what to add instead of a best cycle.
        window.analysisTabs()->setCurrentWidget(window.refreshView());
        grab(&window, path(QStringLiteral("analysis-refresh-nodevice")));
        // A product with a peer group: the footprint panel shows the published band.
        window.openFile(MainWindow::examplesDirectory()
                        + QStringLiteral("/laptop-14.clprofile.json"));
        // The laptop's refresh cycles: seven lines named at their ends, round ticks.
        grab(&window, path(QStringLiteral("analysis-refresh-laptop")));
        // Its bilingual sheet fitted to the width, then page 2 at 150 %.
        {
            LabelPreview *preview = window.labelPreview();
            const LabelOptions before = preview->options();
            LabelOptions sheet = before;
            sheet.kind = LabelOptions::Kind::Sheet;
            sheet.language = LabelOptions::Language::Both;
            preview->setOptions(sheet);
            window.sideTabs()->setCurrentWidget(preview);
            grab(&window, path(QStringLiteral("label-preview-sheet")));
            preview->setZoom(1.5);
            if (auto *next = preview->findChild<QToolButton *>(QStringLiteral("nextPage")))
                next->click();
            grab(&window, path(QStringLiteral("label-preview-sheet-zoom")));
            preview->setOptions(before);
        }
        window.sideTabs()->setCurrentIndex(0);
        grab(&window, path(QStringLiteral("footprint-peers")));
        window.openFile(example);
        window.sideTabs()->setCurrentIndex(0);
        window.factorBrowser()->searchEdit()->setText(QStringLiteral("aluminium"));
        grab(&window, path(QStringLiteral("factor-search")));

        DistributionDialog distribution(window.document(), QStringLiteral("product.lifetime_years"),
                                        &window);
        grab(&distribution, path(QStringLiteral("distribution-dialog")));
        DieDialog die(window.document(), window.library(), &window);
        die.findChild<QLineEdit *>(QStringLiteral("dieArea"))->setText(QStringLiteral("150"));
        grab(&die, path(QStringLiteral("die-dialog")));
        SettingsDialog settings(window.library(), &window);
        grab(&settings, path(QStringLiteral("settings-dialog")));
        FactorDialog newFactor(window.library(), nullptr, &window);
        grab(&newFactor, path(QStringLiteral("factor-dialog")));
        newFactor.accept(); // empty names and an id of "user_": marked at the fields
        grab(&newFactor, path(QStringLiteral("factor-dialog-errors")));
        BatchExportDialog batch(nullptr, window.labelPreview()->options(), &window);
        batch.setProfiles(
                {example,
                 MainWindow::examplesDirectory() + QStringLiteral("/laptop-14.clprofile.json")});
        batch.setOutputDirectory(QDir::homePath() + QStringLiteral("/labels"));
        grab(&batch, path(QStringLiteral("batch-dialog")));
        // A bill of materials with an unknown factor: the error names line and column and
        // suggests factors.
        const QString bom = settingsDir.filePath(QStringLiteral("desk-lamp.csv"));
        if (QFile f(bom); f.open(QIODevice::WriteOnly)) {
            f.write("part_en,part_zh,factor,quantity,unit\n"
                    "Housing,外壳,mat_abs_ice,52,g\n"
                    "Arm,灯臂,aluminium,120,g\n");
        }
        BomImportDialog bomDialog(window.library()->database(), bom, &window);
        grab(&bomDialog, path(QStringLiteral("bom-import-dialog")));

        UnsavedChangesBox unsaved(window.document()->displayName(), &window);
        grab(&unsaved, path(QStringLiteral("unsaved-dialog")));
        // A new profile: nothing to print yet.
        window.document()->reset(ProfileDocument::blankProfile(window.document()->defaultGrid()));
        window.sideTabs()->setCurrentWidget(window.labelPreview());
        grab(&window, path(QStringLiteral("label-preview-empty")));
        window.document()->setClean();
        window.close();
    }
    return 0;
}
