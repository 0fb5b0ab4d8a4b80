// Factor packs: `factors export` writes the user layer with every column (citations included)
// and `factors import` on another machine (another user database) reads back the same factors.
#include "tests/common/clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestFactorPack : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int cli(const QStringList &arguments, const QString &userDb, QByteArray *out = nullptr)
    {
        const carbonlabel::test::CliRun run = carbonlabel::test::runCli(arguments, userDb);
        if (out)
            *out = run.out;
        return run.exitCode;
    }

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void roundTrip()
    {
        QVERIFY(m_dir.isValid());
        // A team's own factor, with its citation, as the CSV of docs/factors.md.
        const QString pack = m_dir.filePath(QStringLiteral("team.csv"));
        QFile f(pack);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,category,name_en,name_zh,value,unit,region,year,source,source_detail,"
                "uncertainty_gsd,notes\n"
                "team_housing_pc,material,\"Housing, recycled "
                "PC\",外壳（再生聚碳酸酯）,2.15,kgCO2e/kg,CN,2024,"
                "Supplier EPD S-P-01234,\"EPD S-P-01234, table 4, A1-A3\",1.2,measured by the "
                "supplier\n");
        f.close();
        const QString userA = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString userB = m_dir.filePath(QStringLiteral("b.sqlite"));
        QCOMPARE(cli({QStringLiteral("factors"), QStringLiteral("import"), pack}, userA), 0);
        const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
        QCOMPARE(cli({QStringLiteral("factors"), QStringLiteral("export"), exported}, userA), 0);
        const QByteArray csv = read(exported);
        // UTF-8 with a byte-order mark, so spreadsheets read the Chinese names right.
        QVERIFY2(csv.startsWith("\xEF\xBB\xBF"
                                "id,category,name_en,name_zh,value,unit,region,year,source,source_"
                                "detail,uncertainty_gsd,notes"),
                 csv.constData());
        QVERIFY2(csv.contains("Supplier EPD S-P-01234")
                         && csv.contains("\"EPD S-P-01234, table 4, A1-A3\""),
                 csv.constData());

        // Another machine: a fresh user layer.
        QCOMPARE(cli({QStringLiteral("factors"), QStringLiteral("import"), exported}, userB), 0);
        const QString again = m_dir.filePath(QStringLiteral("again.csv"));
        QCOMPARE(cli({QStringLiteral("factors"), QStringLiteral("export"), again}, userB), 0);
        QCOMPARE(read(again), csv);
        QByteArray shown;
        QCOMPARE(cli({QStringLiteral("factors"), QStringLiteral("show"),
                      QStringLiteral("team_housing_pc")},
                     userB, &shown),
                 0);
        QVERIFY2(shown.contains("2.15") && shown.contains("Supplier EPD S-P-01234"),
                 shown.constData());
        // One pack per import: two files are refused, not read as one name with a space.
        QCOMPARE(cli({QStringLiteral("factors"), QStringLiteral("import"), pack, exported}, userB),
                 2);
    }

    // `factors show` prints a factor's notes and data-quality reason in the language of its
    // messages (the locale), the English where there is no Chinese; --json has both.
    void showNotesByLanguage()
    {
        const QString user = m_dir.filePath(QStringLiteral("notes.sqlite"));
        const QStringList show{QStringLiteral("factors"), QStringLiteral("show"),
                               QStringLiteral("mat_abs_ice")};
        // ICE v2 ABS, factors.csv.
        const QString en
                = QStringLiteral("Cradle-to-gate. Feedstock energy included; excludes final "
                                 "fabrication.");
        const QString zh = QStringLiteral("从摇篮到大门。含原料能；不含最终加工。");
        auto run = [&](const QString &locale, const QString &language) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            if (language.isEmpty())
                env.remove(QStringLiteral("LANGUAGE"));
            else
                env.insert(QStringLiteral("LANGUAGE"), language);
            return carbonlabel::test::runCli(show, user, env);
        };
        carbonlabel::test::CliRun r = run(QStringLiteral("C.UTF-8"), QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(en) && !r.outText().contains(zh), r.out.constData());
        QVERIFY2(r.outText().contains(u"A review of published inventories"), r.out.constData());
        r = run(QStringLiteral("zh_CN.UTF-8"), QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(zh) && !r.outText().contains(en), r.out.constData());
        QVERIFY2(r.outText().contains(u"对已发表清单的综述"), r.out.constData());
        r = run(QStringLiteral("C.UTF-8"), QStringLiteral("zh_CN"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(zh), r.out.constData());

        r = carbonlabel::test::runCli(show + QStringList{QStringLiteral("--json")}, user);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("notes")).toString(), en);
        QCOMPARE(o.value(QStringLiteral("notes_zh")).toString(), zh);
        QVERIFY(o.value(QStringLiteral("quality_note")).toString().startsWith(u"A review"));
        QVERIFY(o.value(QStringLiteral("quality_note_zh")).toString().startsWith(u"对已发表"));
    }
};

QTEST_GUILESS_MAIN(TestFactorPack)
#include "tst_factorpack.moc"
