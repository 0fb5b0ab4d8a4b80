#include "core/factors/factorcsv.h"
#include "core/factors/factordatabase.h"
#include "tests/common/datarow.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <memory>

using carbonlabel::Factor;
using carbonlabel::FactorCsv;
using carbonlabel::FactorDatabase;
using carbonlabel::test::row;

namespace {
// The rows of resources/factors/factors.csv (SOURCES.md says how many).
constexpr int kShippedRows = 335;

const QString kShipped = QStringLiteral(CARBONLABEL_FACTOR_DB);

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
            && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// The first row of a query on the file itself, each column as text (empty for NULL); empty
// when the query cannot be prepared (a column is missing) or gives no row.
QList<QByteArray> firstRow(const QString &path, const char *sql)
{
    QList<QByteArray> row;
    sqlite3 *db = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(st); ++i)
            row.append(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                                  sqlite3_column_bytes(st, i)));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return row;
}

QStringList idsOf(const QList<Factor> &factors)
{
    QStringList ids;
    for (const Factor &f : factors)
        ids.append(f.id);
    return ids;
}

Factor userFactor(const QString &id, double value)
{
    Factor f;
    f.id = id;
    f.category = QStringLiteral("material");
    f.nameEn = QStringLiteral("Team-measured ABS");
    f.nameZh = QStringLiteral("团队实测ABS塑料");
    f.value = value;
    f.unit = QStringLiteral("kgCO2e/kg");
    f.region = QStringLiteral("CN");
    f.year = 2025;
    f.source = QStringLiteral("Supplier EPD");
    return f;
}

} // namespace

class TestFactorDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void lookup_data();
    void lookup();
    void metadata();
    void search_data();
    void search();
    void searchMatchesSubstring_data();
    void searchMatchesSubstring();
    void searchSyntaxSafe_data();
    void searchSyntaxSafe();
    void userPrecedence();
    void userNewFactor();
    void userInvalid();
    void importWithErrors();
    void importExport();
    void corrupt_data();
    void corrupt();
    void corruptUserLayer();
    void upgradeVersion1();
    void upgradeVersion3();
    void chineseNotes();
    void importWithoutChineseNotes();
    void defaultPaths();
    void threads();
    void buildErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FactorDatabase> m_db;
    QByteArray m_shippedHash;
    QList<Factor> m_csvFactors; // the source CSV, to work out expected search results
};

void TestFactorDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(kShipped), qPrintable(kShipped));
    m_shippedHash = sha256(kShipped);
    const FactorCsv::Result csv = FactorCsv::readFile(
            QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/factors/factors.csv"));
    QVERIFY(csv.ok());
    m_csvFactors = csv.factors;
}

void TestFactorDatabase::init()
{
    // A fresh, empty user layer for every test.
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<FactorDatabase>();
    QVERIFY2(m_db->open(kShipped, m_dir->filePath(QStringLiteral("user/user-factors.sqlite"))),
             qPrintable(m_db->errorString()));
}

void TestFactorDatabase::cleanupTestCase()
{
    m_db.reset();
    QCOMPARE(sha256(kShipped), m_shippedHash);
}

void TestFactorDatabase::lookup_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("year");

    // Read by eye from resources/factors/factors.csv.
    row("ABS", "mat_abs_ice", 3.76, "kgCO2e/kg", "GLOBAL/UK", 2011);
    row("primary aluminium", "mat_aluminium_primary_ice", 12.79, "kgCO2e/kg", "GLOBAL/UK", 2011);
    row("copper average", "mat_copper_average_ice", 2.71, "kgCO2e/kg", "GLOBAL/UK", 2011);
    row("aluminium, no year", "mat_aluminium_iai_act", 15.1, "kgCO2e/kg", "GLOBAL", 0);
    row("China grid, Ember", "grid_cn_ember_2024", 0.5575, "kgCO2e/kWh", "CN", 2024);
    row("world grid", "grid_world_ember_2024", 0.47294, "kgCO2e/kWh", "WORLD", 2024);
    row("China grid, MEE, CO2 only", "grid_cn_mee_national_2023", 0.5306, "kgCO2/kWh", "CN", 2023);
    row("container ship", "transport_container_ship_avg", 0.01612, "kgCO2e/tkm", "UK/GLOBAL", 2025);
    row("California, Barnard", "grid_us_ca_barnard2019", 0.213188, "kgCO2e/kWh", "US-CA", 2019);
}

