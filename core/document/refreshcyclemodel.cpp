#include "core/document/refreshcyclemodel.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"

#include <QFont>

namespace carbonlabel {

RefreshCycleModel::RefreshCycleModel(ProfileDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
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
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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
        if (best) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Cycle ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return value;
    case BestRole:
        return best;
    default:
        return {};
    }
}

QVariant RefreshCycleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Cycle:
        return tr("Replace every");
    case Devices:
        return tr("Devices");
    case Embodied:
        return tr("Embodied");
    case Use:
        return tr("Use", "column: emissions from using the devices");
    case PerYear:
        return tr("kg CO2e a year");
    default:
        return {};
    }
}

void RefreshCycleModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace carbonlabel
