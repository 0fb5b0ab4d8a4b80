#include "core/factors/factorcsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using carbonlabel::Factor;
using carbonlabel::FactorCsv;

namespace {

const QByteArray kHeader = "id,category,name_en,name_zh,value,unit,region,year,source,"
                           "source_detail,uncertainty_gsd,notes,pedigree,grid_basis,grid_scope\n";

// A valid row with one field replaced, so each bad-row case differs from a good row in one place.
QByteArray row(const QString &column, const QString &text)
{
    static const QStringList header = QString::fromUtf8(kHeader).trimmed().split(u',');
    QStringList fields
            = {"mat_x",  "material", "Thing", "东西", "1.5",         "kgCO2e/kg", "GLOBAL", "2011",
               "Source", "",         "",      "",     "(3;3;5;3;3)", "",          ""};
    fields[header.indexOf(column)] = text;
    return fields.join(u',').toUtf8() + '\n';
}

QString shippedCsv()
{
    return QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/factors/factors.csv");
}

} // namespace

class TestFactorCsv : public QObject
{
    Q_OBJECT

private slots:
    void readShipped();
    void badRows_data();
    void badRows();
    void badHeader_data();
    void badHeader();
    void errorText();
    void collectsAllErrors();
    void errorsBeforeASyntaxError();
    void columnsInAnyOrder();
    void optionalColumns();
    void writeExact();
    void roundTrip();
    void roundTripShipped();
    void chineseNotes();
    void shippedNotesInChinese();
    void validate();
};

void TestFactorCsv::readShipped()
{
    const FactorCsv::Result result = FactorCsv::readFile(shippedCsv());
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.factors.size(), 335); // SOURCES.md: "factors.csv ... has 335 rows"
    const Factor &first = result.factors.first();
    QCOMPARE(first.id, QStringLiteral("grid_world_ember_2024"));
    QCOMPARE(first.value, 0.47294);
    QCOMPARE(first.unit, QStringLiteral("kgCO2e/kWh"));
    QCOMPARE(first.region, QStringLiteral("WORLD"));
    QCOMPARE(first.year, 2024);
    QCOMPARE(first.uncertaintyGsd, 0.0);
    QCOMPARE(first.nameEn,
             QStringLiteral("Grid electricity, World (Ember, lifecycle, generation-based)"));
    QCOMPARE(first.nameZh, QStringLiteral("电网电力碳强度，全球平均（Ember，全生命周期，发电侧）"));
    auto abs = std::find_if(result.factors.cbegin(), result.factors.cend(),
                            [](const Factor &f) { return f.id == u"mat_abs_ice"; });
    QVERIFY(abs != result.factors.cend());
    QCOMPARE(abs->value, 3.76);
    QCOMPARE(abs->year, 2011);
    QCOMPARE(abs->region, QStringLiteral("GLOBAL/UK"));
}