void TestFactorDatabase::lookup()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, region);
    QFETCH(int, year);

    const std::optional<Factor> f = m_db->factor(id);
    QVERIFY(f.has_value());
    QCOMPARE(f->id, id);
    QCOMPARE(f->value, value);
    QCOMPARE(f->unit, unit);
    QCOMPARE(f->region, region);
    QCOMPARE(f->year, year);
    QCOMPARE(f->uncertaintyGsd, 0.0); // SOURCES.md: empty everywhere
    QCOMPARE(f->datasetVersion, m_db->datasetVersion());
    QVERIFY(!f->userDefined);
    QVERIFY(!f->source.isEmpty());
    QVERIFY(!m_db->factor(id + QStringLiteral("_nope")).has_value());
}

void TestFactorDatabase::metadata()
{
    QFile version(QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/factors/VERSION"));
    QVERIFY(version.open(QIODevice::ReadOnly));
    QCOMPARE(m_db->datasetVersion(), QString::fromUtf8(version.readLine().trimmed()));
    QCOMPARE(m_db->count(), kShippedRows);
    const QList<Factor> all = m_db->all();
    QCOMPARE(all.size(), kShippedRows);
    QVERIFY(std::is_sorted(all.cbegin(), all.cend(),
                           [](const Factor &a, const Factor &b) { return a.id < b.id; }));
    // The 13 categories of SOURCES.md's table.
    QCOMPARE(m_db->categories(),
             QStringList({"accelerator_power", "cloud_compute", "cloud_storage", "data_center",
                          "electronic_component", "end_of_life", "grid_electricity",
                          "manufacturing_energy", "material", "network_transfer", "packaging",
                          "reference_result", "transport"}));
    const QStringList regions = m_db->regions();
    for (const char *region :
         {"CN", "CN-east", "US-CA", "GLOBAL/UK", "WORLD", "developed countries"})
        QVERIFY2(regions.contains(QLatin1String(region)), region);
    QVERIFY(std::is_sorted(regions.cbegin(), regions.cend()));
    QVERIFY(!regions.contains(QString()));
}

void TestFactorDatabase::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // must be among the results
    QTest::addColumn<bool>("first"); // ... and the first one

    row("铝", "铝", "mat_aluminium_primary_ice", false);
    row("alumin", "alumin", "mat_aluminium_primary_ice", false);
    row("alu", "alu", "mat_aluminium_primary_ice", false);
    row("ALUMINIUM upper case", "ALUMINIUM", "mat_aluminium_primary_ice", false);
    row("铜", "铜", "mat_copper_virgin_ice", false);
    row("copper", "copper", "mat_copper_average_ice", false);
    row("电网", "电网", "grid_cn_ember_2024", false);
    row("市场平均", "市场平均", "mat_aluminium_average_ice", true);
    row("铝 recycled", "铝 recycled", "mat_aluminium_recycled_ice", false);
    row("recycled 铝, no space", "recycled铝", "mat_aluminium_recycled_ice", false);
    row("recycled steel", "recycled steel", "mat_steel_recycled_ice", true);
    row("exact id first", "mat_abs_ice", "mat_abs_ice", true);
    row("exact id with spaces", "  grid_cn_ember_2024 ", "grid_cn_ember_2024", true);
    row("region", "US-CA barnard", "grid_us_ca_barnard2019", true);
    row("Latin word in the Chinese name", "ABS塑料", "mat_abs_ice", true);
    row("diacritics folded", "Alumínium", "mat_aluminium_primary_ice", false);
}

void TestFactorDatabase::search()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(bool, first);

    const QList<Factor> results = m_db->search(query);
    const QStringList ids = idsOf(results);
    QVERIFY2(ids.contains(expected), qPrintable(ids.join(u' ')));
    if (first)
        QCOMPARE(ids.first(), expected);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no duplicates
    QVERIFY(results.size() <= 50);
    QCOMPARE(idsOf(m_db->search(query, 1)), QStringList{ids.first()});
}

void TestFactorDatabase::searchMatchesSubstring_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count"); // counted in factors.csv with a text search

    row("铝", "铝", 7);
    row("铜", "铜", 3);
    row("钢", "钢", 9);
    row("电网", "电网", 65);
    row("市场平均", "市场平均", 1);
    row("再生铝", "再生铝", 1);
    // 铝 and 通 are both in "铝（通用…" but never side by side: no match across punctuation.
    row("铝通", "铝通", 0);
}

void TestFactorDatabase::searchMatchesSubstring()
{
    QFETCH(QString, query);
    QFETCH(int, count);

    QSet<QString> expected;
    for (const Factor &f : std::as_const(m_csvFactors)) {
        if (f.nameZh.contains(query))
            expected.insert(f.id);
    }
    QCOMPARE(expected.size(), count);
    const QStringList ids = idsOf(m_db->search(query, 1000));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected);
}

