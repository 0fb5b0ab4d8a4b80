#include "factordatabase.h"

#include "core/factors/factorcsv.h"
#include "core/factors/factorsearchtext.h"
#include "core/factors/factorstore.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>

namespace carbonlabel {

namespace {

const QString kUserVersion = QStringLiteral("user");

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString joinErrors(const QList<FactorCsv::Error> &errors)
{
    QStringList lines;
    for (const FactorCsv::Error &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace

FactorDatabase::FactorDatabase() = default;
FactorDatabase::~FactorDatabase() = default;

QString FactorDatabase::build(const QList<Factor> &factors, const QString &outPath,
                              const QString &datasetVersion)
{
    if (datasetVersion.trimmed().isEmpty())
        return tr("The dataset version is empty.");
    const QFileInfo out(outPath);
    if (!QDir().mkpath(out.absolutePath()))
        return tr("Cannot create the folder %1.").arg(nativePath(out.absolutePath()));

    // A unique name beside the target, so the final rename stays within one file system.
    QTemporaryFile temporary(out.absoluteFilePath() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return tr("Cannot create a file beside %1: %2")
                .arg(nativePath(outPath), temporary.errorString());
    temporary.close();

    QString error;
    {
        std::unique_ptr<FactorStore> store
                = FactorStore::open(temporary.fileName(), FactorStore::Mode::ReadWrite, &error);
        if (!store)
            return error;
        // A crash leaves only the temporary file behind, so no journal is needed while building.
        error = store->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN");
        if (error.isEmpty())
            error = store->createSchema(datasetVersion);
        // Shortest names first: search ranks the first matches in this order (FactorStore).
        QList<const Factor *> ordered;
        ordered.reserve(factors.size());
        for (const Factor &factor : factors)
            ordered.append(&factor);
        std::stable_sort(ordered.begin(), ordered.end(), [](const Factor *a, const Factor *b) {
            const qsizetype lengthA = a->nameEn.size() + a->nameZh.size();
            const qsizetype lengthB = b->nameEn.size() + b->nameZh.size();
            return lengthA != lengthB ? lengthA < lengthB : a->id < b->id;
        });
        for (const Factor *factor : std::as_const(ordered)) {
            if (!error.isEmpty())
                break;
            const QList<FactorCsv::Error> invalid = FactorCsv::validate(*factor);
            error = invalid.isEmpty() ? store->insert(*factor)
                                      : tr("factor %1: %2").arg(factor->id, joinErrors(invalid));
        }
        if (error.isEmpty())
            error = store->setMeta(QStringLiteral("factor_count"), QString::number(factors.size()));
        if (error.isEmpty())
            error = store->exec("COMMIT; INSERT INTO factors_fts(factors_fts) VALUES('optimize')");
        if (!error.isEmpty())
            return tr("Cannot build %1: %2").arg(nativePath(outPath), error);
    } // the connection is closed before the rename

    // QTemporaryFile creates the file for its owner only; the database is for everyone to read.
    temporary.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                             | QFile::ReadOther);

    std::error_code code;
    std::filesystem::rename(QFile::encodeName(temporary.fileName()).toStdString(),
                            QFile::encodeName(out.absoluteFilePath()).toStdString(), code);
    if (code)
        return tr("Cannot write %1: %2")
                .arg(nativePath(outPath), QString::fromLocal8Bit(code.message()));
    return {};
}

QString FactorDatabase::defaultShippedPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CARBONLABEL_FACTOR_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/carbonlabel/factors.sqlite"));
}

QString FactorDatabase::defaultUserPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/user-factors.sqlite");
}

bool FactorDatabase::open(const QString &shippedPath, const QString &userPath)
{
    QMutexLocker lock(&m_mutex);
    m_shipped.reset();
    m_user.reset();
    m_userIds.clear();
    m_count = 0;
    m_error.clear();
    if (openLocked(shippedPath, userPath))
        return true;
    m_shipped.reset();
    m_user.reset();
    return false;
}

bool FactorDatabase::openLocked(const QString &shippedPath, const QString &userPath)
{
    const QFileInfo shipped(shippedPath);
    if (!shipped.exists()) {
        m_error = tr("The factor database %1 does not exist.").arg(nativePath(shippedPath));
        return false;
    }
    if (!shipped.isFile()) {
        m_error = tr("The factor database %1 is not a file.").arg(nativePath(shippedPath));
        return false;
    }
    if (shipped.size() == 0) { // SQLite would take an empty file for an empty database
        m_error = tr("The factor database %1 is an empty file.").arg(nativePath(shippedPath));
        return false;
    }
    const QFileInfo user(userPath);
    if (user.exists() && user.canonicalFilePath() == shipped.canonicalFilePath()) {
        m_error = tr("The user factors cannot be kept in the shipped database %1.")
                          .arg(nativePath(shippedPath));
        return false;
    }

    m_shipped = FactorStore::open(shippedPath, FactorStore::Mode::ReadOnly, &m_error);
    if (!m_shipped)
        return false;
    m_error = m_shipped->check();
    if (!m_error.isEmpty())
        return false;
    m_shipped->setFactorVersion(m_shipped->datasetVersion(), false);

    if (!QDir().mkpath(user.absolutePath())) {
        m_error = tr("Cannot create the folder %1.").arg(nativePath(user.absolutePath()));
        return false;
    }
    m_user = FactorStore::open(userPath, FactorStore::Mode::ReadWrite, &m_error);
    if (!m_user)
        return false;
    // A new or empty file gets the schema; a file with other tables is not ours to change.
    if (m_user->hasNoTables()) {
        const QString error = m_user->createSchema(kUserVersion);
        if (!error.isEmpty()) {
            m_error = tr("Cannot create %1: %2").arg(nativePath(userPath), error);
            return false;
        }
    }
    m_error = m_user->check();
    if (!m_error.isEmpty())
        return false;
    m_user->setFactorVersion(kUserVersion, true);
    refreshUserCacheLocked();
    return true;
}

void FactorDatabase::close()
{
    QMutexLocker lock(&m_mutex);
    m_shipped.reset();
    m_user.reset();
    m_userIds.clear();
    m_count = 0;
}

bool FactorDatabase::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_shipped != nullptr;
}

QString FactorDatabase::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void FactorDatabase::refreshUserCacheLocked()
{
    int overridden = 0;
    const QStringList ids = m_user->ids();
    m_userIds = QSet<QString>(ids.cbegin(), ids.cend());
    for (const QString &id : ids)
        overridden += m_shipped->contains(id) ? 1 : 0;
    m_count = m_shipped->count() + int(ids.size()) - overridden;
}

std::optional<Factor> FactorDatabase::factorLocked(const QString &id) const
{
    if (!m_shipped)
        return std::nullopt;
    return m_userIds.contains(id) ? m_user->factor(id) : m_shipped->factor(id);
}

std::optional<Factor> FactorDatabase::factor(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return factorLocked(id);
}

QList<Factor> FactorDatabase::search(const QString &query, int limit) const
{
    const QString expression = FactorSearchText::ftsExpression(query);
    if (limit <= 0 || expression.isEmpty())
        return {};
    QMutexLocker lock(&m_mutex);
    if (!m_shipped)
        return {};
    QList<FactorStore::Hit> hits;
    if (!m_userIds.isEmpty())
        m_user->search(expression, limit, {}, &hits);
    // Ask for more shipped rows, as the user layer may hide some of them.
    m_shipped->search(expression, limit + int(m_userIds.size()), m_userIds, &hits);
    // The two layers' bm25 scores come from different corpora, but are of the same kind.
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto &a, const auto &b) { return a.score < b.score; });

    QList<Factor> result;
    result.reserve(std::min<qsizetype>(limit, hits.size() + 1));
    const std::optional<Factor> exact = factorLocked(query.trimmed());
    if (exact)
        result.append(*exact);
    for (const FactorStore::Hit &hit : std::as_const(hits)) {
        if (result.size() == limit)
            break;
        if (!exact || hit.factor.id != exact->id)
            result.append(hit.factor);
    }
    return result;
}

