#include "core/document/factorsearchmodel.h"

#include "core/base/numbertext.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "core/profile/fieldnames.h"
#include "lca/units.h"

#include <QColor>

#include <algorithm>

namespace carbonlabel {

namespace {

// Whether a field whose factors are per `unit` chooses a grid: per unit of energy.
bool choosesGrid(const QString &unit)
{
    if (unit.isEmpty())
        return false;
    const auto u = lca::findUnit(unit.toStdString());
    return u && u->dimension == lca::Dimension::Energy;
}

} // namespace

FactorSearchModel::FactorSearchModel(FactorLibrary *library, QObject *parent)
    : ReadOnlyTableModel(parent)
    , m_library(library)
{
    connect(library, &FactorLibrary::changed, this, &FactorSearchModel::refresh);
    refresh();
}

void FactorSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void FactorSearchModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    refresh();
}

void FactorSearchModel::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    refresh();
}

void FactorSearchModel::setDenominator(const QString &unit)
{
    if (unit == m_denominator)
        return;
    m_denominator = unit;
    refresh();
}

void FactorSearchModel::setCompletionMode(bool on)
{
    beginResetModel();
    m_completion = on;
    endResetModel();
}

int FactorSearchModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_factors.size(); ++i) {
        if (m_factors[i].id == id)
            return i;
    }
    return -1;
}

QString FactorSearchModel::completionText(const Factor &f)
{
    const bool zh = FieldNames::language() == QLatin1String("zh");
    const QString first = zh && !f.nameZh.isEmpty() ? f.nameZh : f.nameEn;
    const QString second = zh ? f.nameEn : f.nameZh;
    // Look-alikes (fifteen grids of China) differ in value, region and year: show them.
    QString tail = QStringLiteral("%1 %2").arg(NumberText::display(f.value), f.unit);
    if (!f.region.isEmpty())
        tail += QStringLiteral(" · ") + f.region;
    if (f.year > 0)
        tail += QStringLiteral(" · %1").arg(f.year);
    if (second.isEmpty() || second == first)
        return QStringLiteral("%1 · %2").arg(first, tail);
    return QStringLiteral("%1 / %2 · %3").arg(first, second, tail);
}

void FactorSearchModel::refresh()
{
    beginResetModel();
    const FactorDatabase *db = m_library->database();
    const QList<Factor> found = !db->isOpen() ? QList<Factor>()
            : m_query.trimmed().isEmpty()     ? db->all()
                                              : db->search(m_query, m_limit);
    const auto wanted
            = m_denominator.isEmpty() ? std::nullopt : lca::findUnit(m_denominator.toStdString());
    // A field per unit of energy chooses a grid: no fragment or constant is offered.
    const bool choosingGrid = choosesGrid(m_denominator);
    m_factors.clear();
    for (const Factor &f : found) {
        if (!m_category.isEmpty() && f.category != m_category)
            continue;
        if (!m_region.isEmpty() && f.region != m_region)
            continue;
        if (wanted) {
            const auto fu = lca::parseFactorUnit(f.unit.toStdString());
            const auto d = fu ? lca::findUnit(fu->denominator) : std::nullopt;
            if (!d || d->dimension != wanted->dimension)
                continue;
            if (choosingGrid && !f.offeredAsGrid())
                continue;
        }
        m_factors.append(f);
        if (m_factors.size() >= m_limit)
            break;
    }
    if (m_query.trimmed().isEmpty()) {
        // Browsing without words: by category, then by name, rather than by id.
        const bool zh = FieldNames::language() == QLatin1String("zh");
        // The categories in the order a profile is filled in.
        static const QStringList order{
                QStringLiteral("material"),         QStringLiteral("electronic_component"),
                QStringLiteral("packaging"),        QStringLiteral("manufacturing_energy"),
                QStringLiteral("grid_electricity"), QStringLiteral("transport"),
                QStringLiteral("end_of_life"),      QStringLiteral("network_transfer"),
                QStringLiteral("data_center"),      QStringLiteral("cloud_compute"),
                QStringLiteral("cloud_storage"),    QStringLiteral("accelerator_power")};
        auto rank = [](const QString &c) {
            const qsizetype i = order.indexOf(c);
            return i < 0 ? order.size() : i;
        };
        std::stable_sort(m_factors.begin(), m_factors.end(),
                         [zh, &rank](const Factor &a, const Factor &b) {
                             if (a.category != b.category) {
                                 return rank(a.category) != rank(b.category)
                                         ? rank(a.category) < rank(b.category)
                                         : a.category < b.category;
                             }
                             return QString::localeAwareCompare(zh ? a.nameZh : a.nameEn,
                                                                zh ? b.nameZh : b.nameEn)
                                     < 0;
                         });
    }
    endResetModel();
}

int FactorSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_factors.size());
}

int FactorSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_completion ? 1 : ColumnCount);
}

QVariant FactorSearchModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Factor &f = m_factors[index.row()];
    if (role == FactorIdRole)
        return f.id;
    if (role == UserDefinedRole)
        return f.userDefined;
    if (m_completion) {
        if (role == Qt::DisplayRole)
            return completionText(f);
        if (role == Qt::EditRole)
            return f.id;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1\n%2").arg(f.id, f.source);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column());
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2\n%3").arg(f.nameEn, f.nameZh, f.id);
    if (role == Qt::ForegroundRole && f.userDefined && index.column() == Name)
        return QColor(0x1f, 0x5f, 0x8b);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: {
        const bool zh = FieldNames::language() == QLatin1String("zh");
        const QString name = zh && !f.nameZh.isEmpty() ? f.nameZh : f.nameEn;
        return f.userDefined && role == Qt::DisplayRole ? tr("%1 (user)").arg(name) : name;
    }
    case Value:
        return role == Qt::EditRole ? QVariant(f.value) : QVariant(NumberText::display(f.value));
    case Unit:
        return f.unit;
    case Region:
        return f.region;
    case Year:
        return f.year > 0 ? QVariant(f.year) : QVariant();
    case Source:
        return f.source;
    case Id:
        return f.id;
    default:
        return {};
    }
}

QStringList FactorSearchModel::headers() const
{
    if (m_completion)
        return {tr("Emission factor")};
    return {tr("Name"), tr("Value"), tr("Unit"), tr("Region"), tr("Year"), tr("Source"), tr("ID")};
}

bool FactorSearchModel::isNumberColumn(int column) const
{
    return !m_completion && (column == Value || column == Year);
}

} // namespace carbonlabel