void TestFactorDatabase::searchSyntaxSafe_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // empty: any result, as long as nothing breaks

    row("FTS characters", "\"*(:^-", "");
    row("lone quote", "\"", "");
    row("star", "*", "");
    row("operators", "AND OR NOT NEAR(", "");
    row("column filter", "{id}: x", "");
    row("SQL", "'; DROP TABLE factors; --", "");
    row("blank", "   ", "");
    row("empty", "", "");
    row("lone accent", QString(QChar(0x0301)), "");
    row("emoji", "🔋⚡", "");
    row("long", QString(5000, u'铝') + QString(5000, u'a'), "");
    row("unpaired surrogate", QString(QChar(0xD800)) + "alu", "");
    row("word in syntax", "alumin\"*(:^-", "mat_aluminium_primary_ice");
    row("quoted Chinese", "\"铝\"", "mat_aluminium_primary_ice");
    row("parenthesised", "(铜)", "mat_copper_virgin_ice");
    row("minus", "-alumin", "mat_aluminium_primary_ice");
    row("prefix star", "alu*", "mat_aluminium_primary_ice");
    row("caret and colon", "^copper:", "mat_copper_virgin_ice");
    row("backslash", "\\alumin\\", "mat_aluminium_primary_ice");
    row("full-width punctuation", "（铝）", "mat_aluminium_primary_ice");
}

void TestFactorDatabase::searchSyntaxSafe()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);

    const QList<Factor> results = m_db->search(query);
    if (!expected.isEmpty())
        QVERIFY2(idsOf(results).contains(expected), qPrintable(idsOf(results).join(u' ')));
    // The connection still works afterwards.
    QVERIFY(idsOf(m_db->search(QStringLiteral("alumin"))).contains(u"mat_aluminium_primary_ice"));
}

void TestFactorDatabase::userPrecedence()
{
    const QString userPath = m_dir->filePath(QStringLiteral("user/user-factors.sqlite"));
    QString error;
    QVERIFY2(m_db->addUserFactor(userFactor(QStringLiteral("mat_abs_ice"), 4.2), &error),
             qPrintable(error));

    std::optional<Factor> f = m_db->factor(QStringLiteral("mat_abs_ice"));
    QVERIFY(f);
    QCOMPARE(f->value, 4.2);
    QVERIFY(f->userDefined);
    QCOMPARE(f->datasetVersion, QStringLiteral("user"));
    QCOMPARE(m_db->count(), kShippedRows); // an override, not a new id
    QCOMPARE(m_db->all().size(), kShippedRows);
    QCOMPARE(m_db->userFactors().size(), 1);

    // Search shows the user row once, and only the user row.
    const QList<Factor> results = m_db->search(QStringLiteral("abs"));
    QCOMPARE(idsOf(results).count(u"mat_abs_ice"), 1);
    for (const Factor &r : results) {
        if (r.id == u"mat_abs_ice")
            QCOMPARE(r.value, 4.2);
    }
    QCOMPARE(m_db->search(QStringLiteral("mat_abs_ice")).first().value, 4.2);
    // The user's own words are searchable too.
    QCOMPARE(idsOf(m_db->search(QStringLiteral("团队实测"))), QStringList{"mat_abs_ice"});

    QCOMPARE(sha256(kShipped), m_shippedHash);

    // Kept on disk: a second database object sees it.
    {
        FactorDatabase other;
        QVERIFY2(other.open(kShipped, userPath), qPrintable(other.errorString()));
        QCOMPARE(other.factor(QStringLiteral("mat_abs_ice"))->value, 4.2);
    }

    // Replacing, then removing.
    QVERIFY(m_db->addUserFactor(userFactor(QStringLiteral("mat_abs_ice"), 4.4), &error));
    QCOMPARE(m_db->factor(QStringLiteral("mat_abs_ice"))->value, 4.4);
    QCOMPARE(m_db->userFactors().size(), 1);
    QVERIFY2(m_db->removeUserFactor(QStringLiteral("mat_abs_ice"), &error), qPrintable(error));
    f = m_db->factor(QStringLiteral("mat_abs_ice"));
    QCOMPARE(f->value, 3.76);
    QVERIFY(!f->userDefined);
    QCOMPARE(f->datasetVersion, m_db->datasetVersion());
    QVERIFY(m_db->userFactors().isEmpty());
    QVERIFY(m_db->search(QStringLiteral("团队实测")).isEmpty());
    QCOMPARE(sha256(kShipped), m_shippedHash);
}