QList<Factor> FactorDatabase::all() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_shipped)
        return {};
    QList<Factor> result = m_user->all();
    for (Factor &factor : m_shipped->all()) {
        if (!m_userIds.contains(factor.id))
            result.append(std::move(factor));
    }
    std::sort(result.begin(), result.end(),
              [](const Factor &a, const Factor &b) { return a.id < b.id; });
    return result;
}

namespace {

QStringList mergedSorted(QStringList a, const QStringList &b)
{
    a.append(b);
    a.sort();
    a.removeDuplicates();
    return a;
}

} // namespace

QStringList FactorDatabase::categories() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_shipped)
        return {};
    return mergedSorted(m_shipped->distinct("category"), m_user->distinct("category"));
}

QStringList FactorDatabase::regions() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_shipped)
        return {};
    return mergedSorted(m_shipped->distinct("region"), m_user->distinct("region"));
}

QString FactorDatabase::datasetVersion() const
{
    QMutexLocker lock(&m_mutex);
    return m_shipped ? m_shipped->datasetVersion() : QString();
}

int FactorDatabase::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

bool FactorDatabase::writeUserFactorsLocked(const QList<Factor> &factors, QString *error)
{
    QString failure = m_user->exec("BEGIN IMMEDIATE");
    for (const Factor &factor : factors) {
        if (!failure.isEmpty())
            break;
        failure = m_user->remove(factor.id); // insert or replace
        if (failure.isEmpty())
            failure = m_user->insert(factor);
    }
    if (failure.isEmpty())
        failure = m_user->setMeta(QStringLiteral("factor_count"),
                                  QString::number(m_user->ids().size()));
    if (failure.isEmpty())
        failure = m_user->exec("COMMIT");
    if (!failure.isEmpty()) {
        m_user->exec("ROLLBACK");
        if (error)
            *error = tr("Cannot save the user factors in %1: %2")
                             .arg(nativePath(m_user->path()), failure);
        return false;
    }
    refreshUserCacheLocked();
    return true;
}

