// `carbonlabel-cli label` as a user runs it (docs/labels.md): the PDF it writes is the one the
// library renders for the same input (text and bytes), and every bad option or path is exit 2
// with a message naming the option or the file.

#include "tests/common/clirunner.h"

#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/render/badgerenderer.h"
#include "core/render/labeloptions.h"
#include "core/render/sheetrenderer.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

#include <memory>

using namespace carbonlabel;

using carbonlabel::test::CliRun;

namespace {

const QString kMouse = QStringLiteral(CARBONLABEL_SOURCE_DIR
                                      "/resources/examples/wireless-mouse.clprofile.json");
const QString kLaptop
        = QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/laptop-14.clprofile.json");

QString allText(const QByteArray &pdf, QSizeF *firstPageMm = nullptr)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return QStringLiteral("<not a PDF>");
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\f');
    if (firstPageMm && doc->numPages() > 0) {
        const QSizeF pt = doc->page(0)->pageSizeF();
        *firstPageMm = QSizeF(pt.width() / 72.0 * 25.4, pt.height() / 72.0 * 25.4);
    }
    return text;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLabelCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

    CliRun cli(const QStringList &arguments,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return carbonlabel::test::runCli(
                QStringList{QStringLiteral("label")} + arguments
                        + QStringList{QStringLiteral("--db"),
                                      QStringLiteral(CARBONLABEL_FACTOR_DB)},
                m_dir.filePath(QStringLiteral("user.sqlite")), env);
    }

    QString out(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
    }