void TestFactorDatabase::userNewFactor()
{
    QString error;
    Factor f = userFactor(QStringLiteral("team_pcba_a"), 12.5);
    f.category = QStringLiteral("team_category");
    f.region = QStringLiteral("CN-Shenzhen");
    QVERIFY(m_db->addUserFactor(f, &error));
    QCOMPARE(m_db->count(), kShippedRows + 1);
    QCOMPARE(m_db->all().size(), kShippedRows + 1);
    QVERIFY(m_db->categories().contains(u"team_category"));
    QVERIFY(m_db->regions().contains(u"CN-Shenzhen"));
    QCOMPARE(m_db->search(QStringLiteral("team_pcba_a")).first().id, QStringLiteral("team_pcba_a"));
    QVERIFY(!m_db->removeUserFactor(QStringLiteral("mat_steel_virgin_ice"), &error));
    QVERIFY(error.contains(u"mat_steel_virgin_ice"));
    QVERIFY(m_db->removeUserFactor(QStringLiteral("team_pcba_a"), &error));
    QCOMPARE(m_db->count(), kShippedRows);
}

void TestFactorDatabase::userInvalid()
{
    Factor f = userFactor(QStringLiteral("Bad Id"), 1.0);
    f.uncertaintyGsd = 0.5;
    QString error;
    QVERIFY(!m_db->addUserFactor(f, &error));
    QVERIFY2(error.contains(u"column \"id\""), qPrintable(error));
    QVERIFY2(error.contains(u"column \"uncertainty_gsd\""), qPrintable(error));
    QVERIFY(m_db->userFactors().isEmpty());
}

void TestFactorDatabase::importWithErrors()
{
    const QString csv = m_dir->filePath(QStringLiteral("team.csv"));
    QVERIFY(writeFile(csv,
                      "id,category,name_en,value,unit\n"
                      "team_a,material,A,1.5,kgCO2e/kg\n"
                      "team_b,material,B,lots,kgCO2e/kg\n"
                      "Team-C,material,C,2,kgCO2e/kg\n"
                      "team_d,material,D,3,\n"));
    const FactorDatabase::ImportResult result = m_db->importUserCsv(csv);
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.errors.size(), 3);
    QVERIFY2(result.errors.at(0).contains(u"row 3, column \"value\""),
             qPrintable(result.errors.at(0)));
    QVERIFY2(result.errors.at(1).contains(u"row 4, column \"id\""),
             qPrintable(result.errors.at(1)));
    QVERIFY2(result.errors.at(2).contains(u"row 5, column \"unit\""),
             qPrintable(result.errors.at(2)));
    QVERIFY(result.errors.at(0).contains(csv));
    QVERIFY(m_db->userFactors().isEmpty()); // not even team_a
    QVERIFY(!m_db->factor(QStringLiteral("team_a")));
}

void TestFactorDatabase::importExport()
{
    const QString csv = m_dir->filePath(QStringLiteral("team.csv"));
    const QByteArray text = "id,category,name_en,name_zh,value,unit,region,year,source,"
                            "source_detail,uncertainty_gsd,notes,component_class,pedigree,"
                            "quality_note,grid_basis,grid_method,grid_scope,notes_zh,"
                            "quality_note_zh\r\n"
                            "mat_abs_ice,material,\"ABS, supplier X\",ABS塑料（供应商X）,3.1,"
                            "kgCO2e/kg,CN,2025,EPD,\"page 4, table 2\",1.3,\"said \"\"ok\"\"\",,"
                            "(1;2;1;1;2),supplier EPD,,,,说“好”,供应商EPD\r\n"
                            "team_case,material,Case,外壳,0.8,kgCO2e/unit,,,,,,,enclosure,,,,,,,"
                            "\r\n"
                            "team_grid,grid_electricity,Site grid,厂区电网,0.4,kgCO2e/kWh,CN,2025,"
                            ",,,,,,,combustion,market,generation,,\r\n";
    QVERIFY(writeFile(csv, text));
    const FactorDatabase::ImportResult result = m_db->importUserCsv(csv);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.imported, 3);
    QCOMPARE(m_db->factor(QStringLiteral("mat_abs_ice"))->value, 3.1);
    QCOMPARE(m_db->factor(QStringLiteral("mat_abs_ice"))->uncertaintyGsd, 1.3);
    QCOMPARE(m_db->factor(QStringLiteral("team_case"))->nameZh, QStringLiteral("外壳"));
    QCOMPARE(m_db->factor(QStringLiteral("team_case"))->componentClass, u"enclosure");
    QCOMPARE(m_db->factor(QStringLiteral("mat_abs_ice"))->pedigree,
             (lca::PedigreeScores{1, 2, 1, 1, 2}));
    QCOMPARE(m_db->factor(QStringLiteral("mat_abs_ice"))->qualityNoteEn, u"supplier EPD");
    QCOMPARE(m_db->factor(QStringLiteral("mat_abs_ice"))->qualityNoteZh, u"供应商EPD");
    QCOMPARE(m_db->factor(QStringLiteral("mat_abs_ice"))->notesZh, u"说“好”");
    QVERIFY(m_db->factor(QStringLiteral("team_case"))->notesZh.isEmpty());
    QCOMPARE(m_db->factor(QStringLiteral("team_grid"))->gridMethod, u"market");
    QCOMPARE(m_db->count(), kShippedRows + 2);
    QVERIFY(idsOf(m_db->search(QStringLiteral("外壳"))).contains(u"team_case"));
    // Exported in id order, in the same format, so it can be imported elsewhere unchanged;
    // behind a UTF-8 byte-order mark for spreadsheets.
    QCOMPARE(m_db->exportUserCsv(), QByteArray("\xEF\xBB\xBF") + text);
}

