#pragma once

#include "core/factors/factor.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace carbonlabel {

// One SQLite file of factors with its schema and its cached prepared statements: the shipped
// database or the user layer. FactorDatabase layers two of them and guards them with a mutex;
// a FactorStore itself is not thread-safe.
class FactorStore
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::FactorStore)

public:
    enum class Mode {
        ReadOnly, // the shipped file: opened immutable, never written, locked or journalled
        ReadWrite, // created when missing
    };

    struct Hit
    {
        Factor factor;
        double score; // bm25: lower is more relevant
    };

    // 2 added component_class, 3 the pedigree scores, their note and the grid basis, 4 the
    // Chinese notes and quality note; a writable file of an earlier version (a user layer) is
    // upgraded in check().
    static constexpr int schemaVersion = 4;

    ~FactorStore();
    FactorStore(const FactorStore &) = delete;
    FactorStore &operator=(const FactorStore &) = delete;

    // Null on failure, with *error naming the file.
    static std::unique_ptr<FactorStore> open(const QString &path, Mode mode, QString *error);

    // True when the file has no table at all (new or empty), so the schema may be created.
    bool hasNoTables();
    QString createSchema(const QString &datasetVersion);
    // Checks that the file is a whole CarbonLabel factor database, and reads its dataset version
    // and row count. An empty string when it is; otherwise an error naming the file.
    QString check();

    QString path() const { return m_path; }
    QString datasetVersion() const { return m_datasetVersion; }
    int count() const { return m_count; }
    // Stamped on every factor read, with userDefined: "user" for the user layer.
    void setFactorVersion(const QString &version, bool userDefined);

    std::optional<Factor> factor(const QString &id);
    bool contains(const QString &id);
    QList<Factor> all(); // by id
    QStringList ids();
    QStringList distinct(const char *column); // non-empty values of "category" or "region"
    // Rows matching an FTS5 expression (FactorSearchText::ftsExpression), best first, without
    // those whose id is in `hidden`.
    void search(const QString &expression, int limit, const QSet<QString> &hidden,
                QList<Hit> *hits);

    // Writing. Each returns an empty string or an error.
    QString exec(const char *sql);
    QString insert(const Factor &factor); // the id must not be present
    QString remove(const QString &id);
    QString setMeta(const QString &key, const QString &value);
    QString lastError() const;

private:
    FactorStore() = default;
    sqlite3_stmt *statement(const std::string &sql);
    Factor read(sqlite3_stmt *row) const;

    struct StatementDeleter
    {
        void operator()(sqlite3_stmt *statement) const;
    };

    sqlite3 *m_db = nullptr;
    QString upgradeFrom(int version);

    QString m_path;
    Mode m_mode = Mode::ReadOnly;
    QString m_datasetVersion;
    QString m_factorVersion;
    bool m_userDefined = false;
    int m_count = 0;
    std::unordered_map<std::string, std::unique_ptr<sqlite3_stmt, StatementDeleter>> m_statements;
};

} // namespace carbonlabel
