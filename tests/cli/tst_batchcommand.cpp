// `carbonlabel-cli batch` (docs/labels.md): one PDF per profile on several threads, progress on
// stderr, a bad profile reported and skipped while the others are written (exit 2), and an
// output folder that cannot be written a clear error before any work.

#include "tests/common/clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

#include <memory>

using carbonlabel::test::CliRun;

namespace {

const QString kExamples = QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/");

struct Pdf
{
    QString text;
    QSizeF sizeMm;
};

Pdf readPdf(const QString &path)
{
    QFile f(path);
    Pdf pdf;
    if (!f.open(QIODevice::ReadOnly))
        return pdf;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(f.readAll());
    if (!doc || doc->numPages() < 1)
        return pdf;
    for (int i = 0; i < doc->numPages(); ++i)
        pdf.text += doc->page(i)->text(QRectF()) + QLatin1Char('\f');
    const QSizeF pt = doc->page(0)->pageSizeF();
    pdf.sizeMm = QSizeF(pt.width() / 72.0 * 25.4, pt.height() / 72.0 * 25.4);
    return pdf;
}

QString example(const char *name)
{
    return kExamples + QString::fromLatin1(name) + QStringLiteral(".clprofile.json");
}

} // namespace

class TestBatchCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliRun cli(const QString &command, const QStringList &arguments)
    {
        return carbonlabel::test::runCli(
                QStringList{command} + arguments
                        + QStringList{QStringLiteral("--db"),
                                      QStringLiteral(CARBONLABEL_FACTOR_DB)},
                m_dir.filePath(QStringLiteral("user.sqlite")));
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesOnePdfPerProfileWithProgress()
    {
        const QString dir = path(QStringLiteral("out"));
        const CliRun run
                = cli(QStringLiteral("batch"),
                      {example("wireless-mouse"), example("laptop-14"), example("rack-server"),
                       QStringLiteral("-o"), dir, QStringLiteral("--jobs"), QStringLiteral("2"),
                       QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--date"),
                       QStringLiteral("2026-03-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        // Progress: one line per profile, counted to 3, then the summary.
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(run.errText().contains(QStringLiteral("[%1/3] wrote ").arg(i)),
                     qPrintable(run.errText()));
        QVERIFY(run.errText().contains(QStringLiteral("3 written, 0 failed")));
        // Hand-worked totals: 1.22464282305, 220.3417246326, 6981.478205835 kg
        // (tst_footprintcommand).
        const QList<std::pair<QString, QString>> expected{
                {QStringLiteral("wireless-mouse-badge.pdf"), QStringLiteral("1.22")},
                {QStringLiteral("laptop-14-badge.pdf"), QStringLiteral("220")},
                {QStringLiteral("rack-server-badge.pdf"), QStringLiteral("6980")}};
        for (const auto &[name, figure] : expected) {
            const Pdf pdf = readPdf(QDir(dir).filePath(name));
            QVERIFY2(pdf.text.contains(figure), qPrintable(name));
            QVERIFY(std::abs(pdf.sizeMm.width() - 60.0) <= 0.1
                    && std::abs(pdf.sizeMm.height() - 90.0) <= 0.1);
        }
        // The same badge as `label` makes.
        const QString single = path(QStringLiteral("single.pdf"));
        QCOMPARE(cli(QStringLiteral("label"),
                     {example("laptop-14"), QStringLiteral("-o"), single, QStringLiteral("--lang"),
                      QStringLiteral("en"), QStringLiteral("--date"), QStringLiteral("2026-03-01")})
                         .exitCode,
                 0);
        QCOMPARE(readPdf(single).text,
                 readPdf(QDir(dir).filePath(QStringLiteral("laptop-14-badge.pdf"))).text);
    }

    void rangeAsLabelPrintsIt()
    {
        // --range reaches every badge of the batch, as `label --range` prints it.
        const QString dir = path(QStringLiteral("range"));
        const CliRun run
                = cli(QStringLiteral("batch"),
                      {example("wireless-mouse"), QStringLiteral("-o"), dir,
                       QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--range"),
                       QStringLiteral("--date"), QStringLiteral("2026-03-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QString batchText
                = readPdf(QDir(dir).filePath(QStringLiteral("wireless-mouse-badge.pdf"))).text;
        QVERIFY2(batchText.contains(QStringLiteral("90% range (P5–P95): ")), qPrintable(batchText));
        const QString single = path(QStringLiteral("single-range.pdf"));
        QCOMPARE(cli(QStringLiteral("label"),
                     {example("wireless-mouse"), QStringLiteral("-o"), single,
                      QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--range"),
                      QStringLiteral("--date"), QStringLiteral("2026-03-01")})
                         .exitCode,
                 0);
        QCOMPARE(readPdf(single).text, batchText);
    }

    void batchBytesAreLabelBytes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("badge both") << QStringList{};
        QTest::newRow("badge en 40x60")
                << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--size"), QStringLiteral("40x60")};
        QTest::newRow("badge zh 105x148 range") << QStringList{
                QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--size"),
                QStringLiteral("105x148"), QStringLiteral("--range")};
        QTest::newRow("sheet") << QStringList{QStringLiteral("--kind"), QStringLiteral("sheet")};
    }

    void batchBytesAreLabelBytes()
    {
        // Batch keeps fonts and layouts from one label for the next (issue 15); every file
        // must still be, byte for byte, what `label` writes alone. Three profiles on two
        // threads, each appearing twice, so that later labels reuse what earlier ones laid out.
        QFETCH(QStringList, options);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        const QString dir = path(QStringLiteral("bytes-") + tag);
        const QStringList common
                = options + QStringList{QStringLiteral("--date"), QStringLiteral("2026-03-01")};
        const QStringList names{QStringLiteral("wireless-mouse"), QStringLiteral("laptop-14"),
                                QStringLiteral("rack-server")};
        QStringList profiles;
        for (int copy = 0; copy < 2; ++copy) {
            for (const QString &name : names) {
                const QString target = path(
                        QStringLiteral("%1-%2/%3.clprofile.json").arg(tag).arg(copy).arg(name));
                QDir().mkpath(QFileInfo(target).path());
                QFile::remove(target);
                QVERIFY(QFile::copy(kExamples + name + QStringLiteral(".clprofile.json"), target));
                profiles << target;
            }
        }
        const CliRun run = cli(QStringLiteral("batch"),
                               profiles
                                       + QStringList{QStringLiteral("-o"), dir,
                                                     QStringLiteral("--jobs"), QStringLiteral("2")}
                                       + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QString kind = options.contains(QStringLiteral("sheet")) ? QStringLiteral("sheet")
                                                                       : QStringLiteral("badge");
        for (const QString &name : names) {
            const QString single = path(QStringLiteral("single-%1-%2.pdf").arg(tag, name));
            const CliRun one
                    = cli(QStringLiteral("label"),
                          QStringList{profiles[names.indexOf(name)], QStringLiteral("-o"), single}
                                  + common);
            QVERIFY2(one.exitCode == 0, qPrintable(one.errText()));
            QFile alone(single);
            QVERIFY(alone.open(QIODevice::ReadOnly));
            const QByteArray expected = alone.readAll();
            QVERIFY(expected.startsWith("%PDF"));
            // The first copy is name-KIND.pdf, the second name-KIND-2.pdf.
            for (const QString &suffix : {QString(), QStringLiteral("-2")}) {
                QFile batch(QDir(dir).filePath(name + QLatin1Char('-') + kind + suffix
                                               + QStringLiteral(".pdf")));
                QVERIFY2(batch.open(QIODevice::ReadOnly), qPrintable(batch.fileName()));
                QVERIFY2(batch.readAll() == expected, qPrintable(batch.fileName()));
            }
        }
    }

    void characterOutsideTheFontIsAWarning()
    {
        // A product name in traditional characters: 無 and 線 are not in the label font
        // (GB2312); the badge is still written, and each profile says what prints as a box.
        QFile source(example("wireless-mouse"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray json = source.readAll();
        json.replace("\"zh\": \"无线鼠标 M1\"", "\"zh\": \"無線滑鼠 M1\"");
        const QString profile = path(QStringLiteral("traditional.clprofile.json"));
        QFile out(profile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        const CliRun run = cli(QStringLiteral("batch"),
                               {profile, example("laptop-14"), QStringLiteral("-o"),
                                path(QStringLiteral("traditional")), QStringLiteral("--date"),
                                QStringLiteral("2026-03-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(profile
                                        + QStringLiteral(": warning: the label font has no "
                                                         "glyph for U+7121 無, U+7DDA 線 in "
                                                         "\"無線滑鼠 M1\": it prints as an "
                                                         "empty box")),
                 qPrintable(run.errText()));
        QCOMPARE(run.errText().count(QStringLiteral("warning:")), 1); // the laptop has none
        QVERIFY(run.errText().contains(QStringLiteral("2 written, 0 failed")));
    }

    void badProfileIsReportedAndSkipped()
    {
        const QString bad = path(QStringLiteral("bad.clprofile.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"carbonlabel-profile\", \"version\": 1, \"product\": 3}");
        f.close();
        const QString dir = path(QStringLiteral("mixed"));
        const CliRun run = cli(QStringLiteral("batch"),
                               {example("wireless-mouse"), bad,
                                QStringLiteral("/nonexistent/gone.clprofile.json"),
                                example("laptop-14"), QStringLiteral("-o"), dir,
                                QStringLiteral("--kind"), QStringLiteral("sheet")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(bad + QStringLiteral(": ")), qPrintable(run.errText()));
        QVERIFY(run.errText().contains(QStringLiteral("/nonexistent/gone.clprofile.json")));
        QVERIFY(run.errText().contains(QStringLiteral("2 written, 2 failed")));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("wireless-mouse-sheet.pdf"))));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("laptop-14-sheet.pdf"))));
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("bad-sheet.pdf"))));
        const Pdf sheet = readPdf(QDir(dir).filePath(QStringLiteral("laptop-14-sheet.pdf")));
        QVERIFY(std::abs(sheet.sizeMm.width() - 210.0) <= 0.1);
        QVERIFY(sheet.text.contains(QStringLiteral("220 kg")));
    }

    void sameNamesGetASuffix()
    {
        const QString dir = path(QStringLiteral("twice"));
        const CliRun run = cli(
                QStringLiteral("batch"),
                {example("wireless-mouse"), example("wireless-mouse"), QStringLiteral("-o"), dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("wireless-mouse-badge.pdf"))));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("wireless-mouse-badge-2.pdf"))));
    }

    void outputFolderProblems()
    {
        const QString file = path(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // -o names a file.
        CliRun run = cli(QStringLiteral("batch"),
                         {example("wireless-mouse"), QStringLiteral("-o"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("not a folder")), qPrintable(run.errText()));
        // -o under a file: the folder cannot be created (whoever runs the test, root included).
        run = cli(QStringLiteral("batch"),
                  {example("wireless-mouse"), QStringLiteral("-o"), file + QStringLiteral("/sub")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("cannot create the folder")),
                 qPrintable(run.errText()));
        QVERIFY(!run.errText().contains(QStringLiteral("[1/1]"))); // nothing was attempted
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString dir
                = QStringLiteral("/tmp/unused-batch-%1").arg(QCoreApplication::applicationPid());
        QTest::newRow("jobs zero")
                << QStringList{example("wireless-mouse"), "-o", dir, "--jobs", "0"} << "--jobs";
        QTest::newRow("jobs text")
                << QStringList{example("wireless-mouse"), "-o", dir, "--jobs", "many"} << "--jobs";
        QTest::newRow("lang") << QStringList{example("wireless-mouse"), "-o", dir, "--lang", "de"}
                              << "--lang";
        QTest::newRow("size") << QStringList{example("wireless-mouse"), "-o", dir, "--size",
                                             "200x300"}
                              << "--size";
        QTest::newRow("range on a sheet")
                << QStringList{example("wireless-mouse"), "-o", dir, "--kind", "sheet", "--range"}
                << "--range";
        QTest::newRow("no -o") << QStringList{example("wireless-mouse")} << "-o DIR";
        QTest::newRow("no profiles") << QStringList{"-o", dir} << "missing argument";
    }
    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = cli(QStringLiteral("batch"), arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    }
};

QTEST_MAIN(TestBatchCommand)
#include "tst_batchcommand.moc"
