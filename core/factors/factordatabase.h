#pragma once

#include "core/factors/factor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace carbonlabel {

class FactorStore;

// The emission-factor database (docs/factors.md): the shipped, read-only SQLite file built from
// resources/factors/factors.csv, with the user's own factors layered over it from a second
// SQLite file. A user factor with a shipped id hides the shipped one; the shipped file is never
// written. All lookups may be called from several threads at once.
class FactorDatabase
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::FactorDatabase)

public:
    struct ImportResult
    {
        int imported = 0;
        QStringList errors; // when not empty, nothing was imported
    };

    FactorDatabase();
    ~FactorDatabase();
    FactorDatabase(const FactorDatabase &) = delete;
    FactorDatabase &operator=(const FactorDatabase &) = delete;

    // Writes a fresh database to a temporary file beside `outPath`, then renames it over
    // `outPath`, so a failed build never leaves a half-written file. Returns an empty string on
    // success, otherwise a translated error.
    static QString build(const QList<Factor> &factors, const QString &outPath,
                         const QString &datasetVersion);

    // $CARBONLABEL_FACTOR_DB if set, else <program dir>/../share/carbonlabel/factors.sqlite,
    // which holds both in build/bin and when installed in /usr/bin. Needs a QCoreApplication.
    static QString defaultShippedPath();
    // <AppDataLocation>/user-factors.sqlite; the folder is created.
    static QString defaultUserPath();

    // Opens the shipped database read-only and the user layer read-write (created, with the
    // same schema, when missing). On failure returns false, errorString() names the file, and
    // the database stays closed.
    bool open(const QString &shippedPath, const QString &userPath);
    bool open() { return open(defaultShippedPath(), defaultUserPath()); }
    void close();
    bool isOpen() const;
    QString errorString() const;

    // User layer first, then shipped.
    std::optional<Factor> factor(const QString &id) const;
    // Words in English or Chinese, ANDed; English words match as prefixes, Chinese by character
    // (one character) or by substring (two or more). An exact id comes first, then by bm25
    // (over the 1,000 shortest-named matches when more match; docs/factors.md). Any text is
    // safe: it is never passed to SQLite or FTS5 as syntax. Empty when nothing searchable.
    QList<Factor> search(const QString &query, int limit = 50) const;
    QList<Factor> all() const; // by id
    QStringList categories() const; // sorted, both layers
    QStringList regions() const; // sorted, both layers
    QString datasetVersion() const; // of the shipped data, e.g. "2026.1"
    int count() const; // distinct ids over both layers

    // The user layer. addUserFactor inserts or replaces, after the same checks as the CSV.
    bool addUserFactor(const Factor &factor, QString *error);
    bool removeUserFactor(const QString &id, QString *error);
    QList<Factor> userFactors() const; // by id
    // All or nothing: with any error in the file, nothing is imported and every error is listed.
    ImportResult importUserCsv(const QString &csvPath);
    QByteArray exportUserCsv() const;

private:
    bool openLocked(const QString &shippedPath, const QString &userPath);
    void refreshUserCacheLocked();
    std::optional<Factor> factorLocked(const QString &id) const;
    bool writeUserFactorsLocked(const QList<Factor> &factors, QString *error);

    mutable QMutex m_mutex; // SQLite connections are not shared between threads unguarded
    std::unique_ptr<FactorStore> m_shipped;
    std::unique_ptr<FactorStore> m_user;
    QString m_error;
    QSet<QString> m_userIds; // to hide shipped rows the user layer overrides
    int m_count = 0;
};

} // namespace carbonlabel