    void cliBadgeIsTheLibraryBadge_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("size");
        QTest::newRow("en 60x90") << "en" << int(LabelOptions::Language::English) << "60x90";
        QTest::newRow("zh 40x60") << "zh" << int(LabelOptions::Language::Chinese) << "40x60";
        QTest::newRow("both 105x148") << "both" << int(LabelOptions::Language::Both) << "105x148";
    }
    void cliBadgeIsTheLibraryBadge()
    {
        QFETCH(QString, lang);
        QFETCH(int, language);
        QFETCH(QString, size);
        const QString file = out(QStringLiteral("mouse-%1.pdf").arg(lang));
        const CliRun run = cli({kMouse, QStringLiteral("-o"), file, QStringLiteral("--lang"), lang,
                                QStringLiteral("--size"), size, QStringLiteral("--date"),
                                QStringLiteral("2026-03-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(file));
        const QByteArray fromCli = readFile(file);

        LabelOptions options;
        options.language = LabelOptions::Language(language);
        options.sizeMm = *LabelOptions::parseSize(size, nullptr);
        options.date = QDate(2026, 3, 1);
        QString error;
        const QByteArray fromLibrary = BadgeRenderer::render(
                ProfileEvaluator::evaluateFile(kMouse, m_db), options, &error);
        QVERIFY2(!fromLibrary.isEmpty(), qPrintable(error));

        QSizeF mm;
        const QString text = allText(fromCli, &mm);
        QCOMPARE(text, allText(fromLibrary));
        QVERIFY(std::abs(mm.width() - options.sizeMm.width()) <= 0.1);
        QVERIFY(std::abs(mm.height() - options.sizeMm.height()) <= 0.1);
        QVERIFY(text.contains(QStringLiteral("1.22")));
        // Not only the text: the same bytes (docs/labels.md, reproducibility).
        QCOMPARE(fromCli, fromLibrary);
    }

    void cliRangeIsTheLibraryRange()
    {
        // --range: the badge with LabelOptions::range, byte for byte, and the range line under
        // the figure; the mouse's own P5-P95 is tested with the renderer (tst_badgerenderer).
        const QString file = out(QStringLiteral("mouse-range.pdf"));
        const CliRun run = cli({kMouse, QStringLiteral("-o"), file, QStringLiteral("--lang"),
                                QStringLiteral("en"), QStringLiteral("--range"),
                                QStringLiteral("--date"), QStringLiteral("2026-03-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QByteArray fromCli = readFile(file);
        LabelOptions options;
        options.language = LabelOptions::Language::English;
        options.date = QDate(2026, 3, 1);
        QString error;
        const Evaluation mouse = ProfileEvaluator::evaluateFile(kMouse, m_db);
        const QByteArray plain = BadgeRenderer::render(mouse, options, &error);
        options.range = true;
        const QByteArray withRange = BadgeRenderer::render(mouse, options, &error);
        QVERIFY2(!withRange.isEmpty(), qPrintable(error));
        QCOMPARE(fromCli, withRange);
        QVERIFY(fromCli != plain);
        const QString text = allText(fromCli);
        QVERIFY2(text.contains(QStringLiteral("90% range (P5–P95): ")), qPrintable(text));
        QVERIFY(!allText(plain).contains(QStringLiteral("90% range")));
    }

    void cliSheetIsTheLibrarySheet()
    {
        const QString file = out(QStringLiteral("laptop-sheet.pdf"));
        const CliRun run = cli({kLaptop, QStringLiteral("-o"), file, QStringLiteral("--kind"),
                                QStringLiteral("sheet"), QStringLiteral("--date"),
                                QStringLiteral("2026-03-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        LabelOptions options;
        options.kind = LabelOptions::Kind::Sheet;
        options.date = QDate(2026, 3, 1);
        QString error;
        const QByteArray fromLibrary = SheetRenderer::render(
                ProfileEvaluator::evaluateFile(kLaptop, m_db), options, &error);
        QSizeF mm;
        const QString text = allText(readFile(file), &mm);
        QCOMPARE(text, allText(fromLibrary));
        QVERIFY(text.contains(QStringLiteral("220 kg")));
        QVERIFY(std::abs(mm.width() - 210.0) <= 0.1 && std::abs(mm.height() - 297.0) <= 0.1);
        QCOMPARE(readFile(file), fromLibrary);
    }

    void defaultsAndSourceDateEpoch()
    {
        // No --lang, no --size: both languages on 60 x 90 mm. SOURCE_DATE_EPOCH 1772323200 is
        // 2026-03-01 00:00:00 UTC.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1772323200"));
        const QString file = out(QStringLiteral("defaults.pdf"));
        const CliRun run = cli({kMouse, QStringLiteral("-o"), file}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QSizeF mm;
        const QString text = allText(readFile(file), &mm);
        QVERIFY(std::abs(mm.width() - 60.0) <= 0.1 && std::abs(mm.height() - 90.0) <= 0.1);
        QVERIFY(text.contains(QStringLiteral("Carbon impact / 碳足迹")));
        QVERIFY(text.contains(QStringLiteral("2026-03-01")));
        QVERIFY(readFile(file).contains("/CreationDate (D:20260301000000"));
    }

    void badUsageIsExitTwoWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString pdf
                = QStringLiteral("/tmp/unused-%1.pdf").arg(QCoreApplication::applicationPid());
        QTest::newRow("size too small")
                << QStringList{kMouse, "-o", pdf, "--size", "30x50"} << "--size 30x50";
        QTest::newRow("size beyond A6")
                << QStringList{kMouse, "-o", pdf, "--size", "106x148"} << "--size 106x148";
        QTest::newRow("size not WxH")
                << QStringList{kMouse, "-o", pdf, "--size", "big"} << "--size";
        QTest::newRow("size on a sheet")
                << QStringList{kMouse, "-o", pdf, "--kind", "sheet", "--size", "60x90"} << "--size";
        QTest::newRow("range on a sheet")
                << QStringList{kMouse, "-o", pdf, "--kind", "sheet", "--range"} << "--range";
        QTest::newRow("unknown language")
                << QStringList{kMouse, "-o", pdf, "--lang", "fr"} << "--lang";
        QTest::newRow("unknown kind")
                << QStringList{kMouse, "-o", pdf, "--kind", "poster"} << "--kind";
        QTest::newRow("bad date") << QStringList{kMouse, "-o", pdf, "--date", "2026-13-01"}
                                  << "--date";
        QTest::newRow("no -o") << QStringList{kMouse} << "-o";
        QTest::newRow("no profile") << QStringList{"-o", pdf} << "missing argument";
        QTest::newRow("profile missing")
                << QStringList{"/nonexistent/mouse.clprofile.json", "-o", pdf}
                << "/nonexistent/mouse.clprofile.json";
        QTest::newRow("folder missing")
                << QStringList{kMouse, "-o", "/nonexistent-folder/badge.pdf"}
                << "/nonexistent-folder/badge.pdf";
    }
    void badUsageIsExitTwoWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    }

    void unwritablePaths()
    {
        // Under a regular file (no permission bits involved, so it holds for root too).
        const QString file = out(QStringLiteral("plain.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        CliRun run = cli({kMouse, QStringLiteral("-o"), file + QStringLiteral("/badge.pdf")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("cannot write")), qPrintable(run.errText()));
        // A folder in place of the file.
        run = cli({kMouse, QStringLiteral("-o"), m_dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("it is a folder")),
                 qPrintable(run.errText()));
    }

    void brokenProfileNamesFileAndPlace()
    {
        const QString bad = out(QStringLiteral("broken.clprofile.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"carbonlabel-profile\", \"version\": 1,\n  \"product\": ");
        f.close();
        const CliRun run = cli({bad, QStringLiteral("-o"), out(QStringLiteral("never.pdf"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(bad), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(QStringLiteral("line ")), qPrintable(run.errText()));
        QVERIFY(!QFile::exists(out(QStringLiteral("never.pdf"))));
    }

    void refreshKind()
    {
        const QString file = out(QStringLiteral("refresh.pdf"));
        const CliRun run = cli({kLaptop, QStringLiteral("-o"), file, QStringLiteral("--kind"),
                                QStringLiteral("refresh")});
        // The refresh-cycle report's own tests check its content; here: it is written as A4.
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QSizeF mm;
        allText(readFile(file), &mm);
        QVERIFY(std::abs(mm.width() - 210.0) <= 0.1 && std::abs(mm.height() - 297.0) <= 0.1);
    }

    void characterOutsideTheFontIsAWarning()
    {
        // Issue 15: the label font is GB2312 and Latin; a character outside it prints as a
        // box, so `label` still writes the PDF (exit 0) and says so on stderr, once per text.
        QFile source(kMouse);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray json = source.readAll();
        json.replace("\"zh\": \"无线鼠标 M1\"", "\"zh\": \"無線滑鼠 M1\"");
        const QString profile = out(QStringLiteral("traditional.clprofile.json"));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const QString pdf = out(QStringLiteral("traditional.pdf"));
        const CliRun run = cli({profile, QStringLiteral("-o"), pdf, QStringLiteral("--date"),
                                QStringLiteral("2026-03-01")});
        // Qt's own notes (XDG_RUNTIME_DIR unset) are not ours to count.
        const auto ours = [](const CliRun &r) {
            QStringList lines = r.errText().split(QLatin1Char('\n'));
            lines.removeIf([](const QString &l) {
                return l.startsWith(QLatin1String("QStandardPaths:"));
            });
            return lines.join(QLatin1Char('\n'));
        };
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(ours(run),
                 QStringLiteral("carbonlabel-cli label: warning: the label font has no glyph "
                                "for U+7121 無, U+7DDA 線 in \"無線滑鼠 M1\": it prints as an "
                                "empty box\n"));
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        // An English badge does not print the Chinese name: no warning.
        const CliRun english = cli({profile, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                                    QStringLiteral("en")});
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(ours(english), QString());
        // The mouse as shipped: nothing to say.
        const CliRun plain = cli({kMouse, QStringLiteral("-o"), pdf});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(ours(plain), QString());
    }

    void help()
    {
        const CliRun run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--kind", "--lang", "--size", "--date", "-o"})
            QVERIFY2(run.outText().contains(QString::fromLatin1(option)), option);
    }
};

QTEST_MAIN(TestLabelCommand)
#include "tst_labelcommand.moc"