bool FactorDatabase::addUserFactor(const Factor &factor, QString *error)
{
    const QList<FactorCsv::Error> invalid = FactorCsv::validate(factor);
    if (!invalid.isEmpty()) {
        if (error)
            *error = joinErrors(invalid);
        return false;
    }
    QMutexLocker lock(&m_mutex);
    if (!m_shipped) {
        if (error)
            *error = tr("The factor database is not open.");
        return false;
    }
    return writeUserFactorsLocked({factor}, error);
}

bool FactorDatabase::removeUserFactor(const QString &id, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_shipped || !m_userIds.contains(id)) {
        if (error)
            *error = tr("There is no user factor \"%1\".").arg(id);
        return false;
    }
    QString failure = m_user->exec("BEGIN IMMEDIATE");
    if (failure.isEmpty())
        failure = m_user->remove(id);
    if (failure.isEmpty())
        failure = m_user->setMeta(QStringLiteral("factor_count"),
                                  QString::number(m_user->ids().size()));
    if (failure.isEmpty())
        failure = m_user->exec("COMMIT");
    if (!failure.isEmpty()) {
        m_user->exec("ROLLBACK");
        if (error)
            *error = tr("Cannot remove the user factor \"%1\" from %2: %3")
                             .arg(id, nativePath(m_user->path()), failure);
        return false;
    }
    refreshUserCacheLocked();
    return true;
}

QList<Factor> FactorDatabase::userFactors() const
{
    QMutexLocker lock(&m_mutex);
    return m_user ? m_user->all() : QList<Factor>();
}

FactorDatabase::ImportResult FactorDatabase::importUserCsv(const QString &csvPath)
{
    ImportResult result;
    const FactorCsv::Result csv = FactorCsv::readFile(csvPath);
    for (const FactorCsv::Error &error : csv.errors)
        result.errors.append(error.toString());
    if (!result.errors.isEmpty())
        return result;

    QMutexLocker lock(&m_mutex);
    QString error;
    if (!m_shipped)
        error = tr("The factor database is not open.");
    else if (!writeUserFactorsLocked(csv.factors, &error))
        error = tr("%1: %2").arg(nativePath(csvPath), error);
    if (!error.isEmpty()) {
        result.errors.append(error);
        return result;
    }
    result.imported = int(csv.factors.size());
    return result;
}

QByteArray FactorDatabase::exportUserCsv() const
{
    // A byte-order mark, so that spreadsheets (Excel above all) open the Chinese names as
    // UTF-8; FactorCsv::read skips it.
    return QByteArray("\xEF\xBB\xBF") + FactorCsv::write(userFactors());
}

} // namespace carbonlabel