void TestFactorCsv::badRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("fragment");

    const QByteArray good = row("id", "mat_good");
    QTest::newRow("value not a number") << kHeader + good + row("value", "abc") << 3 << "value"
                                        << "\"abc\" is not a number";
    QTest::newRow("value empty") << kHeader + row("value", "") << 2 << "value"
                                 << "empty";
    QTest::newRow("value infinite")
            << kHeader + good + row("id", "mat_g2") + row("value", "inf") << 4 << "value"
            << "finite";
    QTest::newRow("value nan") << kHeader + row("value", "nan") << 2 << "value"
                               << "finite";
    QTest::newRow("value with comma decimal") << kHeader + row("value", "\"1,5\"") << 2 << "value"
                                              << "\"1,5\" is not a number";
    QTest::newRow("id empty") << kHeader + row("id", "") << 2 << "id"
                              << "empty";
    QTest::newRow("id upper case") << kHeader + row("id", "Mat_X") << 2 << "id"
                                   << "\"Mat_X\"";
    QTest::newRow("id with hyphen") << kHeader + row("id", "mat-x") << 2 << "id"
                                    << "\"mat-x\"";
    QTest::newRow("id with space") << kHeader + row("id", "mat x") << 2 << "id"
                                   << "\"mat x\"";
    QTest::newRow("id duplicate") << kHeader + row("id", "mat_x") + good + row("id", "mat_x") << 4
                                  << "id"
                                  << "row 2";
    QTest::newRow("year not whole") << kHeader + row("year", "2011.5") << 2 << "year"
                                    << "\"2011.5\"";
    QTest::newRow("year text") << kHeader + row("year", "circa 2011") << 2 << "year"
                               << "\"circa 2011\"";
    QTest::newRow("gsd below 1") << kHeader + row("uncertainty_gsd", "0.5") << 2
                                 << "uncertainty_gsd"
                                 << "at least 1";
    QTest::newRow("gsd zero") << kHeader + row("uncertainty_gsd", "0") << 2 << "uncertainty_gsd"
                              << "at least 1";
    QTest::newRow("gsd text") << kHeader + row("uncertainty_gsd", "high") << 2 << "uncertainty_gsd"
                              << "\"high\" is not a number";
    QTest::newRow("pedigree of four") << kHeader + row("pedigree", "(3;3;5;3)") << 2 << "pedigree"
                                      << "is not a pedigree";
    QTest::newRow("pedigree score 6") << kHeader + row("pedigree", "(3;3;6;3;3)") << 2 << "pedigree"
                                      << "is not a pedigree";
    QTest::newRow("pedigree without brackets")
            << kHeader + row("pedigree", "3;3;5;3;3") << 2 << "pedigree"
            << "write five scores 1 to 5 as (r;c;t;g;f)";
    QTest::newRow("grid basis unknown")
            << kHeader + row("grid_basis", "marginal") << 2 << "grid_basis"
            << "\"marginal\" is not one of: lifecycle, combustion";
    QTest::newRow("grid scope unknown") << kHeader + row("grid_scope", "grid") << 2 << "grid_scope"
                                        << "is not one of: generation, consumption";
    QTest::newRow("unit empty") << kHeader + good + row("unit", "") << 3 << "unit"
                                << "empty";
    QTest::newRow("unit blank") << kHeader + row("unit", "  ") << 2 << "unit"
                                << "empty";
    QTest::newRow("too few fields") << kHeader + good + QByteArray("mat_y,material\n") << 3 << ""
                                    << "2 fields";
    QTest::newRow("too many fields") << kHeader + good.trimmed() + ",extra\n"
                                     << 2 << ""
                                     << "16 fields";
    QTest::newRow("unterminated quote") << kHeader + good + "mat_y,\"material\n"
                                        << 3 << ""
                                        << "character 7";
    QTest::newRow("row after a multi-line note") << kHeader + row("notes", "\"two\nlines\"")
                    + row("value", "x").replace("mat_x", "mat_y")
                                                 << 4 << "value"
                                                 << "\"x\"";
}

void TestFactorCsv::badRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, fragment);

    const FactorCsv::Result result = FactorCsv::read(csv, QStringLiteral("factors.csv"));
    QVERIFY(!result.ok());
    QVERIFY2(result.factors.isEmpty(), "nothing is returned when a row is wrong");
    QCOMPARE(result.errors.size(), 1);
    const FactorCsv::Error &error = result.errors.first();
    QCOMPARE(error.file, QStringLiteral("factors.csv"));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    const QString text = error.toString();
    QVERIFY2(text.startsWith(QStringLiteral("factors.csv: row %1").arg(line)), qPrintable(text));
    if (!column.isEmpty())
        QVERIFY2(text.contains(QStringLiteral("column \"%1\"").arg(column)), qPrintable(text));
}

void TestFactorCsv::badHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unknown column") << QByteArray("id,category,name_en,value,unit,colour\n")
                                    << QStringList{"colour"} << "unknown";
    QTest::newRow("two unknown columns")
            << QByteArray("id,category,name_en,value,unit,colour,Value\n")
            << QStringList{"colour", "Value"} << "unknown";
    QTest::newRow("missing value") << QByteArray("id,category,name_en,unit\nmat_x,m,X,kg\n")
                                   << QStringList{"value"} << "missing";
    QTest::newRow("missing id and unit")
            << QByteArray("category,name_en,value\n") << QStringList{"id", "unit"} << "missing";
    QTest::newRow("column twice") << QByteArray("id,category,name_en,value,unit,value\n")
                                  << QStringList{"value"} << "twice";
}

void TestFactorCsv::badHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, columns);
    QFETCH(QString, fragment);

    const FactorCsv::Result result = FactorCsv::read(csv, QStringLiteral("user.csv"));
    QCOMPARE(result.errors.size(), columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QCOMPARE(result.errors.at(i).line, 1);
        QCOMPARE(result.errors.at(i).column, columns.at(i));
        QVERIFY2(result.errors.at(i).message.contains(fragment),
                 qPrintable(result.errors.at(i).message));
    }
}

