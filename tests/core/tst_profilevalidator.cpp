// ProfileValidator: the window checks the profile in memory after each edit, without writing
// JSON and reading it back, and must say exactly what the reader says of the file it would save.
// Each case opens a changed example in a ProfileDocument (and, for the edit cases, types into a
// field), then compares the document's messages with those of reading and evaluating toData().
#include "core/document/profiledocument.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"
#include "core/profile/profilevalidator.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

namespace {

QByteArray readExample(const QString &name)
{
    QFile f(QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}

QStringList lines(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << (d.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + d.toString();
    out.sort();
    return out;
}

} // namespace

class TestProfileValidator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

    // What reading the saved file says: the reader's messages, then the evaluation's.
    QStringList fileMessages(const ProfileDocument &doc)
    {
        const ProfileReader::Result read = ProfileReader::read(doc.toData());
        Diagnostics all = read.diagnostics;
        if (read.profile)
            all += ProfileEvaluator::evaluate(*read.profile, m_db).diagnostics;
        return lines(all);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
    }

    void sameAsTheFile_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("pointer"); // JSON pointer to change; empty: none
        QTest::addColumn<QString>("value"); // JSON text; "REMOVE" removes the member
        QTest::addColumn<QString>("expected"); // a message that must be among them; or empty

        const QDir examples(QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples"));
        for (const QString &name : examples.entryList({QStringLiteral("*.clprofile.json")}))
            QTest::newRow(qPrintable(name)) << name << QString() << QString() << QString();

        // One changed mouse example per case, in tests/core/data/profilevalidator-cases.json:
        // the member at "pointer" set to "value" (or removed) and one message it must give.
        QFile cases(QStringLiteral(CARBONLABEL_SOURCE_DIR
                                   "/tests/core/data/profilevalidator-cases.json"));
        QVERIFY(cases.open(QIODevice::ReadOnly));
        for (const Json &c : Json::parse(cases.readAll().toStdString())) {
            const std::string tag = c.at("tag").get<std::string>();
            QTest::newRow(tag.c_str())
                    << QStringLiteral("wireless-mouse.clprofile.json")
                    << QString::fromStdString(c.at("pointer").get<std::string>())
                    << QString::fromStdString(c.value("remove", false) ? std::string("REMOVE")
                                                                       : c.at("value").dump())
                    << QString::fromStdString(c.at("expected").get<std::string>());
        }
    }

    void sameAsTheFile()
    {
        QFETCH(QString, example);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Json root = Json::parse(readExample(example).toStdString());
        if (!pointer.isEmpty()) {
            const Json::json_pointer at(pointer.toStdString());
            if (value == QLatin1String("REMOVE"))
                root[at.parent_pointer()].erase(at.back());
            else
                root[at] = Json::parse(value.toStdString());
        }
        const std::string text = root.dump(2);
        ProfileDocument doc(&m_db);
        QString error;
        QVERIFY2(doc.openData(QByteArray::fromStdString(text), {}, &error), qPrintable(error));
        const QStringList inMemory = lines(doc.diagnostics());
        QCOMPARE(inMemory.join(QLatin1Char('\n')), fileMessages(doc).join(QLatin1Char('\n')));
        if (!expected.isEmpty()) {
            QVERIFY2(std::any_of(inMemory.begin(), inMemory.end(),
                                 [&](const QString &l) { return l.mid(2) == expected; }),
                     qPrintable(inMemory.join(QLatin1Char('\n'))));
        }
    }

    // Typing into the window: each edit is checked in memory, as the saved file would be.
    void afterEdits_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lifetime -2") << "product.lifetime_years"
                                     << "-2"
                                     << "product.lifetime_years: expected a number greater than "
                                        "zero, found -2";
        QTest::newRow("quantity typed as words")
                << "materials[1].quantity"
                << "some"
                << "materials[1].quantity: expected a number greater than zero, found the text "
                   "\"some\"";
        QTest::newRow("grid emptied") << "use.grid"
                                      << ""
                                      << "use.grid: must not be empty";
        QTest::newRow("days 400") << "use.modes[1].days_per_year"
                                  << "400"
                                  << "use.modes[1].days_per_year: expected days from 0 to 366, "
                                     "found 400";
        QTest::newRow("a valid edit") << "product.lifetime_years"
                                      << "4"
                                      << "";
    }

    void afterEdits()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        ProfileDocument doc(&m_db);
        QString error;
        QVERIFY(doc.openData(readExample(QStringLiteral("wireless-mouse.clprofile.json")), {},
                             &error));
        doc.setFieldText(path, text);
        const QStringList inMemory = lines(doc.diagnostics());
        QCOMPARE(inMemory.join(QLatin1Char('\n')), fileMessages(doc).join(QLatin1Char('\n')));
        if (expected.isEmpty()) {
            QVERIFY2(doc.evaluation().ok(), qPrintable(inMemory.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(inMemory.contains(QStringLiteral("E ") + expected),
                     qPrintable(inMemory.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
