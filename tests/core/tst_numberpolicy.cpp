// The number policy (docs/labels.md, "How numbers are written"): every result quantity to three
// significant figures, never an exponent, significant zeros kept, integer digits beyond the
// third rounded away, group separators from five integer digits on. Worked by hand below; then
// one quantity, the mouse's footprint and its stages, printed the same on the badge, the
// window's stage table (the model the footprint panel shows), the product sheet and the CLI's
// `footprint` table.
#include "core/base/numbertext.h"
#include "core/base/stagenames.h"
#include "core/document/profiledocument.h"
#include "core/document/stagetotalsmodel.h"
#include "core/render/badgerenderer.h"
#include "core/render/labelformat.h"
#include "core/render/labeloptions.h"
#include "core/render/sheetrenderer.h"
#include "tests/common/exampleprofiles.h"
#include "tests/common/pdftext.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace carbonlabel;

namespace {

LabelOptions options(LabelOptions::Kind kind)
{
    LabelOptions o;
    o.kind = kind;
    o.language = LabelOptions::Language::English;
    o.date = QDate(2026, 3, 1);
    return o;
}

} // namespace

class TestNumberPolicy : public QObject
{
    Q_OBJECT

    test::ExampleProfiles m_examples;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QString error;
        QVERIFY2(m_examples.open(&error), qPrintable(error));
    }

    void quantity_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("english"); // en_US, as the window shows it
        QTest::addColumn<QString>("c"); // the C locale, as the CLI writes it
        QTest::addColumn<QString>("label"); // the labels and the sheet
        // 1.22464: the third figure is the 2 of the hundredths, the next one a 4: 1.22.
        QTest::newRow("mouse total") << 1.22464282305 << "1.22"
                                     << "1.22"
                                     << "1.22";
        // 81.1478: tenths are the third figure, 4 after it: 81.1 (the sheet printed 81.1478).
        QTest::newRow("81.1478") << 81.1478 << "81.1"
                                 << "81.1"
                                 << "81.1";
        // 66.9 to three figures is 66.9, not 66.9000.
        QTest::newRow("66.9") << 66.9 << "66.9"
                              << "66.9"
                              << "66.9";
        // 0.00990987: the leading zeros do not count; 9, 9, 0 then 9 rounds the 0 up: 0.00991.
        QTest::newRow("0.00990987") << 0.00990987 << "0.00991"
                                    << "0.00991"
                                    << "0.00991";
        // 5.4784: 5.47|84 rounds up to 5.48.
        QTest::newRow("5.4784") << 5.4784 << "5.48"
                                << "5.48"
                                << "5.48";
        // A factor's value: 9.11|59 rounds up to 9.12.
        QTest::newRow("factor value") << 9.11590131 << "9.12"
                                      << "9.12"
                                      << "9.12";
        // 656.3468... MWh: 656|.35 stays 656, and no decimals.
        QTest::newRow("MWh") << 656.3468422354048 << "656"
                             << "656"
                             << "656";
        // 5808.37: the fourth figure, 8, rounds 580 up to 581 tens: 5810. Four integer digits
        // are not grouped anywhere.
        QTest::newRow("server") << 5808.36620583 << "5810"
                                << "5810"
                                << "5810";
        // 13260: 132|60 rounds up to 133 hundreds: 13,300; five integer digits are grouped by
        // the locale (none in C) and with a space on labels.
        QTest::newRow("five digits") << 13260.0 << "13,300"
                                     << "13300"
                                     << "13 300";
        // 99999 rounds to 100 thousands, a sixth digit: 100,000.
        QTest::newRow("carry to a new digit") << 99999.0 << "100,000"
                                              << "100000"
                                              << "100 000";
        // 9.996 rounds to 10.0: three figures after the carry, not 10.00.
        QTest::newRow("carry in decimals") << 9.996 << "10.0"
                                           << "10.0"
                                           << "10.0";
        // 999.96 rounds to 1000: integer digits only, no decimal point.
        QTest::newRow("carry to thousands") << 999.96 << "1000"
                                            << "1000"
                                            << "1000";
        // The significant zeros stay: 3 kg is 3.00 kg to three figures.
        QTest::newRow("zeros kept") << 3.0 << "3.00"
                                    << "3.00"
                                    << "3.00";
        // A credit: -27.94 is -27.9.
        QTest::newRow("negative") << -27.94 << "-27.9"
                                  << "-27.9"
                                  << "-27.9";
        // Never an exponent: 1.2345e-7 is 0.000000123.
        QTest::newRow("tiny") << 1.2345e-7 << "0.000000123"
                              << "0.000000123"
                              << "0.000000123";
        QTest::newRow("zero") << 0.0 << "0"
                              << "0"
                              << "0";
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << "–"
                                      << "–"
                                      << "–";
    }
    void quantity()
    {
        QFETCH(double, value);
        QFETCH(QString, english);
        QFETCH(QString, c);
        QFETCH(QString, label);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(NumberText::quantity(value, en), english);
        QCOMPARE(NumberText::kg(value, en), english);
        QCOMPARE(NumberText::quantity(value, QLocale::c()), c);
        QCOMPARE(LabelFormat::significant(value), label);
    }

    // Other locales keep their own marks; the digits are the policy's.
    void locales()
    {
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(NumberText::quantity(1.22464, de), QStringLiteral("1,22"));
        QCOMPARE(NumberText::quantity(13260.0, de), QStringLiteral("13.300"));
        QCOMPARE(NumberText::quantity(5808.37, de), QStringLiteral("5810"));
        const QLocale zh(QLocale::Chinese, QLocale::China);
        QCOMPARE(NumberText::quantity(13260.0, zh), QStringLiteral("13,300"));
        QCOMPARE(NumberText::quantity(0.00990987, zh), QStringLiteral("0.00991"));
    }

    // A field not being edited: the policy's rounding without the zeros it would add.
    void brief_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        // 656.3468422354048 MWh (the AI training example) to three figures: 656.
        QTest::newRow("MWh") << 656.3468422354048 << "656";
        // 0.4 is 0.400 to three figures; the field shows what was typed.
        QTest::newRow("as typed") << 0.4 << "0.4";
        QTest::newRow("whole") << 3.0 << "3";
        // 0.1234: 0.123|4.
        QTest::newRow("rounded") << 0.1234 << "0.123";
        // 19000 km: five integer digits, grouped.
        QTest::newRow("grouped") << 19000.0 << "19,000";
        // 12.5 stays 12.5 (three figures, the last a 5).
        QTest::newRow("half") << 12.5 << "12.5";
    }
    void brief()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(NumberText::brief(value, QLocale(QLocale::English, QLocale::UnitedStates)),
                 expected);
    }

    // The mouse: total 1.22464282305 kg -> "1.22" (quantity_data). Each stage as the window's
    // stage table shows it is what the badge, the sheet and the CLI print.
    void sameEverywhere()
    {
        const Evaluation e = m_examples.example(QStringLiteral("wireless-mouse"));
        QVERIFY(e.ok());
        const QString total = QStringLiteral("1.22");

        // The window: the footprint panel's total is NumberText::kg of the total, its stage
        // table the stage totals model.
        ProfileDocument doc(&m_examples.database());
        StageTotalsModel stages(&doc);
        QVERIFY(doc.open(test::ExampleProfiles::mouse(), nullptr));
        QCOMPARE(NumberText::kg(doc.lastValidEvaluation().result.total()), total);
        QStringList stageTexts;
        for (int row = 0; row < stages.rowCount(); ++row)
            stageTexts << stages.data(stages.index(row, StageTotalsModel::KgCo2e)).toString();
        // Materials & manufacturing 1.01518200925 kg (tst_readonlymodels): 1.02; distribution
        // 0.07170304 kg: 0.0717.
        QCOMPARE(stageTexts.at(0), QStringLiteral("1.02"));
        QCOMPARE(stageTexts.at(1), QStringLiteral("0.0717"));

        // The badge.
        QString error;
        const test::PdfText badge = test::readPdf(
                BadgeRenderer::render(e, options(LabelOptions::Kind::Badge), &error));
        QVERIFY2(badge.words.contains(total + QStringLiteral(" kg CO2e")), qPrintable(error));

        // The sheet: the summary, the stage table and its total row.
        const test::PdfText sheet = test::readPdf(
                SheetRenderer::render(e, options(LabelOptions::Kind::Sheet), nullptr, &error));
        QVERIFY2(sheet.words.contains(total + QStringLiteral(" kg CO2e")), qPrintable(error));
        QVERIFY2(sheet.text.contains(QStringLiteral("Total ") + total + QStringLiteral(" 100.0%")),
                 qPrintable(sheet.text));
        for (int row = 0; row < lca::kStageCount; ++row) {
            const QString name = StageNames::english(lca::kAllStages[static_cast<size_t>(row)]);
            QVERIFY2(sheet.text.contains(name + QLatin1Char(' ') + stageTexts.at(row)
                                         + QLatin1Char(' ')),
                     qPrintable(name + QLatin1Char(' ') + stageTexts.at(row)));
        }

        // The CLI's footprint table, in English.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(CARBONLABEL_BIN_DIR "/carbonlabel-cli"),
                  {QStringLiteral("footprint"), test::ExampleProfiles::mouse(),
                   QStringLiteral("--user-db"), m_examples.filePath(QStringLiteral("cli.sqlite"))});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n');
        auto cell = [&](const QString &name) {
            const QRegularExpression re(QStringLiteral("^  ") + QRegularExpression::escape(name)
                                        + QStringLiteral("\\s+(\\S+)\\s"));
            for (const QString &line : lines) {
                const QRegularExpressionMatch m = re.match(line);
                if (m.hasMatch())
                    return m.captured(1);
            }
            return QString();
        };
        QCOMPARE(cell(QStringLiteral("Total")), total);
        for (int row = 0; row < lca::kStageCount; ++row)
            QCOMPARE(cell(StageNames::english(lca::kAllStages[static_cast<size_t>(row)])),
                     stageTexts.at(row));
    }
};

QTEST_MAIN(TestNumberPolicy)
#include "tst_numberpolicy.moc"