void TestFactorCsv::errorText()
{
    QByteArray csv = kHeader;
    for (int i = 0; i < 10; ++i)
        csv += row("id", QStringLiteral("mat_%1").arg(i));
    csv += row("value", "abc"); // the 12th line
    const FactorCsv::Result result = FactorCsv::read(csv, QStringLiteral("factors.csv"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(),
             QStringLiteral("factors.csv: row 12, column \"value\": \"abc\" is not a number"));
}

void TestFactorCsv::collectsAllErrors()
{
    const QByteArray csv = kHeader + row("id", "mat_a") + row("value", "x") + row("id", "mat_c")
            + row("uncertainty_gsd", "0.2").replace("mat_x", "mat_d")
            + row("id", "BAD").replace("1.5", "y");
    const FactorCsv::Result result = FactorCsv::read(csv, QStringLiteral("f.csv"));
    QCOMPARE(result.errors.size(), 4);
    QCOMPARE(result.errors.at(0).line, 3);
    QCOMPARE(result.errors.at(0).column, QStringLiteral("value"));
    QCOMPARE(result.errors.at(1).line, 5);
    QCOMPARE(result.errors.at(1).column, QStringLiteral("uncertainty_gsd"));
    QCOMPARE(result.errors.at(2).line, 6);
    QCOMPARE(result.errors.at(2).column, QStringLiteral("value"));
    QCOMPARE(result.errors.at(3).line, 6);
    QCOMPARE(result.errors.at(3).column, QStringLiteral("id"));
    QVERIFY(result.factors.isEmpty());
}

void TestFactorCsv::errorsBeforeASyntaxError()
{
    // Rows before a malformed line are still checked, so one run lists every error.
    const QByteArray csv = kHeader + row("value", "abc") + row("id", "mat_b") + "mat_c,\"material\n"
            + row("id", "mat_d");
    const FactorCsv::Result result = FactorCsv::read(csv, QStringLiteral("f.csv"));
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).line, 2);
    QCOMPARE(result.errors.at(0).column, QStringLiteral("value"));
    QCOMPARE(result.errors.at(1).line, 4);
    QVERIFY(result.errors.at(1).column.isEmpty());
    QVERIFY(result.factors.isEmpty());
}

void TestFactorCsv::columnsInAnyOrder()
{
    const QByteArray csv = "notes,unit,value,name_en,category,id,year,uncertainty_gsd\r\n"
                           "\"a, b\",kgCO2e/kWh,0.5575,Grid,grid_electricity,grid_x,2024,1.2\r\n";
    const FactorCsv::Result result = FactorCsv::read(csv, QStringLiteral("f.csv"));
    QVERIFY(result.ok());
    QCOMPARE(result.factors.size(), 1);
    const Factor &f = result.factors.first();
    QCOMPARE(f.id, QStringLiteral("grid_x"));
    QCOMPARE(f.category, QStringLiteral("grid_electricity"));
    QCOMPARE(f.nameEn, QStringLiteral("Grid"));
    QCOMPARE(f.value, 0.5575);
    QCOMPARE(f.unit, QStringLiteral("kgCO2e/kWh"));
    QCOMPARE(f.year, 2024);
    QCOMPARE(f.uncertaintyGsd, 1.2);
    QCOMPARE(f.notesEn, QStringLiteral("a, b"));
    QVERIFY(f.nameZh.isEmpty());
}

void TestFactorCsv::optionalColumns()
{
    const FactorCsv::Result result = FactorCsv::read(
            "id,category,name_en,value,unit\nx1,material,X, 2.5 ,kg/unit\n", QStringLiteral("f"));
    QVERIFY(result.ok());
    QCOMPARE(result.factors.first().value, 2.5);
    QCOMPARE(result.factors.first().year, 0);
    QCOMPARE(result.factors.first().uncertaintyGsd, 0.0);
}