void TestFactorDatabase::corrupt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing file") << "missing";
    QTest::newRow("empty file") << "empty";
    QTest::newRow("random bytes") << "random";
    QTest::newRow("truncated real database") << "truncated";
    QTest::newRow("only the SQLite header") << "header";
    QTest::newRow("SQLite file without tables") << "notables";
    QTest::newRow("SQLite file with other tables") << "othertables";
    QTest::newRow("tables but no meta rows") << "nometa";
    QTest::newRow("a folder") << "folder";
}

void TestFactorDatabase::corrupt()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("factors.sqlite"));
    QFile shipped(kShipped);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QByteArray real = shipped.readAll();

    if (kind == u"empty") {
        QVERIFY(writeFile(path, {}));
    } else if (kind == u"random") {
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator generator(42);
        for (char &c : bytes)
            c = char(generator.bounded(256));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == u"truncated") {
        QVERIFY(writeFile(path, real.left(real.size() / 2)));
    } else if (kind == u"header") {
        QVERIFY(writeFile(path, real.left(100)));
    } else if (kind == u"notables") {
        QVERIFY(execSql(path, "PRAGMA user_version = 1")); // a real, empty SQLite file
        QVERIFY(QFileInfo(path).size() > 0);
    } else if (kind == u"othertables") {
        QVERIFY(execSql(path, "CREATE TABLE people(name TEXT)"));
    } else if (kind == u"nometa") {
        QVERIFY(execSql(path,
                        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
                        "CREATE TABLE factors(id TEXT);"
                        "CREATE VIRTUAL TABLE factors_fts USING fts5(id);"));
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    }

    FactorDatabase db;
    QVERIFY(!db.open(path, dir.filePath(QStringLiteral("user.sqlite"))));
    QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(path)),
             qPrintable(db.errorString()));
    qInfo("%s", qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.factor(QStringLiteral("mat_abs_ice")));
    QVERIFY(db.search(QStringLiteral("铝")).isEmpty());
    QVERIFY(db.all().isEmpty());
    QCOMPARE(db.count(), 0);
    QString error;
    QVERIFY(!db.addUserFactor(userFactor(QStringLiteral("x"), 1), &error));
}

void TestFactorDatabase::corruptUserLayer()
{
    QTemporaryDir dir;
    const QString userPath = dir.filePath(QStringLiteral("user.sqlite"));
    QVERIFY(writeFile(userPath, QByteArray(4096, 'x')));
    FactorDatabase db;
    QVERIFY(!db.open(kShipped, userPath));
    QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(userPath)),
             qPrintable(db.errorString()));

    // Another program's SQLite file is left alone, not taken over.
    const QString otherPath = dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(execSql(otherPath, "CREATE TABLE people(name TEXT)"));
    QVERIFY(!db.open(kShipped, otherPath));
    QVERIFY(db.errorString().contains(QDir::toNativeSeparators(otherPath)));

    // An empty file becomes a user layer.
    const QString emptyPath = dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(emptyPath, {}));
    QVERIFY2(db.open(kShipped, emptyPath), qPrintable(db.errorString()));
    QCOMPARE(db.count(), kShippedRows);
}

