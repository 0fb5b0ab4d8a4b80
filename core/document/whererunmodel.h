#pragma once

#include "core/evaluation/whererunanalysis.h"

#include "core/document/readonlytablemodel.h"

namespace carbonlabel {

class ProfileDocument;

// "Where to run it" (docs/digital-services.md) for the document: the data-centre and AI parts of
// the profile's last valid state evaluated on the default grids (one basis, one grid a region;
// WhereRunAnalysis::defaultSelection), lowest first, with the saving against the profile's own
// grids.
class WhereRunModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { Grid, Region, Intensity, KgCo2e, Saving, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, GridIdRole, BaselineRole };

    explicit WhereRunModel(ProfileDocument *document, QObject *parent = nullptr);

    void run();
    bool hasResult() const { return m_result.has_value() && m_result->ok(); }
    // Why there is no ranking (translated), when there is none.
    QString problem() const { return m_problem; }
    // A heading for problem() when the profile simply has nothing to rank (translated), else
    // empty.
    QString problemTitle() const { return m_problemTitle; }
    const std::optional<WhereRunResult> &result() const { return m_result; }
    // The basis of the grids ranked and, when the profile's own grids are of another, why
    // their savings compare unlike figures (translated); empty without a ranking.
    QString basisNote() const;
    // The profile's own grids as the Grid column names them ("United States · 2024"), or by
    // the factor's name when they are not among the grids ranked; empty without a ranking.
    QStringList baselineGridNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;

private:
    static QString gridName(const WhereRunGrid &grid);

    ProfileDocument *m_document;
    std::optional<WhereRunResult> m_result;
    QString m_problem;
    QString m_problemTitle;
};

} // namespace carbonlabel
