// carbonlabel: the CarbonLabel window (DESIGN §1, §2).
#include "commandline.h"

#include "core/settings.h"
#include "ui/appstyle.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char **argv)
{
    using namespace carbonlabel;
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