// A user layer written by schema version 1 (no component_class column) is upgraded in place:
// its factor stays, with no class, no scores and no Chinese notes, and the file says version 4
// afterwards (FactorStore::schemaVersion). A
// read-only version-1 file is refused with both versions named, not altered.
void TestFactorDatabase::upgradeVersion1()
{
    static const char *kVersion1 = R"(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE factors(fid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, category TEXT NOT NULL,
    name_en TEXT NOT NULL, name_zh TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL,
    region TEXT NOT NULL, year INTEGER, source TEXT NOT NULL, source_detail TEXT NOT NULL,
    uncertainty_gsd REAL, notes TEXT NOT NULL);
CREATE VIRTUAL TABLE factors_fts USING fts5(id, category, region, name_en, zh_unigrams,
    zh_bigrams, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO meta VALUES ('schema_version', '1'), ('dataset_version', 'user'),
    ('factor_count', '1');
INSERT INTO factors VALUES (1, 'team_old_case', 'material', 'Old case', '旧外壳', 0.5,
    'kgCO2e/unit', 'GLOBAL', 2020, 'Our team', '', NULL, '');
)";
    QTemporaryDir dir;
    const QString userPath = dir.filePath(QStringLiteral("user-v1.sqlite"));
    QVERIFY(execSql(userPath, kVersion1));
    {
        FactorDatabase db;
        QVERIFY2(db.open(kShipped, userPath), qPrintable(db.errorString()));
        const std::optional<Factor> old = db.factor(QStringLiteral("team_old_case"));
        QVERIFY(old);
        QCOMPARE(old->value, 0.5);
        QVERIFY(old->componentClass.isEmpty());
        QCOMPARE(db.count(), kShippedRows + 1);
    }
    // The file itself now says version 4 and has the columns (the query fails without them).
    const QList<QByteArray> row
            = firstRow(userPath,
                       "SELECT (SELECT value FROM meta WHERE key = 'schema_version'), "
                       "component_class, pedigree, grid_scope, notes_zh, quality_note_zh FROM "
                       "factors WHERE id = 'team_old_case'");
    QCOMPARE(row.size(), 6);
    QCOMPARE(row.at(0), "4");
    for (qsizetype i = 1; i < row.size(); ++i)
        QCOMPARE(row.at(i).size(), 0);

    // As the shipped (read-only) layer, a version-1 file is refused and left as it was.
    const QString shippedV1 = dir.filePath(QStringLiteral("shipped-v1.sqlite"));
    QVERIFY(execSql(shippedV1, kVersion1));
    const QByteArray before = sha256(shippedV1);
    FactorDatabase db;
    QVERIFY(!db.open(shippedV1, dir.filePath(QStringLiteral("user.sqlite"))));
    QVERIFY2(db.errorString().contains(u"schema version 1; this program reads version 4"),
             qPrintable(db.errorString()));
    QCOMPARE(sha256(shippedV1), before);
}

// A user layer of schema version 3 (the pedigree scores and their note, no Chinese notes) is
// upgraded in place to version 4: its factor keeps its notes, scores and note, its Chinese notes
// are empty (the English shows in both languages), and it can be saved again with them.
void TestFactorDatabase::upgradeVersion3()
{
    static const char *kVersion3 = R"(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE factors(
    fid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, category TEXT NOT NULL, name_en TEXT NOT NULL, name_zh TEXT NOT NULL,
    value REAL NOT NULL, unit TEXT NOT NULL, region TEXT NOT NULL, year INTEGER,
    source TEXT NOT NULL, source_detail TEXT NOT NULL, uncertainty_gsd REAL, notes TEXT NOT NULL,
    component_class TEXT NOT NULL DEFAULT '', pedigree TEXT NOT NULL DEFAULT '',
    quality_note TEXT NOT NULL DEFAULT '', grid_basis TEXT NOT NULL DEFAULT '',
    grid_method TEXT NOT NULL DEFAULT '', grid_scope TEXT NOT NULL DEFAULT '');
