// Autosaver and Settings: recovery files written, offered after a "crash", removed on save.
#include "core/document/autosaver.h"
#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "core/factors/factordatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class TestAutosaver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

    static QString mouse()
    {
        return QStringLiteral(CARBONLABEL_SOURCE_DIR
                              "/resources/examples/wireless-mouse.clprofile.json");
    }
    static QByteArray mouseText()
    {
        QFile f(mouse());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the mouse example");
        return f.readAll();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-test-autosaver"));
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
    }
    void cleanupTestCase() { QDir(Autosaver::recoveryDirectory()).removeRecursively(); }

    void debouncedAndRecovered()
    {
        ProfileDocument doc(&m_db);
        QVERIFY(doc.open(mouse(), nullptr));
        Autosaver saver(&doc);
        saver.setDelay(50);
        QSignalSpy saved(&saver, &Autosaver::autosaved);
        doc.setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("6"));
        doc.setFieldText(QStringLiteral("materials[0].quantity"), QStringLiteral("62"));
        QVERIFY(saved.wait(2000));
        QCOMPARE(saved.count(), 1); // two changes, one write
        const QString file = saver.recoveryFile();
        QVERIFY(QFile::exists(file));
        // Our own file is locked while we run: not offered.
        QVERIFY(Autosaver::pendingRecoveries().isEmpty());
        // A copy without a lock is what a crash leaves behind.
        const QString crashed
                = Autosaver::recoveryDirectory() + QStringLiteral("/crashed.clrecovery.json");
        QVERIFY(QFile::copy(file, crashed));
        const QList<Autosaver::Recovery> pending = Autosaver::pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].originalFile, mouse());
        ProfileDocument recovered(&m_db);
        QVERIFY(recovered.openData(pending[0].profileData, pending[0].originalFile, nullptr));
        QCOMPARE(recovered.fieldText(QStringLiteral("materials[0].quantity")),
                 QStringLiteral("62"));
        Autosaver::discard(crashed);
        QVERIFY(Autosaver::pendingRecoveries().isEmpty());
        // Saving removes the recovery file.
        QVERIFY(doc.save(m_dir.filePath(QStringLiteral("saved.clprofile.json")), nullptr));
        QVERIFY(!QFile::exists(file));
    }

    // A recovery file this program cannot read is reported once, naming the file and why, and
    // set aside (renamed to *.bad) so the next start neither offers nor reports it; no
    // exception comes out of reading it.
    void malformedRecoveryFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason"); // part of the message
        const QByteArray profile = mouseText();
        QTest::newRow("file a number")
                << QByteArray(R"({"format":"carbonlabel-recovery","file":7,"profile":{}})")
                << "\"file\"";
        QTest::newRow("file a number, good profile")
                << QByteArray(R"({"format":"carbonlabel-recovery","file":7,"profile":)") + profile
                        + "}"
                << "\"file\"";
        QTest::newRow("saved_at an array")
                << QByteArray(R"({"format":"carbonlabel-recovery","saved_at":[],"profile":)")
                        + profile + "}"
                << "\"saved_at\"";
        QTest::newRow("format a number") << QByteArray(R"({"format":5,"profile":)") + profile + "}"
                                         << "not a CarbonLabel recovery file";
        QTest::newRow("format missing") << QByteArray(R"({"profile":)") + profile + "}"
                                        << "not a CarbonLabel recovery file";
        QTest::newRow("top-level array") << QByteArray("[]") << "not a CarbonLabel recovery file";
        QTest::newRow("empty file") << QByteArray() << "broken JSON";
        QTest::newRow("broken JSON")
                << QByteArray(R"({"format":"carbonlabel-recovery","profile":)") << "broken JSON";
        QTest::newRow("profile missing")
                << QByteArray(R"({"format":"carbonlabel-recovery","file":""})") << "no profile";
        QTest::newRow("profile empty")
                << QByteArray(R"({"format":"carbonlabel-recovery","file":"","profile":{}})")
                << "format";
        QTest::newRow("profile a text")
                << QByteArray(R"({"format":"carbonlabel-recovery","profile":"x"})")
                << "expected a profile object";
        QTest::newRow("profile of version 2")
                << QByteArray(R"({"format":"carbonlabel-recovery","profile":)"
                              R"({"format":"carbonlabel-profile","version":2}})")
                << "unsupported version 2";
    }

    void malformedRecoveryFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const QString file
                = Autosaver::recoveryDirectory() + QStringLiteral("/malformed.clrecovery.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QString error;
        QVERIFY(!Autosaver::readRecovery(file, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));

        QStringList problems;
        QVERIFY(Autosaver::pendingRecoveries(&problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(QStringLiteral("malformed.clrecovery.json")),
                 qPrintable(problems[0]));
        QVERIFY2(problems[0].contains(reason), qPrintable(problems[0]));
        QVERIFY(!QFile::exists(file));
        const QString setAside = file + QStringLiteral(".bad");
        QVERIFY(QFile::exists(setAside));
        QVERIFY2(problems[0].contains(QStringLiteral("malformed.clrecovery.json.bad")),
                 qPrintable(problems[0]));
        {
            QFile f(setAside); // kept as it was, for whoever wants to look into it
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), text);
        }
        // Not offered, nor reported, again.
        problems.clear();
        QVERIFY(Autosaver::pendingRecoveries(&problems).isEmpty());
        QVERIFY(problems.isEmpty());
        QVERIFY(QFile::remove(setAside));
    }

    void settingsDefaults()
    {
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
        Settings *s = Settings::instance();
        QCOMPARE(s->value(Settings::LabelWidthMm).toDouble(), 60.0);
        QCOMPARE(s->value(Settings::AutosaveDelaySeconds).toInt(), 2);
        QCOMPARE(s->value(Settings::LabelLanguage).toString(), QStringLiteral("both"));
        QSignalSpy changed(s, &Settings::changed);
        s->setValue(Settings::LabelWidthMm, 70.0);
        QCOMPARE(changed.count(), 1);
        s->sync();
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(Settings::instance()->value(Settings::LabelWidthMm).toDouble(), 70.0);
        for (int i = 0; i < 10; ++i)
            s->addRecentFile(m_dir.filePath(QStringLiteral("p%1.clprofile.json").arg(i)));
        QCOMPARE(s->recentFiles().size(), Settings::kMaxRecentFiles);
        QVERIFY(s->recentFiles().first().endsWith(QStringLiteral("p9.clprofile.json")));
    }
};

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
