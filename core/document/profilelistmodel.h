#pragma once

#include "core/profile/profilefields.h"

#include <QAbstractTableModel>
#include <QHash>

namespace carbonlabel {

class ProfileDocument;
struct Factor;

// One list of a profile as an editable table: materials, packaging, distribution legs, use
// modes or end-of-life routes. Each cell is a field of the profile addressed by its JSON path
// (PathRole); edits become undo commands on the document; a cell with a problem carries the
// reader's or the inventory builder's message (ToolTipRole) and SeverityRole. The last column
// is the line's result in kg CO2e, read only.
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // the cell's JSON path, "materials[2].quantity"
        SeverityRole, // 0 none, 1 warning, 2 error
        ColumnKindRole, // a ColumnKind
        FactorIdRole, // for factor columns: the id
        FactorUnitRole, // for factor and unit columns: the factor's unit, "kgCO2e/kg"
        UnitChoicesRole, // for unit columns: the units that convert to the factor's
        SnapshotChangedRole, // for factor columns: the database's value differs from the snapshot
        MessageRole, // the messages alone, without the factor details of ToolTipRole
    };
    // Component: a materials line's component class; empty for the factor's own.
    enum class ColumnKind { Text, Factor, Number, OptionalNumber, Unit, Component, Result };

    ProfileListModel(ProfileDocument *document, ProfileList list, QObject *parent = nullptr);

    ProfileList list() const { return m_list; }
    // The JSON path of a cell ("materials[2].quantity") or of a row ("materials[2]").
    QString path(const QModelIndex &index) const;
    // The cell that shows the field at `path`, or an invalid index.
    QModelIndex indexForPath(const QString &path) const;
    int column(const QString &field) const; // "quantity" -> its column, -1 if none
    ColumnKind columnKind(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Emitted after the language changed, so the headers are asked again.
    void retranslate();

    // The units a quantity may be given in for a factor of unit `factorUnit`: those that
    // convert to its denominator, e.g. "kgCO2e/kg" -> g, kg, t.
    static QStringList unitsFor(const QString &factorUnit);

private:
    struct Column
    {
        const char *field; // path below the row, e.g. "part.en"
        const char *header;
        ColumnKind kind;
    };

    const QList<Column> &columns() const;
    QString factorIdForRow(int row) const;
    QString factorComponent(int row) const; // the class of the row's factor, or empty
    void onFieldChanged(const QString &path);
    void onEvaluated();

    ProfileDocument *m_document;
    ProfileList m_list;
    QHash<QString, double> m_results; // row path -> kg CO2e
};

} // namespace carbonlabel
