// carbonlabel-cli: the headless face of CarbonLabel (docs/cli.md).
#include "app/cli/commandlineparser.h"
#include "core/base/malloctuning.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <exception>
#include <memory>

int main(int argc, char **argv)
{
    using namespace carbonlabel;
    MallocTuning::keepFreedMemory(); // ~10 % off each label (docs/development.md)
    const CommandInfo *command = CommandLineParser::commandFor(argc, argv);
    // Drawing needs a QGuiApplication; without a display it draws offscreen.
    const bool gui = command && command->needsGui;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carbonlabel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARBONLABEL_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("carbonlabel"), QStringLiteral("_"),
                        QCoreApplication::applicationDirPath()
                                + QStringLiteral("/../share/carbonlabel/translations")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandIo io{out, err};
    int code = ExitUnexpected;
    try {
        code = CommandLineParser::run(QCoreApplication::arguments(), io);
    } catch (const std::exception &e) {
        err << "carbonlabel-cli: unexpected error: " << e.what() << '\n';
        code = ExitUnexpected;
    } catch (...) {
        err << "carbonlabel-cli: unexpected error\n";
        code = ExitUnexpected;
    }
    out.flush();
    err.flush();
    return code;
}
