#include "core/document/refreshcyclemodel.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"

namespace carbonlabel {

RefreshCycleModel::RefreshCycleModel(ProfileDocument *document, QObject *parent)
    : ReadOnlyTableModel(parent)
    , m_document(document)
{ }

void RefreshCycleModel::run()
{
    beginResetModel();
    m_result.reset();
    m_problem.clear();
    const Evaluation &e = m_document->lastValidEvaluation();
    if (!e.ok()) {
        m_problem = tr("The analysis appears when the profile has no problems.");
    } else {
        m_values = RefreshProfileValues::from(e);
        lca::RefreshCycleInputs inputs = m_inputs;
        inputs.replaceNow.reset();
        if (m_oldAnnualKwh > 0.0)
            inputs.replaceNow = lca::ReplaceNowInputs{m_oldAnnualKwh, 0.0, 0.0};
        m_values.applyTo(inputs);
        m_result = lca::RefreshCycleAnalysis::run(inputs);
        if (!m_result)
            m_problem = tr(
                    "These inputs cannot be analysed: the cycles must lie within the horizon.");
    }
    endResetModel();
}

int RefreshCycleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->strategies.size());
}

int RefreshCycleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefreshCycleModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const lca::RefreshStrategy &s = m_result->strategies[static_cast<std::size_t>(index.row())];
    const bool best = s.cycleYears == m_result->bestCycleYears;
    double value = 0.0;
    switch (index.column()) {
    case Cycle:
        value = s.cycleYears;
        break;
    case Devices:
        value = static_cast<double>(s.purchaseYears.size());
        break;
    case Embodied:
        value = s.embodiedKg;
        break;
    case Use:
        value = s.useKg;
        break;
    default:
        value = s.annualisedKg;
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Cycle)
            return best ? tr("%n year(s) — best", nullptr, s.cycleYears)
                        : tr("%n year(s)", nullptr, s.cycleYears);
        if (index.column() == Devices)
            return QLocale().toString(static_cast<int>(value));
        return NumberText::kg(value);
    case Qt::FontRole:
        return best ? boldFont() : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case ValueRole:
        return value;
    case BestRole:
        return best;
    default:
        return {};
    }
}

QStringList RefreshCycleModel::headers() const
{
    return {tr("Replace every"), tr("Devices"), tr("Embodied"),
            tr("Use", "column: emissions from using the devices"), tr("kg CO₂e a year")};
}

bool RefreshCycleModel::isNumberColumn(int column) const
{
    return column != Cycle;
}

} // namespace carbonlabel
