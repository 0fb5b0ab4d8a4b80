#include "factorstore.h"

#include "core/factors/factorcsv.h"
#include "core/factors/factorsearchtext.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace carbonlabel {

namespace {

constexpr const char *kSchema = R"(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE factors(
    fid INTEGER PRIMARY KEY, -- explicit, so VACUUM cannot renumber the rows factors_fts points at
    id TEXT NOT NULL UNIQUE, category TEXT NOT NULL, name_en TEXT NOT NULL, name_zh TEXT NOT NULL,
    value REAL NOT NULL, unit TEXT NOT NULL, region TEXT NOT NULL, year INTEGER,
    source TEXT NOT NULL, source_detail TEXT NOT NULL, uncertainty_gsd REAL, notes TEXT NOT NULL,
    component_class TEXT NOT NULL DEFAULT '', pedigree TEXT NOT NULL DEFAULT '',
    quality_note TEXT NOT NULL DEFAULT '', grid_basis TEXT NOT NULL DEFAULT '',
    grid_method TEXT NOT NULL DEFAULT '', grid_scope TEXT NOT NULL DEFAULT '',
    notes_zh TEXT NOT NULL DEFAULT '', quality_note_zh TEXT NOT NULL DEFAULT '');
CREATE VIRTUAL TABLE factors_fts USING fts5(id, category, region, name_en, zh_unigrams,
    zh_bigrams, tokenize = 'unicode61 remove_diacritics 2');
)";
constexpr int kRankWindow = 1000;
const std::string kColumns = "id, category, name_en, name_zh, value, unit, region, year, source, "
                             "source_detail, uncertainty_gsd, notes, component_class, pedigree, "
                             "quality_note, grid_basis, grid_method, grid_scope, notes_zh, "
                             "quality_note_zh";

// One use of a cached statement: binds, steps and reads, and resets it when done.
class Query
{
public:
    explicit Query(sqlite3_stmt *statement)
        : m_statement(statement)
    { }
    ~Query()
    {
        if (m_statement) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
        }
    }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    sqlite3_stmt *get() const { return m_statement; }
    void bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void bind(int index, int value) { sqlite3_bind_int(m_statement, index, value); }
    void bind(int index, sqlite3_int64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    int step() { return m_statement ? sqlite3_step(m_statement) : SQLITE_MISUSE; }
    bool next() { return step() == SQLITE_ROW; }
    bool done() { return step() == SQLITE_DONE; }
    QString text(int column) const { return textOf(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }

    static QString textOf(sqlite3_stmt *statement, int column)
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(statement, column));
    }

private:
    sqlite3_stmt *m_statement;
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void FactorStore::StatementDeleter::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

FactorStore::~FactorStore()
{
    m_statements.clear(); // finalized before the connection closes
    sqlite3_close_v2(m_db);
}

std::unique_ptr<FactorStore> FactorStore::open(const QString &path, Mode mode, QString *error)
{
    std::unique_ptr<FactorStore> store(new FactorStore);
    store->m_path = path;
    store->m_mode = mode;
    QByteArray name = path.toUtf8();
    int flags = SQLITE_OPEN_NOMUTEX; // FactorDatabase's mutex serialises every use
    if (mode == Mode::ReadWrite) {
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    } else {
        // immutable=1: SQLite never writes, locks or creates a journal beside the file, so the
        // shipped database works from a read-only install folder and is never changed.
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()
                + "?mode=ro&immutable=1";
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    if (sqlite3_open_v2(name.constData(), &store->m_db, flags, nullptr) != SQLITE_OK) {
        *error = tr("Cannot open %1: %2").arg(nativePath(path), store->lastError());
        return nullptr;
    }
    if (mode == Mode::ReadWrite)
        sqlite3_busy_timeout(store->m_db, 2000); // another CarbonLabel may be saving
    return store;
}

QString FactorStore::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory");
}

sqlite3_stmt *FactorStore::statement(const std::string &sql)
{
    const auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return nullptr; // a Query on it steps to SQLITE_MISUSE; lastError() says why
    }
    m_statements.emplace(sql, prepared);
    return prepared;
}

QString FactorStore::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK ? QString()
                                                                           : lastError();
}

bool FactorStore::hasNoTables()
{
    Query tables(statement("SELECT count(*) FROM sqlite_schema"));
    return tables.next() && tables.integer(0) == 0;
}

QString FactorStore::createSchema(const QString &datasetVersion)
{
    // One transaction when called alone (the user layer); build() already holds one.
    const bool ownTransaction = sqlite3_get_autocommit(m_db) != 0;
    QString error = ownTransaction ? exec("BEGIN") : QString();
    if (error.isEmpty())
        error = exec(kSchema);
    if (error.isEmpty())
        error = setMeta(QStringLiteral("schema_version"), QString::number(schemaVersion));
    if (error.isEmpty())
        error = setMeta(QStringLiteral("dataset_version"), datasetVersion);
    if (error.isEmpty())
        error = setMeta(QStringLiteral("factor_count"), QStringLiteral("0"));
    if (ownTransaction)
        error.isEmpty() ? error = exec("COMMIT") : exec("ROLLBACK");
    return error;
}

