#pragma once

#include "core/document/autosaver.h"
#include "ui/analysespage.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QSplitter;
class QTabWidget;

namespace carbonlabel {

class ExamplesMenu;
class FactorBrowser;
class FactorDatabase;
class FactorLibrary;
class FootprintPanel;
class LabelPreview;
class ProfileDocument;
class ProfileEditor;
class RecentFilesMenu;
class RefreshView;
class UncertaintyView;
class WhereRunView;

// The CarbonLabel window: the profile editor on the left, the live footprint and the label
// preview on the right, the factor browser in a dock. Opens, saves and recovers profiles;
// retranslates itself when the language changes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfileDocument *document() const { return m_document; }
    FactorLibrary *library() const { return m_library.get(); }
    ProfileEditor *editor() const { return m_editor; }
    FootprintPanel *footprintPanel() const { return m_footprint; }
    LabelPreview *labelPreview() const { return m_preview; }
    FactorBrowser *factorBrowser() const { return m_browser; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    AnalysesPage *analysesPage() const { return m_analyses; }
    QTabWidget *analysisTabs() const { return m_analyses->tabs(); }
    UncertaintyView *uncertaintyView() const { return m_analyses->uncertaintyView(); }
    RefreshView *refreshView() const { return m_analyses->refreshView(); }
    WhereRunView *whereRunView() const { return m_analyses->whereRunView(); }
    Autosaver *autosaver() const { return m_autosaver; }

    // Opens a profile (asks about unsaved changes first); false and a message in the status
    // bar and a dialog when it cannot be read.
    bool openFile(const QString &fileName);
    bool saveTo(const QString &fileName);
    // A copy of a shipped example as a new, untitled profile.
    bool newFromExample(const QString &fileName);
    // A new, unsaved profile from a bill of materials, through BomImportDialog.
    bool importBom(const QString &csvFile);
    // Puts back what a recovery file holds, as unsaved changes to its original file.
    bool recover(const Autosaver::Recovery &recovery);
    // After a crash: offers each recovery file left behind.
    void offerRecovery();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();

    // <program>/../share/carbonlabel/examples.
    static QString examplesDirectory();

public slots:
    void newProfile();
    void open();
    bool save();
    bool saveAs();
    void exportLabel();
    void batchExport();
    void showSettings();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateTitle();
    void updateStatus();
    void applySetting(int key);
    void showPath(const QString &path);
    static QStringList profileFiles(const QMimeData *mime);

    std::unique_ptr<FactorDatabase> m_database;
    std::unique_ptr<FactorLibrary> m_library;
    ProfileDocument *m_document;
    Autosaver *m_autosaver;
    ProfileEditor *m_editor;
    FootprintPanel *m_footprint;
    LabelPreview *m_preview;
    FactorBrowser *m_browser;
    QSplitter *m_splitter;
    QTabWidget *m_sideTabs;
    AnalysesPage *m_analyses;
    QDockWidget *m_browserDock;
    QLabel *m_timing;
    QLabel *m_dataset;

    QMenu *m_fileMenu = nullptr;
    ExamplesMenu *m_examplesMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_batchAction = nullptr;
    QAction *m_importBomAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_undoButton = nullptr; // the toolbar's: a fixed text, so the bar does not jump
    QAction *m_redoButton = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QString m_databaseError;
};

} // namespace carbonlabel
