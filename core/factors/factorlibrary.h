#pragma once

#include "core/factors/factor.h"
#include "core/factors/factorcsv.h"

#include <QObject>

namespace carbonlabel {

class FactorDatabase;

// The factor database as the window shares it: lookups go straight to FactorDatabase; changes
// to the user layer go through here, so every view and open document hears of them.
class FactorLibrary : public QObject
{
    Q_OBJECT

public:
    explicit FactorLibrary(FactorDatabase *database, QObject *parent = nullptr);

    FactorDatabase *database() const { return m_database; }

    // The same rules as a CSV import, each error naming its column ("value", "unit", ...).
    static QList<FactorCsv::Error> validate(const Factor &factor);
    // Inserts or replaces a user factor; false and a translated message on failure.
    bool addUserFactor(const Factor &factor, QString *error);
    bool removeUserFactor(const QString &id, QString *error);
    // All or nothing; the errors, each naming row and column, when nothing was imported.
    int importUserCsv(const QString &fileName, QStringList *errors);
    bool exportUserCsv(const QString &fileName, QString *error) const;

signals:
    void changed();

private:
    FactorDatabase *m_database;
};

} // namespace carbonlabel