void TestFactorCsv::writeExact()
{
    Factor f;
    f.id = "mat_x";
    f.category = "material";
    f.nameEn = "Steel, recycled";
    f.nameZh = "再生钢材";
    f.value = 0.47;
    f.unit = "kgCO2e/kg";
    f.region = "GLOBAL";
    f.year = 2011;
    f.source = "ICE";
    f.uncertaintyGsd = 1.5;
    f.notesEn = "say \"hi\"\nthen go";
    f.pedigree = {3, 3, 5, 3, 3};
    f.qualityNoteEn = "ICE; T5";
    Factor g;
    g.id = "y";
    g.value = 1e-7;
    g.unit = " W";
    const QByteArray expected = "id,category,name_en,name_zh,value,unit,region,year,source,"
                                "source_detail,uncertainty_gsd,notes,component_class,pedigree,"
                                "quality_note,grid_basis,grid_method,grid_scope,notes_zh,"
                                "quality_note_zh\r\n"
                                "mat_x,material,\"Steel, recycled\",再生钢材,0.47,kgCO2e/kg,"
                                "GLOBAL,2011,ICE,,1.5,\"say \"\"hi\"\"\nthen go\",,(3;3;5;3;3),"
                                "ICE; T5,,,,,\r\n"
                                "y,,,,1e-07,\" W\",,,,,,,,,,,,,,\r\n";
    QCOMPARE(FactorCsv::write({f, g}), expected);
}

void TestFactorCsv::roundTrip()
{
    Factor a;
    a.id = "a_1";
    a.category = "material";
    a.nameEn = "  padded, with \"quotes\"  ";
    a.nameZh = "铝（通用，市场平均，含33%再生料）";
    a.value = 0.1 + 0.2; // not exactly 0.3: the shortest text must still give it back
    a.unit = "kgCO2e/kg";
    a.year = 1999;
    a.uncertaintyGsd = 1.0000000000000002;
    a.notesEn = "line 1\r\nline 2"; // CRLF in a field reads back as LF (CsvReader)
    Factor b;
    b.id = "b";
    b.category = "x";
    b.nameEn = "B";
    b.value = -123456789.125;
    b.unit = "W";
    b.sourceDetail = ",";

    const FactorCsv::Result result = FactorCsv::read(FactorCsv::write({a, b}), "f.csv");
    QVERIFY(result.ok());
    a.notesEn = "line 1\nline 2";
    QCOMPARE(result.factors, QList<Factor>({a, b}));
}

void TestFactorCsv::roundTripShipped()
{
    const FactorCsv::Result shipped = FactorCsv::readFile(shippedCsv());
    QVERIFY(shipped.ok());
    const FactorCsv::Result again = FactorCsv::read(FactorCsv::write(shipped.factors), "copy.csv");
    QVERIFY(again.ok());
    QCOMPARE(again.factors, shipped.factors);
}

// notes_zh and quality_note_zh: read when present, empty when the file has no such columns (one
// written before they existed), written last, and shown by language with English as fallback.
void TestFactorCsv::chineseNotes()
{
    const QByteArray withZh = "id,category,name_en,value,unit,notes,quality_note,notes_zh,"
                              "quality_note_zh\r\n"
                              "mat_a,material,A,1,kg,\"Cradle-to-gate, 2011.\",One study (R3),"
                              "\"从摇篮到大门，2011。\",一项研究（R3）\r\n"
                              "mat_b,material,B,2,kg,English only,Scored,,\r\n";
    const FactorCsv::Result read = FactorCsv::read(withZh, QStringLiteral("zh.csv"));
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
    QCOMPARE(read.factors.size(), 2);
    const Factor &a = read.factors.at(0);
    QCOMPARE(a.notesEn, QStringLiteral("Cradle-to-gate, 2011."));
    QCOMPARE(a.notesZh, QStringLiteral("从摇篮到大门，2011。"));
    QCOMPARE(a.qualityNoteEn, QStringLiteral("One study (R3)"));
    QCOMPARE(a.qualityNoteZh, QStringLiteral("一项研究（R3）"));
    QCOMPARE(a.notes(QStringLiteral("zh")), QStringLiteral("从摇篮到大门，2011。"));
    QCOMPARE(a.notes(QStringLiteral("en")), QStringLiteral("Cradle-to-gate, 2011."));
    QCOMPARE(a.qualityNote(QStringLiteral("zh")), QStringLiteral("一项研究（R3）"));
    QCOMPARE(a.qualityNote(QStringLiteral("en")), QStringLiteral("One study (R3)"));
    // No Chinese: the English in both languages.
    const Factor &b = read.factors.at(1);
    QVERIFY(b.notesZh.isEmpty());
    QCOMPARE(b.notes(QStringLiteral("zh")), QStringLiteral("English only"));
    QCOMPARE(b.qualityNote(QStringLiteral("zh")), QStringLiteral("Scored"));

    // A file without the two columns still reads; its notes have no Chinese.
    const FactorCsv::Result old = FactorCsv::read(
            "id,category,name_en,value,unit,notes,quality_note\nmat_c,material,C,3,kg,Old,Q\n",
            QStringLiteral("old.csv"));
    QVERIFY2(old.ok(), qPrintable(old.errors.value(0).toString()));
    QCOMPARE(old.factors.first().notesEn, QStringLiteral("Old"));
    QVERIFY(old.factors.first().notesZh.isEmpty());
    QVERIFY(old.factors.first().qualityNoteZh.isEmpty());
    QCOMPARE(old.factors.first().notes(QStringLiteral("zh")), QStringLiteral("Old"));

    // Written as the last two columns (a full-width comma needs no quotes), and read back the
    // same.
    const QByteArray written = FactorCsv::write({a});
    QVERIFY2(written.startsWith("id,category,name_en,name_zh,value,unit,region,year,source,"
                                "source_detail,uncertainty_gsd,notes,component_class,pedigree,"
                                "quality_note,grid_basis,grid_method,grid_scope,notes_zh,"
                                "quality_note_zh\r\n"),
             written.constData());
    QVERIFY2(written.endsWith(",,,从摇篮到大门，2011。,一项研究（R3）\r\n"), written.constData());
    const FactorCsv::Result again = FactorCsv::read(written, QStringLiteral("again.csv"));
    QVERIFY(again.ok());
    QCOMPARE(again.factors, QList<Factor>({a}));
}

