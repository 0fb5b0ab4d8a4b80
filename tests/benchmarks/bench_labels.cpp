// Label speed: a badge PDF (goal < 5 ms), the A4 product sheet (with its 10,000-sample
// Monte Carlo), and `batch` of 1,000 badges on 2 threads (goal < 5 s), run in process through
// the same function as carbonlabel-cli batch, files written atomically as always.
//
// scripts/bench.sh runs this for real; CTest runs it once with -iterations 1 as a smoke test.
//
// The label font is the build's subset (docs/labels.md). For the figures with the whole
// Debian font, as before issue 15, run it with
//   CARBONLABEL_LABEL_FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
// The first line printed names the font file and how long loading it took.

#include "app/cli/batchcommand.h"
#include "core/base/malloctuning.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/render/badgerenderer.h"
#include "core/render/labelfonts.h"
#include "core/render/labeloptions.h"
#include "core/render/labelpainter.h"
#include "core/render/sheetrenderer.h"
#include "tests/common/clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace carbonlabel;

namespace {

const QString kExamples = QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/");
constexpr int kBatchSize = 1000;

} // namespace

class BenchLabels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;
    Evaluation m_mouse;
    Evaluation m_laptop;
    QStringList m_profiles;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
        QElapsedTimer fontTimer;
        fontTimer.start();
        QVERIFY2(LabelFonts::load().ok(), qPrintable(LabelFonts::load().error));
        qInfo("label font %s, loaded in %.1f ms", qPrintable(LabelFonts::load().file),
              fontTimer.nsecsElapsed() / 1e6);
        m_mouse = ProfileEvaluator::evaluateFile(
                kExamples + QStringLiteral("wireless-mouse.clprofile.json"), m_db);
        m_laptop = ProfileEvaluator::evaluateFile(
                kExamples + QStringLiteral("laptop-14.clprofile.json"), m_db);
        QVERIFY(m_mouse.ok() && m_laptop.ok());
        LabelOptions badge;
        badge.date = QDate(2026, 3, 1);
        QString error;
        qInfo("the mouse's badge PDF: %lld bytes",
              static_cast<long long>(BadgeRenderer::render(m_mouse, badge, &error).size()));
        // 1,000 profiles: the mouse, laptop and server in turn, each its own file.
        const QStringList sources{QStringLiteral("wireless-mouse"), QStringLiteral("laptop-14"),
                                  QStringLiteral("rack-server")};
        QDir().mkpath(m_dir.filePath(QStringLiteral("profiles")));
        for (int i = 0; i < kBatchSize; ++i) {
            const QString target = m_dir.filePath(
                    QStringLiteral("profiles/p%1.clprofile.json").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(QFile::copy(kExamples + sources[i % 3] + QStringLiteral(".clprofile.json"),
                                target));
            m_profiles << target;
        }
    }

    void badgePdf()
    {
        LabelOptions options;
        options.date = QDate(2026, 3, 1);
        QString error;
        qsizetype bytes = 0;
        QBENCHMARK {
            bytes += BadgeRenderer::render(m_mouse, options, &error).size();
        }
        QVERIFY2(bytes > 0, qPrintable(error));
    }

    // A badge whose layout nothing before it shared: the wraps and advances that the previous
    // labels of a run left for it (LabelPainter) are forgotten first.
    void badgePdfFirstOfARun()
    {
        LabelOptions options;
        options.date = QDate(2026, 3, 1);
        QString error;
        qsizetype bytes = 0;
        QBENCHMARK {
            LabelPainter::clearLayoutCache();
            bytes += BadgeRenderer::render(m_mouse, options, &error).size();
        }
        QVERIFY2(bytes > 0, qPrintable(error));
    }

    void badgePdfFromProfileFile()
    {
        LabelOptions options;
        options.date = QDate(2026, 3, 1);
        QString error;
        qsizetype bytes = 0;
        QBENCHMARK {
            const Evaluation e = ProfileEvaluator::evaluateFile(m_profiles.constFirst(), m_db);
            bytes += BadgeRenderer::render(e, options, &error).size();
        }
        QVERIFY2(bytes > 0, qPrintable(error));
    }

    void productSheet()
    {
        LabelOptions options;
        options.kind = LabelOptions::Kind::Sheet;
        options.date = QDate(2026, 3, 1);
        QString error;
        qsizetype bytes = 0;
        QBENCHMARK {
            bytes += SheetRenderer::render(m_laptop, options, &error).size();
        }
        QVERIFY2(bytes > 0, qPrintable(error));
    }

    void batchOf1000BadgesOnTwoThreads()
    {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const QStringList arguments = QStringList{QStringLiteral("batch")} + m_profiles
                + QStringList{
                        QStringLiteral("-o"),        out,
                        QStringLiteral("--jobs"),    QStringLiteral("2"),
                        QStringLiteral("--date"),    QStringLiteral("2026-03-01"),
                        QStringLiteral("--db"),      QStringLiteral(CARBONLABEL_FACTOR_DB),
                        QStringLiteral("--user-db"), m_dir.filePath(QStringLiteral("user.sqlite"))};
        int code = -1;
        QBENCHMARK {
            code = test::runCommand(runBatchCommand, arguments).exitCode;
        }
        QCOMPARE(code, 0);
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), kBatchSize);
    }
};

int main(int argc, char **argv)
{
    // The allocator as carbonlabel-cli sets it. Drawing needs a QGuiApplication; without a
    // display, offscreen (as carbonlabel-cli does).
    MallocTuning::keepFreedMemory();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    BenchLabels bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_labels.moc"