CREATE VIRTUAL TABLE factors_fts USING fts5(id, category, region, name_en, zh_unigrams,
    zh_bigrams, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO meta VALUES ('schema_version', '3'), ('dataset_version', 'user'),
    ('factor_count', '2');
INSERT INTO factors VALUES (1, 'team_case_v3', 'material', 'Case', '外壳', 0.8, 'kgCO2e/unit',
    'CN', 2025, 'Supplier EPD', '', 1.2, 'Measured at the plant.', 'enclosure', '(1;2;1;1;2)',
    'Supplier EPD, our plant', '', '', '');
INSERT INTO factors VALUES (2, 'team_grid_v3', 'grid_electricity', 'Site grid', '厂区电网', 0.4,
    'kgCO2e/kWh', 'CN', 2025, 'Utility bill', '', NULL, '', '', '', '', 'combustion', 'market',
    'generation');
INSERT INTO factors_fts(rowid, id, category, region, name_en, zh_unigrams, zh_bigrams)
    VALUES (1, 'team_case_v3', 'material', 'CN', 'Case', '外 壳', '外壳'),
           (2, 'team_grid_v3', 'grid_electricity', 'CN', 'Site grid', '厂 区 电 网',
            '厂区 区电 电网');
)";
    QTemporaryDir dir;
    const QString userPath = dir.filePath(QStringLiteral("user-v3.sqlite"));
    QVERIFY(execSql(userPath, kVersion3));
    {
        FactorDatabase db;
        QVERIFY2(db.open(kShipped, userPath), qPrintable(db.errorString()));
        QCOMPARE(db.count(), kShippedRows + 2);
        std::optional<Factor> old = db.factor(QStringLiteral("team_case_v3"));
        QVERIFY(old);
        QCOMPARE(old->value, 0.8);
        QCOMPARE(old->uncertaintyGsd, 1.2);
        QCOMPARE(old->notesEn, u"Measured at the plant.");
        QCOMPARE(old->qualityNoteEn, u"Supplier EPD, our plant");
        QCOMPARE(old->pedigree, (lca::PedigreeScores{1, 2, 1, 1, 2}));
        QCOMPARE(old->componentClass, u"enclosure");
        QVERIFY(old->notesZh.isEmpty());
        QVERIFY(old->qualityNoteZh.isEmpty());
        QCOMPARE(old->notes(QStringLiteral("zh")), u"Measured at the plant.");
        QCOMPARE(old->qualityNote(QStringLiteral("zh")), u"Supplier EPD, our plant");
        QCOMPARE(db.factor(QStringLiteral("team_grid_v3"))->gridMethod, u"market");
        QVERIFY(idsOf(db.search(QStringLiteral("外壳"))).contains(u"team_case_v3"));

        old->notesZh = QStringLiteral("在工厂实测。");
        QString error;
        QVERIFY2(db.addUserFactor(*old, &error), qPrintable(error));
        QCOMPARE(db.factor(QStringLiteral("team_case_v3"))->notes(QStringLiteral("zh")),
                 u"在工厂实测。");
    }
    const QList<QByteArray> row
            = firstRow(userPath,
                       "SELECT (SELECT value FROM meta WHERE key = 'schema_version'), "
                       "(SELECT count(*) FROM factors), notes_zh, quality_note_zh FROM factors "
                       "WHERE id = 'team_grid_v3'");
    QCOMPARE(row, (QList<QByteArray>{"4", "2", "", ""}));
}

// The shipped factors carry their notes and data-quality note in Chinese (factors.csv, read by
// eye), shown in Chinese and English by language.
void TestFactorDatabase::chineseNotes()
{
    const std::optional<Factor> abs = m_db->factor(QStringLiteral("mat_abs_ice"));
    QVERIFY(abs);
    QCOMPARE(abs->notesZh, u"从摇篮到大门。含原料能；不含最终加工。");
    QCOMPARE(abs->notes(QStringLiteral("zh")), u"从摇篮到大门。含原料能；不含最终加工。");
    QCOMPARE(abs->notes(QStringLiteral("en")),
             u"Cradle-to-gate. Feedstock energy included; excludes final fabrication.");
    QVERIFY(abs->qualityNoteZh.startsWith(u"对已发表清单的综述"));
    QVERIFY(abs->qualityNote(QStringLiteral("en"))
                    .startsWith(u"A review of published inventories"));
    // Every shipped factor with notes has them in Chinese.
    for (const Factor &f : m_db->all()) {
        QVERIFY2(f.notesEn.isEmpty() || !f.notesZh.isEmpty(), qPrintable(f.id));
        QVERIFY2(f.qualityNoteEn.isEmpty() || !f.qualityNoteZh.isEmpty(), qPrintable(f.id));
    }
}

