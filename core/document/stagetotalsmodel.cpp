#include "core/document/stagetotalsmodel.h"

#include "core/base/numbertext.h"
#include "core/base/stagenames.h"
#include "core/document/profiledocument.h"
#include "core/render/labelpalette.h"

namespace carbonlabel {

StageTotalsModel::StageTotalsModel(ProfileDocument *document, QObject *parent)
    : ReadOnlyTableModel(parent)
    , m_document(document)
{
    connect(document, &ProfileDocument::evaluated, this, &StageTotalsModel::refresh);
}

QColor StageTotalsModel::color(lca::Stage stage)
{
    // The label's palette: the window shows the stages as the printed label does.
    return LabelPalette::stage(stage);
}

int StageTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : lca::kStageCount;
}

int StageTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const lca::Stage stage = lca::kAllStages[static_cast<std::size_t>(index.row())];
    const lca::FootprintResult &r = m_document->lastValidEvaluation().result;
    const double kg = r.stage(stage);
    const double share = r.total() > 0.0 ? kg / r.total() : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StageColumn)
            return StageNames::translated(stage);
        if (index.column() == KgCo2e)
            return NumberText::kg(kg);
        return NumberText::percent(share);
    case Qt::DecorationRole:
        return index.column() == StageColumn ? QVariant(color(stage)) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case ValueRole:
        return index.column() == Share ? share : kg;
    case StageKeyRole:
        return QString::fromLatin1(lca::stageKey(stage).data(),
                                   static_cast<qsizetype>(lca::stageKey(stage).size()));
    default:
        return {};
    }
}

void StageTotalsModel::refresh()
{
    emit dataChanged(index(0, 0), index(lca::kStageCount - 1, ColumnCount - 1));
}

QStringList StageTotalsModel::headers() const
{
    return {tr("Stage"), tr("kg CO₂e"), tr("Share")};
}

bool StageTotalsModel::isNumberColumn(int column) const
{
    return column != StageColumn;
}

} // namespace carbonlabel
