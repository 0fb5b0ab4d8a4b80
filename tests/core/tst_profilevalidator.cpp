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

        const QString mouse = QStringLiteral("wireless-mouse.clprofile.json");
        auto row = [&](const char *tag, const char *pointer, const char *value,
                       const char *expected) {
            QTest::newRow(tag) << mouse << QString::fromUtf8(pointer) << QString::fromUtf8(value)
                               << QString::fromUtf8(expected);
        };
        row("lifetime negative", "/product/lifetime_years", "-1",
            "product.lifetime_years: expected a number greater than zero, found -1");
        row("lifetime text", "/product/lifetime_years", "\"three\"",
            "product.lifetime_years: expected a number greater than zero, found the text "
            "\"three\"");
        row("name empty", "/product/name", "{}",
            "product.name: expected a text in at least one language (\"en\" or \"zh\")");
        row("name in French too", "/product/name/fr", "\"souris\"",
            "product.name.fr: warning: unknown field; it is kept when the profile is saved");
        row("unknown product field", "/product/colour", "\"grey\"",
            "product.colour: warning: unknown field; it is kept when the profile is saved");
        row("part removed", "/materials/0/part", "REMOVE",
            "materials[0].part: required field is missing; expected an object with \"en\" and "
            "\"zh\" texts");
        row("triangular min above value", "/materials/0/quantity",
            "{\"value\": 0.01, \"min\": 0.02, \"max\": 0.03}",
            "materials[0].quantity: expected min <= value <= max, found min 0.02, value 0.01, "
            "max 0.03");
        row("gsd below 1", "/materials/0/quantity", "{\"value\": 0.01, \"gsd\": 0.5}",
            "materials[0].quantity.gsd: expected a number of at least 1, found 0.5");
        row("distribution with an unknown key", "/materials/0/quantity",
            "{\"value\": 0.01, \"sd\": 2}",
            "materials[0].quantity.sd: unknown field in a distribution; expected value, min, "
            "max, gsd or dist");
        row("assembly grid removed", "/manufacturing/grid", "REMOVE",
            "manufacturing.grid: required field is missing; expected a text");
        row("yield loss 1", "/manufacturing/yield_loss", "1",
            "manufacturing.yield_loss: expected a share from 0 up to (not including) 1, found 1");
        row("hours 25", "/use/modes/0/hours_per_day", "25",
            "use.modes[0].hours_per_day: expected hours from 0 to 24, found 25");
        row("routes empty", "/end_of_life/routes", "[]",
            "end_of_life.routes: expected at least one route; remove end_of_life when the "
            "product's end of life is not assessed");
        // 0.4 + 0.5 = 0.9
        row("shares add up to 0.9", "/end_of_life/routes/1/share", "0.5",
            "end_of_life.routes: the shares add up to 0.9; they must add up to 1");
        row("share above 1", "/end_of_life/routes/0/share", "1.5",
            "end_of_life.routes[0].share: expected a share from 0 to 1, found 1.5");
        row("offsets negative", "/offsets/kg_co2e", "-3",
            "offsets.kg_co2e: expected a number of zero or more, found -3");
        row("network with SWD and a grid", "/digital_service",
            "{\"network\": {\"gb_per_year\": 1, \"model\": \"swd-v4\", \"grid\": "
            "\"grid_world_ember_2024\"}}",
            "digital_service.network.grid: warning: ignored: the model swd-v4 uses its own global "
            "grid "
            "intensity");
        row("network without energy", "/digital_service",
            "{\"network\": {\"gb_per_year\": 1, \"grid\": \"grid_world_ember_2024\"}}",
            "digital_service.network.kwh_per_gb: required field is missing; expected a number "
            "of zero or more");
        row("training without its grid", "/digital_service",
            "{\"ai\": {\"queries_per_year\": 10, \"wh_per_query\": 0.3, \"pue\": 1.2, \"grid\": "
            "\"grid_world_ember_2024\", \"training_mwh\": 5, "
            "\"training_amortised_over_queries\": 1e9}}",
            "digital_service.ai.training_grid: required field is missing; expected a text");
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
