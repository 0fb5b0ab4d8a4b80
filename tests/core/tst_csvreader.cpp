#include "core/base/csvreader.h"

#include <QTemporaryDir>
#include <QTest>

using carbonlabel::CsvReader;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void missingFile();
    void readFile();
};

using Rows = QList<QStringList>;
using Lines = QList<int>;

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("plain LF") << QByteArray("a,b,c\nd,e,f\n")
                              << Rows{{"a", "b", "c"}, {"d", "e", "f"}} << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << Rows{{"a", "b"}, {"c", "d"}}
                          << Lines{1, 2};
    QTest::newRow("no final line break")
            << QByteArray("a,b\nc,d") << Rows{{"a", "b"}, {"c", "d"}} << Lines{1, 2};
    QTest::newRow("lone CR ends a line") << QByteArray("a\rb") << Rows{{"a"}, {"b"}} << Lines{1, 2};
    QTest::newRow("comma in quotes") << QByteArray("\"a,b\",c\n") << Rows{{"a,b", "c"}} << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"he said \"\"hi\"\"\",x\n")
                                    << Rows{{"he said \"hi\"", "x"}} << Lines{1};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\"\n") << Rows{{"\""}} << Lines{1};
    QTest::newRow("LF in quotes") << QByteArray("\"line1\nline2\",x\nnext,y\n")
                                  << Rows{{"line1\nline2", "x"}, {"next", "y"}} << Lines{1, 3};
    QTest::newRow("CRLF in quotes becomes LF")
            << QByteArray("\"one\r\ntwo\",x\r\nnext,y\r\n")
            << Rows{{"one\ntwo", "x"}, {"next", "y"}} << Lines{1, 3};
    QTest::newRow("empty fields") << QByteArray(",,\n") << Rows{{"", "", ""}} << Lines{1};
    QTest::newRow("trailing comma") << QByteArray("a,\n") << Rows{{"a", ""}} << Lines{1};
    QTest::newRow("quoted empty") << QByteArray("\"\",b\n") << Rows{{"", "b"}} << Lines{1};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Rows{{" a ", " b "}} << Lines{1};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFid,name\r\nx,y\r\n")
                         << Rows{{"id", "name"}, {"x", "y"}} << Lines{1, 2};
    QTest::newRow("BOM then quote")
            << QByteArray("\xEF\xBB\xBF\"id\",name\n") << Rows{{"id", "name"}} << Lines{1};
    QTest::newRow("UTF-8 Chinese")
            << QByteArray("铝（通用，市场平均）,\"铜,钢\"\n")
            << Rows{{QStringLiteral("铝（通用，市场平均）"), QStringLiteral("铜,钢")}} << Lines{1};
    QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\r\nb\n") << Rows{{"a"}, {"b"}} << Lines{1, 4};
    QTest::newRow("empty input") << QByteArray() << Rows{} << Lines{};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << Rows{} << Lines{};
    QTest::newRow("quote and comma at end")
            << QByteArray("a,\"b\",\n") << Rows{{"a", "b", ""}} << Lines{1};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    const CsvReader::Result result = CsvReader::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(result.rows.at(i).fields, rows.at(i));
        QCOMPARE(result.rows.at(i).line, lines.at(i));
    }
}

void TestCsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("rowsBefore"); // read before the error, and returned

    QTest::newRow("unterminated quote") << QByteArray("a,b\n\"abc,d\n") << 2 << 1 << 1;
    QTest::newRow("unterminated, opened mid-row") << QByteArray("x\ny,\"open\nmore") << 2 << 3 << 1;
    QTest::newRow("quote in unquoted field") << QByteArray("ab\"c,d\n") << 1 << 3 << 0;
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"c,d\n") << 1 << 5 << 0;
    QTest::newRow("space after closing quote") << QByteArray("x,\"ab\" ,d\n") << 1 << 7 << 0;
    // Columns count characters, not bytes: 铝 and 铜 are three bytes each.
    QTest::newRow("column in characters") << QByteArray("铝铜\"x\n") << 1 << 3 << 0;
    QTest::newRow("after a multi-line field") << QByteArray("\"a\nb\",c\nd\"e\n") << 3 << 2 << 1;
    QTest::newRow("invalid UTF-8") << QByteArray("a,\xff\xfe\n") << 1 << 3 << 0;
    QTest::newRow("BOM does not count") << QByteArray("\xEF\xBB\xBF"
                                                      "a\"")
                                        << 1 << 2 << 0;
}

void TestCsvReader::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, rowsBefore);

    const CsvReader::Result result = CsvReader::parse(input);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.rows.size(), rowsBefore);
    QCOMPARE(result.errorLine, line);
    QCOMPARE(result.errorColumn, column);
}

void TestCsvReader::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.csv"));
    const CsvReader::Result result = CsvReader::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
}

void TestCsvReader::readFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,value\r\nmat_x,\"1.5\"\r\n");
    file.close();
    const CsvReader::Result result = CsvReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(1).fields, QStringList({"mat_x", "1.5"}));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
