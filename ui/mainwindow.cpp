#include "ui/mainwindow.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "ui/analysespage.h"
#include "ui/batchexportdialog.h"
#include "ui/bomimportdialog.h"
#include "ui/examplesmenu.h"
#include "ui/factorbrowser.h"
#include "ui/footprintpanel.h"
#include "ui/labelpreview.h"
#include "ui/languagemanager.h"
#include "ui/profileeditor.h"
#include "ui/recentfilesmenu.h"
#include "ui/recoverybox.h"
#include "ui/settingsdialog.h"
#include "ui/unsavedchangesbox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace carbonlabel {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::make_unique<FactorDatabase>())
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!m_database->open())
        m_databaseError = m_database->errorString();
    m_library = std::make_unique<FactorLibrary>(m_database.get());
    Settings *settings = Settings::instance();

    m_document = new ProfileDocument(m_database.get(), this);
    m_document->setDefaultGrid(settings->value(Settings::DefaultGrid).toString());
    m_document->reset(ProfileDocument::blankProfile(m_document->defaultGrid()));
    m_autosaver = new Autosaver(m_document, this);
    applySetting(Settings::AutosaveEnabled);

    m_editor = new ProfileEditor(m_document, m_library.get(), this);
    m_footprint = new FootprintPanel(m_document, this);
    m_preview = new LabelPreview(m_document, this);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_footprint, QString());
    m_sideTabs->addTab(m_preview, QString());
    // The analyses that take longer than the footprint, each in its own view.
    m_analyses = new AnalysesPage(m_document, this);
    m_sideTabs->addTab(m_analyses, QString());
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setContentsMargins(8, 6, 4, 4);
    setCentralWidget(m_splitter);

    m_browser = new FactorBrowser(m_library.get(), this);
    m_browserDock = new QDockWidget(this);
    m_browserDock->setObjectName(QStringLiteral("factorBrowserDock"));
    m_browserDock->setWidget(m_browser);
    m_browserDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_browserDock);

    m_timing = new QLabel(this);
    m_timing->setObjectName(QStringLiteral("evaluationTime"));
    m_dataset = new QLabel(this);
    m_dataset->setObjectName(QStringLiteral("datasetVersion"));
    statusBar()->addPermanentWidget(m_timing);
    statusBar()->addPermanentWidget(m_dataset);

    createActions();
    createMenus();
    setAcceptDrops(true);

    connect(m_document, &ProfileDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProfileDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProfileDocument::evaluated, this, &MainWindow::updateStatus);
    connect(m_footprint, &FootprintPanel::pathActivated, this, &MainWindow::showPath);
    connect(m_library.get(), &FactorLibrary::changed, m_document, &ProfileDocument::reevaluate);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
    connect(settings, &Settings::changed, this, [this](Settings::Key key) { applySetting(key); });
    // The Label tab's kind, language and size are this window's; the defaults a new window
    // starts with change in Settings only, never behind the user's back.

    retranslateUi();
    // A comfortable first size on a laptop screen (every editor tab in view from 1440 wide;
    // narrower, the tabs scroll); later the size the user left it at.
    resize(1440, 900);
    if (QScreen *screen = QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableSize()));
    m_splitter->setSizes({720, 400});
    resizeDocks({m_browserDock}, {290}, Qt::Horizontal);
    restoreGeometry(settings->value(Settings::WindowGeometry).toByteArray());
    restoreState(settings->value(Settings::WindowState).toByteArray());
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::examplesDirectory()
{
    return QCoreApplication::applicationDirPath()
            + QStringLiteral("/../share/carbonlabel/examples");
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProfile);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportLabel);
    m_exportAction->setEnabled(m_preview->canExport()); // nothing to print on an empty profile
    connect(m_preview, &LabelPreview::canExportChanged, m_exportAction, &QAction::setEnabled);
    m_batchAction = new QAction(this);
    connect(m_batchAction, &QAction::triggered, this, &MainWindow::batchExport);
    m_importBomAction = new QAction(this);
    connect(m_importBomAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString file = QFileDialog::getOpenFileName(
                this, tr("Import bill of materials"),
                Settings::instance()->value(Settings::LastDirectory).toString(),
                tr("Bills of materials (*.csv);;All files (*)"));
        if (!file.isEmpty())
            importBom(file);
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    // Qt's own "Undo %1" / "Redo %1", translated by Qt's translations.
    m_undoAction = m_document->undoStack()->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_undoButton = new QAction(this);
    m_undoButton->setEnabled(false);
    connect(m_undoButton, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    connect(m_document->undoStack(), &QUndoStack::canUndoChanged, m_undoButton,
            &QAction::setEnabled);
    m_redoButton = new QAction(this);
    m_redoButton->setEnabled(false);
    connect(m_redoButton, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    connect(m_document->undoStack(), &QUndoStack::canRedoChanged, m_redoButton,
            &QAction::setEnabled);
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    const QList<std::pair<QAction *, const char *>> names{{m_newAction, "actionNew"},
                                                          {m_openAction, "actionOpen"},
                                                          {m_saveAction, "actionSave"},
                                                          {m_saveAsAction, "actionSaveAs"},
                                                          {m_exportAction, "actionExportLabel"},
                                                          {m_batchAction, "actionBatchExport"},
                                                          {m_importBomAction, "actionImportBom"},
                                                          {m_quitAction, "actionQuit"},
                                                          {m_undoAction, "actionUndo"},
                                                          {m_redoAction, "actionRedo"},
                                                          {m_undoButton, "toolUndo"},
                                                          {m_redoButton, "toolRedo"},
                                                          {m_settingsAction, "actionSettings"},
                                                          {m_aboutAction, "actionAbout"}};
    for (const auto &[action, name] : names)
        action->setObjectName(QLatin1String(name));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_examplesMenu = new ExamplesMenu(examplesDirectory(), this);
    m_fileMenu->addMenu(m_examplesMenu);
    connect(m_examplesMenu, &ExamplesMenu::exampleChosen, this,
            [this](const QString &file) { newFromExample(file); });
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = new RecentFilesMenu(this);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this,
            [this](const QString &file) { openFile(file); });
    m_fileMenu->addAction(m_importBomAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_batchAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_browserDock->toggleViewAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoButton);
    m_toolBar->addAction(m_redoButton);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_browserDock->toggleViewAction());
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_examplesMenu->setTitle(tr("New from &example"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_newAction->setText(tr("&New"));
    m_newAction->setToolTip(tr("Start a new, empty profile"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_exportAction->setText(tr("&Export label…"));
    m_batchAction->setText(tr("&Batch export labels…"));
    m_importBomAction->setText(tr("&Import bill of materials…"));
    m_importBomAction->setToolTip(
            tr("A new profile from a CSV of parts: part_en, part_zh, factor, quantity, unit"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    m_aboutAction->setText(tr("&About CarbonLabel"));
    m_browserDock->setWindowTitle(tr("Emission factors"));
    m_browserDock->toggleViewAction()->setText(tr("Emission &factors"));
    m_sideTabs->setTabText(0, tr("Footprint"));
    m_sideTabs->setTabText(1, tr("Label"));
    m_sideTabs->setTabText(2, tr("Analyses"));
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — CarbonLabel").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const double ms = static_cast<double>(m_document->evaluationNanoseconds()) / 1e6;
    m_timing->setText(tr("Computed in %1 ms").arg(QLocale().toString(ms, 'f', 2)));
    m_dataset->setText(m_databaseError.isEmpty()
                               ? tr("Factor dataset %1").arg(m_database->datasetVersion())
                               : tr("No factor database"));
    m_dataset->setToolTip(m_databaseError);
}

void MainWindow::applySetting(int key)
{
    Settings *s = Settings::instance();
    switch (key) {
    case Settings::Language:
        LanguageManager::instance()->setLanguage(s->value(Settings::Language).toString());
        break;
    case Settings::DefaultGrid:
        m_document->setDefaultGrid(s->value(Settings::DefaultGrid).toString());
        break;
    case Settings::AutosaveEnabled:
    case Settings::AutosaveDelaySeconds:
        m_autosaver->setDelay(s->value(Settings::AutosaveDelaySeconds).toInt() * 1000);
        m_autosaver->setEnabled(s->value(Settings::AutosaveEnabled).toBool());
        break;
    default:
        break;
    }
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    UnsavedChangesBox box(m_document->displayName(), this);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::newProfile()
{
    if (!maybeSave())
        return;
    m_document->reset(ProfileDocument::blankProfile(m_document->defaultGrid()));
    m_editor->focusPath(QStringLiteral("product.name.en"));
}

bool MainWindow::newFromExample(const QString &fileName)
{
    if (!maybeSave())
        return false;
    QFile file(fileName);
    QString error;
    if (!file.open(QIODevice::ReadOnly)
        || !m_document->openData(file.readAll(), QString(), &error)) {
        QMessageBox::warning(this, tr("New from example"),
                             error.isEmpty() ? file.errorString() : error);
        return false;
    }
    statusBar()->showMessage(
            tr("New profile from the example %1").arg(QFileInfo(fileName).fileName()), 5000);
    return true;
}

bool MainWindow::importBom(const QString &csvFile)
{
    BomImportDialog dialog(m_database.get(), csvFile, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result().ok())
        return false;
    m_document->reset(*dialog.result().profile);
    // The skeleton exists only in memory until it is saved.
    m_document->markModified();
    statusBar()->showMessage(
            tr("New profile from the bill of materials %1").arg(QFileInfo(csvFile).fileName()),
            5000);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    Settings *s = Settings::instance();
    const QString file = QFileDialog::getOpenFileName(
            this, tr("Open profile"), s->value(Settings::LastDirectory).toString(),
            tr("CarbonLabel profiles (*.clprofile.json);;JSON files (*.json);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

bool MainWindow::openFile(const QString &fileName)
{
    if (m_document->isModified() && !maybeSave())
        return false;
    QString error;
    if (!m_document->open(fileName, &error)) {
        statusBar()->showMessage(error, 10000);
        QMessageBox::warning(this, tr("Open profile"), error);
        Settings::instance()->removeRecentFile(QFileInfo(fileName).absoluteFilePath());
        return false;
    }
    Settings::instance()->addRecentFile(fileName);
    Settings::instance()->setValue(Settings::LastDirectory, QFileInfo(fileName).absolutePath());
    const int errors = m_document->errorCount();
    statusBar()->showMessage(
            errors == 0 ? tr("Opened %1").arg(m_document->displayName())
                        : tr("Opened %1 with %n problem(s), marked in the editor", nullptr, errors)
                                  .arg(m_document->displayName()),
            5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    Settings *s = Settings::instance();
    QString suggested = m_document->fileName();
    if (suggested.isEmpty()) {
        const QString id = m_document->profile().product.id;
        // Never the installed examples (read only) nor the working folder by accident.
        QString folder = s->value(Settings::LastDirectory).toString();
        if (folder.isEmpty() || !QFileInfo(folder).isWritable()
            || QDir(folder) == QDir(examplesDirectory()))
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        suggested = QDir(folder).filePath((id.isEmpty() ? QStringLiteral("profile") : id)
                                          + QStringLiteral(".clprofile.json"));
    }
    QString file = QFileDialog::getSaveFileName(this, tr("Save profile"), suggested,
                                                tr("CarbonLabel profiles (*.clprofile.json)"));
    if (file.isEmpty())
        return false;
    if (!file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        file += QStringLiteral(".clprofile.json");
    return saveTo(file);
}

bool MainWindow::saveTo(const QString &fileName)
{
    QString error;
    if (!m_document->save(fileName, &error)) {
        QMessageBox::warning(this, tr("Save profile"), error);
        return false;
    }
    Settings::instance()->addRecentFile(fileName);
    Settings::instance()->setValue(Settings::LastDirectory, QFileInfo(fileName).absolutePath());
    const int errors = m_document->errorCount();
    statusBar()->showMessage(errors == 0
                                     ? tr("Saved %1").arg(m_document->displayName())
                                     : tr("Saved %1; it still has %n problem(s)", nullptr, errors)
                                               .arg(m_document->displayName()),
                             5000);
    return true;
}

bool MainWindow::recover(const Autosaver::Recovery &recovery)
{
    QString error;
    if (!m_document->openData(recovery.profileData, recovery.originalFile, &error)) {
        QMessageBox::warning(this, tr("Recover"), error);
        return false;
    }
    // What was recovered is not on disk yet.
    m_document->markModified();
    Autosaver::discard(recovery.recoveryFile);
    statusBar()->showMessage(
            tr("Recovered the unsaved changes of %1").arg(m_document->displayName()), 8000);
    return true;
}

void MainWindow::offerRecovery()
{
    QStringList unreadable;
    const QList<Autosaver::Recovery> pending = Autosaver::pendingRecoveries(&unreadable);
    RecoveryBox::reportUnreadable(unreadable, this);
    for (const Autosaver::Recovery &r : pending) {
        RecoveryBox box(r, this);
        box.exec();
        if (box.recoverChosen()) {
            recover(r);
            return; // one document per window
        }
        if (box.deleteChosen())
            Autosaver::discard(r.recoveryFile);
    }
}

void MainWindow::exportLabel()
{
    m_sideTabs->setCurrentWidget(m_preview);
    m_preview->exportPdf();
}

void MainWindow::batchExport()
{
    BatchExportDialog dialog(m_database.get(), m_preview->options(), this);
    if (!m_document->fileName().isEmpty())
        dialog.setProfiles({m_document->fileName()});
    dialog.setOutputDirectory(Settings::instance()->value(Settings::LastDirectory).toString());
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_library.get(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About CarbonLabel"),
            tr("<h3>CarbonLabel 碳标签 %1</h3><p>Carbon footprints and carbon-transparency labels "
               "for ICT "
               "products and digital services, computed cradle to grave as ISO 14067 and GB/T "
               "24067 "
               "describe.</p><p>Factor dataset %2.</p>")
                    .arg(QStringLiteral(CARBONLABEL_VERSION), m_database->datasetVersion()));
}

void MainWindow::showPath(const QString &path)
{
    if (path.isEmpty())
        return;
    m_editor->focusPath(path);
}

QStringList MainWindow::profileFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        const QString file = url.toLocalFile();
        if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            files << file;
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!profileFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = profileFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // One profile per window: the first one dropped.
    openFile(files.first());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Settings *s = Settings::instance();
    s->setValue(Settings::WindowGeometry, saveGeometry());
    s->setValue(Settings::WindowState, saveState());
    s->sync();
    event->accept();
}

} // namespace carbonlabel
