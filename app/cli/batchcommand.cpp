#include "app/cli/batchcommand.h"

#include "app/cli/commandsupport.h"
#include "app/cli/labelcommandoptions.h"
#include "core/base/savefile.h"
#include "core/render/labelbatch.h"
#include "core/render/labelfonts.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace carbonlabel {

namespace {

class BatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
                tr("Print one label or product sheet per profile, on all cores. A bad profile is "
                   "reported and skipped; the others are still written."));
        parser.addPositionalArgument(QStringLiteral("PROFILE..."),
                                     tr("The profiles (.clprofile.json)."));
        const QCommandLineOption output = CommandSupport::outputOption(
                tr("Write the PDFs into the folder DIR (created if missing)."), tr("DIR"));
        parser.addOption(output);
        LabelCommandOptions::add(parser, true);
        const QCommandLineOption jobs(QStringLiteral("jobs"),
                                      tr("Use N threads (default: one per core)."), tr("N"));
        parser.addOption(jobs);
        parser.addOption(CommandSupport::dbOption());
        parser.addOption(CommandSupport::userDbOption());
        int code = ExitOk;
        if (!CommandSupport::parse(parser, arguments, io, 1, -1, &code))
            return code;
        const QString command = QStringLiteral("carbonlabel-cli batch: ");
        if (!parser.isSet(output) || parser.value(output).isEmpty()) {
            io.err << command << tr("missing -o DIR") << '\n';
            return ExitBadInput;
        }
        QString error;
        const std::optional<LabelOptions> options = LabelCommandOptions::read(parser, &error);
        if (!options) {
            io.err << command << error << '\n';
            return ExitBadInput;
        }
        int threads = QThread::idealThreadCount();
        if (parser.isSet(jobs)) {
            bool ok = false;
            threads = parser.value(jobs).toInt(&ok);
            if (!ok || threads < 1 || threads > 256) {
                io.err << command
                       << tr("--jobs: expected a whole number from 1 to 256; got \"%1\"")
                                  .arg(parser.value(jobs))
                       << '\n';
                return ExitBadInput;
            }
        }
        const QString dir = parser.value(output);
        if (!prepareFolder(dir, &error)) {
            io.err << command << error << '\n';
            return ExitBadInput;
        }
        const auto db = CommandSupport::openDatabase(parser, io);
        if (!db)
            return ExitBadInput;
        // Load the font once here, so a missing font is one message, not one per profile.
        const LabelFonts::Loaded &fonts = LabelFonts::load();
        if (!fonts.ok()) {
            io.err << command << fonts.error << '\n';
            return ExitUnexpected;
        }
        if (!fonts.warning.isEmpty())
            io.err << command << warning(fonts.warning) << '\n';

        const QStringList profiles = parser.positionalArguments();
        const QStringList outputs = LabelBatch::outputNames(profiles, dir, *options);
        QMutex errMutex;
        std::atomic<int> failed{0};
        int done = 0;
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            pool.start([&, i] {
                QString message;
                QStringList warnings;
                const bool ok = LabelBatch::makeOne(profiles[i], outputs[i], *options, *db,
                                                    &message, &warnings);
                if (!ok)
                    ++failed;
                QMutexLocker lock(&errMutex);
                ++done;
                io.err << QStringLiteral("[%1/%2] ").arg(done).arg(profiles.size())
                       << (ok ? tr("wrote %1").arg(outputs[i]) : message) << '\n';
                for (const QString &w : std::as_const(warnings))
                    io.err << w << '\n';
                io.err.flush();
            });
        }
        pool.waitForDone();
        const int bad = failed.load();
        io.err << tr("%1 written, %2 failed").arg(profiles.size() - bad).arg(bad) << '\n';
        return bad > 0 ? ExitBadInput : ExitOk;
    }

private:
    // "warning: %1" is Diagnostic's message, as for a profile's warnings.
    static QString warning(const QString &message)
    {
        return QCoreApplication::translate("Diagnostic", "warning: %1").arg(message);
    }

    // Creates `dir` if needed and proves it writable by writing a file into it: permission
    // bits alone say nothing for root, or on a read-only mount.
    static bool prepareFolder(const QString &dir, QString *error)
    {
        const QString shown = QDir::toNativeSeparators(dir);
        const QFileInfo info(dir);
        if (info.exists() && !info.isDir()) {
            *error = tr("-o %1: not a folder").arg(shown);
            return false;
        }
        if (!info.exists() && !QDir().mkpath(dir)) {
            *error = tr("-o %1: cannot create the folder").arg(shown);
            return false;
        }
        QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".carbonlabel-XXXXXX")));
        if (!probe.open()) {
            *error = tr("-o %1: cannot write into the folder: %2").arg(shown, probe.errorString());
            return false;
        }
        return true;
    }
};

} // namespace

int runBatchCommand(const QStringList &arguments, CommandIo &io)
{
    return BatchCommand::run(arguments, io);
}

} // namespace carbonlabel
