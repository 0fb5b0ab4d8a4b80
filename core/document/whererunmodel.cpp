#include "core/document/whererunmodel.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/factors/factordatabase.h"
#include "core/profile/fieldnames.h"
#include "core/render/labelfacts.h"

#include <algorithm>

namespace carbonlabel {

WhereRunModel::WhereRunModel(ProfileDocument *document, QObject *parent)
    : ReadOnlyTableModel(parent)
    , m_document(document)
{ }

void WhereRunModel::run()
{
    beginResetModel();
    m_result.reset();
    m_problem.clear();
    m_problemTitle.clear();
    const Evaluation &e = m_document->lastValidEvaluation();
    const FactorDatabase *db = m_document->database();
    if (!e.ok() || !e.profile || !db) {
        m_problem = tr("The ranking appears when the profile has no problems.");
    } else if (!e.profile->digitalService
               || !WhereRunAnalysis::hasMovableParts(*e.profile->digitalService)) {
        m_problemTitle = tr("Nothing to move");
        m_problem = tr("This profile has no data-centre or AI part to move to another grid. Add a "
                       "data centre "
                       "or AI use on the Digital service page to compare where to run it.");
    } else {
        m_result = WhereRunAnalysis::runDefault(*e.profile, *db);
        if (!m_result->ok()) {
            for (const Diagnostic &d : m_result->diagnostics) {
                if (d.isError())
                    m_problem = d.message;
            }
        }
    }
    endResetModel();
}

QString WhereRunModel::basisNote() const
{
    if (!hasResult() || !m_result->basis)
        return {};
    QString note = tr("The grids are of one basis, %1, one for each region.")
                           .arg(m_result->basis->text());
    for (const Diagnostic &d : m_result->diagnostics) {
        if (!d.isError())
            note += QLatin1Char('\n') + d.message;
    }
    return note;
}

int WhereRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !hasResult() ? 0 : static_cast<int>(m_result->grids.size());
}

int WhereRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WhereRunModel::gridName(const WhereRunGrid &g)
{
    // The region and the source are what tell two grids apart; the factor's full name is in
    // the tooltip.
    QString name = LabelFacts::regionName(g.grid).text(FieldNames::language());
    if (g.grid.year > 0)
        name += QStringLiteral(" · %1").arg(g.grid.year);
    return g.co2Only ? tr("%1 (CO2 only)").arg(name) : name;
}

QStringList WhereRunModel::baselineGridNames() const
{
    QStringList names;
    if (!hasResult())
        return names;
    for (const QString &id : m_result->baselineGrids) {
        const auto ranked = std::find_if(m_result->grids.cbegin(), m_result->grids.cend(),
                                         [&](const WhereRunGrid &g) { return g.grid.id == id; });
        if (ranked != m_result->grids.cend()) {
            names << gridName(*ranked);
        } else if (const FactorDatabase *db = m_document->database()) {
            const std::optional<Factor> f = db->factor(id);
            names << (f ? f->name(FieldNames::language()) : id);
        } else {
            names << id;
        }
    }
    return names;
}

QVariant WhereRunModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const WhereRunGrid &g = m_result->grids[index.row()];
    const bool baseline = m_result->baselineGrids.contains(g.grid.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Grid:
            return gridName(g);
        case Region:
            return g.grid.region;
        case Intensity:
            return NumberText::quantity(g.kgCo2ePerKwh);
        case KgCo2e:
            return NumberText::kg(g.kgCo2e);
        default:
            return NumberText::percent(g.savingShare);
        }
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3").arg(g.grid.nameEn, g.grid.nameZh, g.grid.id);
    case Qt::FontRole:
        return baseline ? boldFont() : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case ValueRole:
        switch (index.column()) {
        case Intensity:
            return g.kgCo2ePerKwh;
        case KgCo2e:
            return g.kgCo2e;
        case Saving:
            return g.savingShare;
        default:
            return {};
        }
    case GridIdRole:
        return g.grid.id;
    case BaselineRole:
        return baseline;
    default:
        return {};
    }
}

QStringList WhereRunModel::headers() const
{
    return {tr("Grid"), tr("Region"), tr("kg CO₂e/kWh"), tr("kg CO₂e"), tr("Saving")};
}

bool WhereRunModel::isNumberColumn(int column) const
{
    return column > Region;
}

} // namespace carbonlabel