// A CSV written before notes_zh and quality_note_zh existed imports, the Chinese notes empty.
void TestFactorDatabase::importWithoutChineseNotes()
{
    const QString csv = m_dir->filePath(QStringLiteral("old.csv"));
    QVERIFY(writeFile(csv,
                      "id,category,name_en,name_zh,value,unit,region,year,source,source_detail,"
                      "uncertainty_gsd,notes,component_class,pedigree,quality_note,grid_basis,"
                      "grid_method,grid_scope\r\n"
                      "team_old,material,Old,旧,1.5,kgCO2e/kg,CN,2024,EPD,,,Old notes,,(2;2;2;2;2),"
                      "Old reason,,,\r\n"));
    const FactorDatabase::ImportResult result = m_db->importUserCsv(csv);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.imported, 1);
    const std::optional<Factor> old = m_db->factor(QStringLiteral("team_old"));
    QVERIFY(old);
    QCOMPARE(old->notesEn, u"Old notes");
    QVERIFY(old->notesZh.isEmpty());
    QVERIFY(old->qualityNoteZh.isEmpty());
    QCOMPARE(old->qualityNote(QStringLiteral("zh")), u"Old reason");
    // Exported with the two columns, empty.
    QVERIFY2(m_db->exportUserCsv().endsWith(",Old reason,,,,,\r\n"),
             m_db->exportUserCsv().constData());
}

void TestFactorDatabase::defaultPaths()
{
    const QByteArray saved = qgetenv("CARBONLABEL_FACTOR_DB");
    qputenv("CARBONLABEL_FACTOR_DB", "/opt/x/factors.sqlite");
    QCOMPARE(FactorDatabase::defaultShippedPath(), QStringLiteral("/opt/x/factors.sqlite"));
    qunsetenv("CARBONLABEL_FACTOR_DB");
    QCOMPARE(FactorDatabase::defaultShippedPath(),
             QDir::cleanPath(QCoreApplication::applicationDirPath()
                             + QStringLiteral("/../share/carbonlabel/factors.sqlite")));
    if (!saved.isEmpty())
        qputenv("CARBONLABEL_FACTOR_DB", saved);

    const QString user = FactorDatabase::defaultUserPath();
    QVERIFY(user.endsWith(u"/user-factors.sqlite"));
    QVERIFY(user.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(QFileInfo(user).dir().exists());
    QVERIFY(user.contains(u"qttest")); // test mode: not the real user's data
}

void TestFactorDatabase::threads()
{
    QString error;
    QVERIFY(m_db->addUserFactor(userFactor(QStringLiteral("mat_copper_virgin_ice"), 5.5), &error));
    const qsizetype aluminiumHits = m_db->search(QStringLiteral("铝")).size();
    std::atomic<int> failures = 0;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&, t] {
            for (int i = 0; i < 300; ++i) {
                const auto abs = m_db->factor(QStringLiteral("mat_abs_ice"));
                const auto copper = m_db->factor(QStringLiteral("mat_copper_virgin_ice"));
                if (!abs || abs->value != 3.76 || !copper || copper->value != 5.5)
                    ++failures;
                if (m_db->search((i + t) % 2 ? QStringLiteral("铝") : QStringLiteral("alumin"))
                            .isEmpty())
                    ++failures;
                if ((i + t) % 50 == 0 && m_db->search(QStringLiteral("铝")).size() != aluminiumHits)
                    ++failures;
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
}

void TestFactorDatabase::buildErrors()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sub/out.sqlite"));
    Factor f = userFactor(QStringLiteral("a"), 1);

    QVERIFY(!FactorDatabase::build({f}, out, QString()).isEmpty());
    QVERIFY(!QFile::exists(out));
    QVERIFY(FactorDatabase::build({f, f}, out, QStringLiteral("1")).contains(u"factor a:"));
    QVERIFY(!QFile::exists(out));
    Factor bad = f;
    bad.id = QStringLiteral("B");
    const QString badError = FactorDatabase::build({bad}, out, QStringLiteral("1"));
    QVERIFY2(badError.contains(u"factor B: column \"id\""), qPrintable(badError));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files), QStringList());

    // Builds, then a second build replaces the file whole.
    QCOMPARE(FactorDatabase::build({f}, out, QStringLiteral("v1")), QString());
    Factor g = userFactor(QStringLiteral("b"), 2);
    QCOMPARE(FactorDatabase::build({f, g}, out, QStringLiteral("v2")), QString());
    QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files),
             QStringList{"out.sqlite"});
    QVERIFY(QFileInfo(out).permissions().testFlag(QFile::ReadOther));
    FactorDatabase db;
    QVERIFY2(db.open(out, dir.filePath(QStringLiteral("user.sqlite"))),
             qPrintable(db.errorString()));
    QCOMPARE(db.datasetVersion(), QStringLiteral("v2"));
    QCOMPARE(db.count(), 2);
    QCOMPARE(db.factor(QStringLiteral("b"))->value, 2.0);
    QCOMPARE(db.factor(QStringLiteral("b"))->datasetVersion, QStringLiteral("v2"));
}

QTEST_GUILESS_MAIN(TestFactorDatabase)
#include "tst_factordatabase.moc"