// Every shipped factor with notes or a data-quality note has them in Chinese too.
void TestFactorCsv::shippedNotesInChinese()
{
    const FactorCsv::Result result = FactorCsv::readFile(shippedCsv());
    QVERIFY(result.ok());
    QStringList missing;
    for (const Factor &f : result.factors) {
        if (!f.notesEn.isEmpty() && f.notesZh.isEmpty())
            missing.append(f.id + QStringLiteral(" notes_zh"));
        if (!f.qualityNoteEn.isEmpty() && f.qualityNoteZh.isEmpty())
            missing.append(f.id + QStringLiteral(" quality_note_zh"));
        if (f.notesEn.isEmpty() && !f.notesZh.isEmpty())
            missing.append(f.id + QStringLiteral(" notes (only Chinese)"));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    // ICE v2 ABS, read by eye from factors.csv.
    auto abs = std::find_if(result.factors.cbegin(), result.factors.cend(),
                            [](const Factor &f) { return f.id == u"mat_abs_ice"; });
    QVERIFY(abs != result.factors.cend());
    QCOMPARE(abs->notesEn,
             QStringLiteral(
                     "Cradle-to-gate. Feedstock energy included; excludes final fabrication."));
    QCOMPARE(abs->notesZh, QStringLiteral("从摇篮到大门。含原料能；不含最终加工。"));
}

void TestFactorCsv::validate()
{
    Factor f;
    f.id = "ok_1";
    f.value = 1;
    f.unit = "kg";
    QVERIFY(FactorCsv::validate(f).isEmpty());
    f.uncertaintyGsd = 1.0;
    QVERIFY(FactorCsv::validate(f).isEmpty());

    f.id = "Not ok";
    f.value = std::numeric_limits<double>::infinity();
    f.unit.clear();
    f.uncertaintyGsd = 0.9;
    QStringList columns;
    for (const FactorCsv::Error &error : FactorCsv::validate(f))
        columns.append(error.column);
    QCOMPARE(columns, QStringList({"id", "value", "unit", "uncertainty_gsd"}));
    QCOMPARE(FactorCsv::validate(f).first().toString(),
             QStringLiteral(
                     "column \"id\": \"Not ok\" is not a valid id (use only a-z, 0-9 and _)"));
    QCOMPARE((FactorCsv::Error{"f.csv", 0, "", "unreadable"}).toString(),
             QStringLiteral("f.csv: unreadable"));
    QCOMPARE((FactorCsv::Error{"f.csv", 3, "", "bad"}).toString(),
             QStringLiteral("f.csv: row 3: bad"));
}

QTEST_APPLESS_MAIN(TestFactorCsv)
#include "tst_factorcsv.moc"