// A user layer written by an earlier version keeps every factor; the columns added since
// start empty (no component class, no scores, no grid basis, no Chinese notes).
QString FactorStore::upgradeFrom(int version)
{
    // Each column added since version 1, with the version that added it.
    static const std::pair<const char *, int> added[] = {
            {"component_class", 2}, {"pedigree", 3},   {"quality_note", 3}, {"grid_basis", 3},
            {"grid_method", 3},     {"grid_scope", 3}, {"notes_zh", 4},     {"quality_note_zh", 4}};
    QString error = exec("BEGIN");
    for (const auto &[column, since] : added) {
        if (error.isEmpty() && version < since)
            error = exec((QByteArray("ALTER TABLE factors ADD COLUMN ") + column
                          + " TEXT NOT NULL DEFAULT ''")
                                 .constData());
    }
    if (error.isEmpty())
        error = setMeta(QStringLiteral("schema_version"), QString::number(schemaVersion));
    error.isEmpty() ? error = exec("COMMIT") : exec("ROLLBACK");
    return error;
}

QString FactorStore::check()
{
    const QString file = nativePath(m_path);
    Query tables(statement("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                           "name IN ('meta', 'factors', 'factors_fts')"));
    if (!tables.next())
        return tr("%1 is not a readable SQLite database (%2).").arg(file, lastError());
    if (tables.integer(0) != 3)
        return tr("%1 is not a CarbonLabel factor database: its tables are missing.").arg(file);

    QHash<QString, QString> meta;
    for (Query query(statement("SELECT key, value FROM meta")); query.next();)
        meta.insert(query.text(0), query.text(1));
    bool ok = false;
    const int schema = meta.value(QStringLiteral("schema_version")).toInt(&ok);
    if (!ok)
        return tr("%1 is not a CarbonLabel factor database: it has no schema version.").arg(file);
    if (schema >= 1 && schema < schemaVersion && m_mode == Mode::ReadWrite) {
        if (const QString error = upgradeFrom(schema); !error.isEmpty())
            return tr("%1 could not be upgraded to schema version %2: %3")
                    .arg(file)
                    .arg(schemaVersion)
                    .arg(error);
    } else if (schema != schemaVersion)
        return tr("%1 has schema version %2; this program reads version %3.")
                .arg(file)
                .arg(schema)
                .arg(schemaVersion);
    m_datasetVersion = meta.value(QStringLiteral("dataset_version"));
    if (m_datasetVersion.isEmpty())
        return tr("%1 is not a CarbonLabel factor database: it has no dataset version.").arg(file);

    // A truncated copy still opens and may even answer some queries; its header knows the size.
    Query pages(statement("SELECT page_count * page_size FROM pragma_page_count(), "
                          "pragma_page_size()"));
    if (!pages.next() || QFileInfo(m_path).size() < pages.integer(0))
        return tr("%1 is damaged: the file is shorter than its header says.").arg(file);

    Query rows(statement("SELECT count(*) FROM factors"));
    if (!rows.next())
        return tr("%1 is damaged (%2).").arg(file, lastError());
    m_count = int(rows.integer(0));
    const QString expected = meta.value(QStringLiteral("factor_count"));
    if (expected.toInt() != m_count)
        return tr("%1 is damaged: it should hold %2 factors but holds %3.")
                .arg(file, expected)
                .arg(m_count);
    return {};
}

void FactorStore::setFactorVersion(const QString &version, bool userDefined)
{
    m_factorVersion = version;
    m_userDefined = userDefined;
}

Factor FactorStore::read(sqlite3_stmt *row) const
{
    Factor f;
    f.id = Query::textOf(row, 0);
    f.category = Query::textOf(row, 1);
    f.nameEn = Query::textOf(row, 2);
    f.nameZh = Query::textOf(row, 3);
    f.value = sqlite3_column_double(row, 4);
    f.unit = Query::textOf(row, 5);
    f.region = Query::textOf(row, 6);
    f.year = sqlite3_column_int(row, 7);
    f.source = Query::textOf(row, 8);
    f.sourceDetail = Query::textOf(row, 9);
    f.uncertaintyGsd = sqlite3_column_double(row, 10);
    f.notesEn = Query::textOf(row, 11);
    f.componentClass = Query::textOf(row, 12);
    f.pedigree = FactorCsv::parsePedigree(Query::textOf(row, 13)).value_or(lca::PedigreeScores{});
    f.qualityNoteEn = Query::textOf(row, 14);
    f.gridBasis = Query::textOf(row, 15);
    f.gridMethod = Query::textOf(row, 16);
    f.gridScope = Query::textOf(row, 17);
    f.notesZh = Query::textOf(row, 18);
    f.qualityNoteZh = Query::textOf(row, 19);
    f.datasetVersion = m_factorVersion;
    f.userDefined = m_userDefined;
    return f;
}

std::optional<Factor> FactorStore::factor(const QString &id)
{
    static const std::string sql = "SELECT " + kColumns + " FROM factors WHERE id = ?1";
    Query query(statement(sql));
    query.bind(1, id);
    if (query.next())
        return read(query.get());
    return std::nullopt;
}

bool FactorStore::contains(const QString &id)
{
    Query query(statement("SELECT 1 FROM factors WHERE id = ?1"));
    query.bind(1, id);
    return query.next();
}

QList<Factor> FactorStore::all()
{
    static const std::string sql = "SELECT " + kColumns + " FROM factors ORDER BY id";
    QList<Factor> factors;
    factors.reserve(m_count);
    for (Query query(statement(sql)); query.next();)
        factors.append(read(query.get()));
    return factors;
}

QStringList FactorStore::ids()
{
    QStringList ids;
    for (Query query(statement("SELECT id FROM factors ORDER BY id")); query.next();)
        ids.append(query.text(0));
    return ids;
}

QStringList FactorStore::distinct(const char *column)
{
    QStringList values;
    const std::string sql = std::string("SELECT DISTINCT ") + column + " FROM factors WHERE "
            + column + " <> '' ORDER BY 1";
    for (Query query(statement(sql)); query.next();)
        values.append(query.text(0));
    return values;
}

void FactorStore::search(const QString &expression, int limit, const QSet<QString> &hidden,
                         QList<Hit> *hits)
{
    // bm25 costs about a microsecond per matching row (FTS5 looks up each row's column sizes),
    // so a query matching tens of thousands of rows would take over 10 ms. Rows are stored
    // shortest name first (build()), and FTS5 yields matches in rowid order, so only the first
    // kRankWindow matches, the shortest-named, are ranked: exact whenever fewer rows match.
    // bm25 weights, by FTS column: id, category, region, name_en, zh_unigrams, zh_bigrams.
    static const std::string sql = "SELECT " + kColumns
            + ", c.score FROM (SELECT r, score FROM (SELECT rowid AS r, "
              "bm25(factors_fts, 2, 1, 1, 3, 1, 2) AS score FROM factors_fts "
              "WHERE factors_fts MATCH ?1 ORDER BY rowid LIMIT ?3) ORDER BY score LIMIT ?2) AS c "
              "JOIN factors ON fid = c.r ORDER BY c.score";
    Query query(statement(sql));
    query.bind(1, expression);
    query.bind(2, limit);
    query.bind(3, std::max(kRankWindow, limit));
    while (query.next()) {
        Factor factor = read(query.get());
        if (!hidden.contains(factor.id))
            hits->append(Hit{std::move(factor), query.real(20)});
    }
}

QString FactorStore::insert(const Factor &f)
{
    static const std::string sql = "INSERT INTO factors(" + kColumns
            + ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
              "?17, ?18, ?19, ?20)";
    Query row(statement(sql));
    row.bind(1, f.id);
    row.bind(2, f.category);
    row.bind(3, f.nameEn);
    row.bind(4, f.nameZh);
    row.bind(5, f.value);
    row.bind(6, f.unit);
    row.bind(7, f.region);
    f.year != 0 ? row.bind(8, f.year) : row.bindNull(8);
    row.bind(9, f.source);
    row.bind(10, f.sourceDetail);
    f.uncertaintyGsd != 0.0 ? row.bind(11, f.uncertaintyGsd) : row.bindNull(11);
    row.bind(12, f.notesEn);
    row.bind(13, f.componentClass);
    row.bind(14, FactorCsv::formatPedigree(f.pedigree));
    row.bind(15, f.qualityNoteEn);
    row.bind(16, f.gridBasis);
    row.bind(17, f.gridMethod);
    row.bind(18, f.gridScope);
    row.bind(19, f.notesZh);
    row.bind(20, f.qualityNoteZh);
    if (!row.done())
        return tr("cannot store factor %1: %2").arg(f.id, lastError());

    Query fts(statement("INSERT INTO factors_fts(rowid, id, category, region, name_en, "
                        "zh_unigrams, zh_bigrams) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    fts.bind(1, sqlite3_last_insert_rowid(m_db));
    fts.bind(2, f.id);
    fts.bind(3, f.category);
    fts.bind(4, f.region);
    fts.bind(5, f.nameEn);
    fts.bind(6, FactorSearchText::unigrams(f.nameZh));
    fts.bind(7, FactorSearchText::bigrams(f.nameZh));
    if (!fts.done())
        return tr("cannot index factor %1: %2").arg(f.id, lastError());
    return {};
}

QString FactorStore::remove(const QString &id)
{
    Query fts(statement(
            "DELETE FROM factors_fts WHERE rowid IN (SELECT fid FROM factors WHERE id = ?1)"));
    fts.bind(1, id);
    if (!fts.done())
        return tr("cannot remove factor %1: %2").arg(id, lastError());
    Query row(statement("DELETE FROM factors WHERE id = ?1"));
    row.bind(1, id);
    if (!row.done())
        return tr("cannot remove factor %1: %2").arg(id, lastError());
    return {};
}

QString FactorStore::setMeta(const QString &key, const QString &value)
{
    Query query(statement("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)"));
    query.bind(1, key);
    query.bind(2, value);
    return query.done() ? QString() : lastError();
}

} // namespace carbonlabel
