#include "commandline.h"

#include <QCommandLineParser>

namespace carbonlabel {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CarbonLabel: carbon footprints and carbon labels for ICT "
                                        "products and digital services."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("profile"),
                                 tr("A profile to open (.clprofile.json)."),
                                 QStringLiteral("[profile]"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The language of the window: en or zh_CN."),
                                  QStringLiteral("language"));
    const QCommandLineOption noRecovery(
            QStringLiteral("no-recovery"),
            tr("Do not offer to recover unsaved changes after a crash."));
    parser.addOption(lang);
    parser.addOption(noRecovery);
    parser.process(arguments);

    CommandLine c;
    c.profile = parser.positionalArguments().value(0);
    c.language = parser.value(lang);
    c.offerRecovery = !parser.isSet(noRecovery);
    return c;
}

} // namespace carbonlabel
