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
        saver.setInterval(50);
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

    void settingsDefaults()
    {
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
        Settings *s = Settings::instance();
        QCOMPARE(s->value(Settings::LabelWidthMm).toDouble(), 60.0);
        QCOMPARE(s->value(Settings::AutosaveIntervalSeconds).toInt(), 60);
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
