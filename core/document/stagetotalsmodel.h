#pragma once

#include "lca/stage.h"

#include "core/document/readonlytablemodel.h"
#include <QColor>

namespace carbonlabel {

class ProfileDocument;

// The five lifecycle stages (docs/profile-format.md) with their totals and shares, in stage order,
// for the footprint panel and its chart. Read only; DecorationRole is the stage's colour.
class StageTotalsModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { StageColumn, KgCo2e, Share, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, StageKeyRole };

    explicit StageTotalsModel(ProfileDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The colours of the stage bar, the same on the screen as on the labels.
    static QColor color(lca::Stage stage);

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;

private:
    void refresh();

    ProfileDocument *m_document;
};

} // namespace carbonlabel
