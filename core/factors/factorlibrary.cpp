#include "core/factors/factorlibrary.h"

#include "core/base/savefile.h"
#include "core/factors/factordatabase.h"

namespace carbonlabel {

FactorLibrary::FactorLibrary(FactorDatabase *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<FactorCsv::Error> FactorLibrary::validate(const Factor &factor)
{
    return FactorCsv::validate(factor);
}

bool FactorLibrary::addUserFactor(const Factor &factor, QString *error)
{
    if (!m_database->addUserFactor(factor, error))
        return false;
    emit changed();
    return true;
}

bool FactorLibrary::removeUserFactor(const QString &id, QString *error)
{
    if (!m_database->removeUserFactor(id, error))
        return false;
    emit changed();
    return true;
}

int FactorLibrary::importUserCsv(const QString &fileName, QStringList *errors)
{
    const FactorDatabase::ImportResult r = m_database->importUserCsv(fileName);
    if (errors)
        *errors = r.errors;
    if (r.errors.isEmpty() && r.imported > 0)
        emit changed();
    return r.errors.isEmpty() ? r.imported : 0;
}

bool FactorLibrary::exportUserCsv(const QString &fileName, QString *error) const
{
    return SaveFile::write(fileName, m_database->exportUserCsv(), error);
}

} // namespace carbonlabel
