// carbonlabel: the CarbonLabel window (docs/gui.md).
#include "commandline.h"

#include "core/document/settings.h"
#include "ui/appstyle.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTimer>

namespace {

// --help and --version print and exit before any window exists, so they work without a
// display (QApplication would refuse to start there).
void answerWithoutDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version") {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("carbonlabel"));
            QCoreApplication::setApplicationVersion(QStringLiteral(CARBONLABEL_VERSION));
            carbonlabel::CommandLine::parse(QCoreApplication::arguments()); // exits
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    using namespace carbonlabel;
    answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    // No organisation: the data folder is ~/.local/share/carbonlabel, shared with the CLI.
    QCoreApplication::setApplicationName(QStringLiteral("carbonlabel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARBONLABEL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("carbonlabel"));

    const CommandLine options = CommandLine::parse(QCoreApplication::arguments());
    LanguageManager::loadFonts();
    AppStyle::apply(app);
    if (!options.language.isEmpty())
        Settings::instance()->setValue(Settings::Language, options.language);
    LanguageManager::instance()->setLanguage(
            Settings::instance()->value(Settings::Language).toString());

    MainWindow window;
    if (!options.profile.isEmpty())
        window.openFile(options.profile);
    window.show();
    if (options.offerRecovery)
        QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    return app.exec();
}
