#pragma once

#include "core/factors/factor.h"

#include "core/document/readonlytablemodel.h"

namespace carbonlabel {

class FactorLibrary;

// Factors found by a bilingual search (FactorDatabase::search), narrowed by category and
// region; with no words, every factor. Read only. In completion mode it has one column whose
// text names the factor in both languages with its unit, for a completer's popup.
class FactorSearchModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Value, Unit, Region, Year, Source, Id, ColumnCount };
    enum Role { FactorIdRole = Qt::UserRole + 1, UserDefinedRole };

    explicit FactorSearchModel(FactorLibrary *library, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    // Empty: any.
    void setCategory(const QString &category);
    void setRegion(const QString &region);
    // Only factors whose unit has a denominator of this dimension, for a field that needs,
    // e.g., a grid ("kWh") or a transport mode ("tkm"); empty: any. Per unit of energy, grid
    // fragments and constants are left out (Factor::offeredAsGrid); their ids still work.
    void setDenominator(const QString &unit);
    void setCompletionMode(bool on);
    void setLimit(int limit) { m_limit = limit; }

    const Factor &factor(int row) const { return m_factors.at(row); }
    int rowOf(const QString &id) const;

    // "ABS plastic / ABS塑料 · kgCO2e/kg"
    static QString completionText(const Factor &factor);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;

private:
    FactorLibrary *m_library;
    QString m_query;
    QString m_category;
    QString m_region;
    QString m_denominator;
    bool m_completion = false;
    int m_limit = 500;
    QList<Factor> m_factors;
};

} // namespace carbonlabel
