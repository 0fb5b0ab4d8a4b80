#include "core/document/profilelistmodel.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/factors/componentclass.h"
#include "core/factors/factordatabase.h"
#include "core/profile/fieldnames.h"
#include "lca/units.h"

#include <QColor>
#include <QUndoStack>

namespace carbonlabel {

namespace {

constexpr const char *kContext = "carbonlabel::ProfileListModel";

using Kind = ProfileListModel::ColumnKind;

// Text the program fills in rather than the user: results, a factor's own component class.
QColor derivedTextColor()
{
    return QColor(0x55, 0x5b, 0x66);
}

QString severityColorName(int severity)
{
    return severity == 2 ? QStringLiteral("#fde2e1") : QStringLiteral("#fff4d6");
}

} // namespace

ProfileListModel::ProfileListModel(ProfileDocument *document, ProfileList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_list(list)
{
    connect(document, &ProfileDocument::rowsAboutToBeInserted, this,
            [this](ProfileList l, int first, int last) {
                if (l == m_list)
                    beginInsertRows({}, first, last);
            });
    connect(document, &ProfileDocument::rowsInserted, this, [this](ProfileList l) {
        if (l == m_list)
            endInsertRows();
    });
    connect(document, &ProfileDocument::rowsAboutToBeRemoved, this,
            [this](ProfileList l, int first, int last) {
                if (l == m_list)
                    beginRemoveRows({}, first, last);
            });
    connect(document, &ProfileDocument::rowsRemoved, this, [this](ProfileList l) {
        if (l == m_list)
            endRemoveRows();
    });
    connect(document, &ProfileDocument::profileAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &ProfileDocument::profileReset, this, [this] { endResetModel(); });
    connect(document, &ProfileDocument::fieldChanged, this, &ProfileListModel::onFieldChanged);
    connect(document, &ProfileDocument::evaluated, this, &ProfileListModel::onEvaluated);
    connect(document, &ProfileDocument::snapshotChanged, this, &ProfileListModel::onEvaluated);
    onEvaluated();
}

const QList<ProfileListModel::Column> &ProfileListModel::columns() const
{
    static const QList<Column> lines{
            {"part.en", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Part (English)"),
             Kind::Text},
            {"part.zh", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Part (Chinese)"),
             Kind::Text},
            {"factor", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Emission factor"),
             Kind::Factor},
            {"quantity", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Quantity"),
             Kind::Number},
            {"unit", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Unit"), Kind::Unit},
            // The line's own data quality and whether it is primary data (docs/uncertainty.md).
            {"pedigree", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Data quality"),
             Kind::Text},
            {"data_source", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Data source"),
             Kind::Text},
            {"", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "kg CO₂e"), Kind::Result},
    };
    // A materials line also says which part of the product it is, for the completeness check.
    static const QList<Column> materialLines = [] {
        QList<Column> c = lines;
        c.insert(c.size() - 3,
                 {"component", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Component"),
                  Kind::Component});
        return c;
    }();
    static const QList<Column> legs{
            {"mode", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Transport mode"),
             Kind::Factor},
            {"distance_km", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Distance (km)"),
             Kind::Number},
            {"mass_kg", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Mass carried (kg)"),
             Kind::OptionalNumber},
            {"", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "kg CO₂e"), Kind::Result},
    };
    static const QList<Column> modes{
            {"name", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Mode"), Kind::Text},
            {"power_w", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Power (W)"),
             Kind::Number},
            {"hours_per_day", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Hours per day"),
             Kind::Number},
            {"days_per_year", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Days per year"),
             Kind::Number},
            {"", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "kg CO₂e"), Kind::Result},
    };
    static const QList<Column> routes{
            {"factor", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Treatment"),
             Kind::Factor},
            {"share", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "Share (0–1)"),
             Kind::Number},
            {"", QT_TRANSLATE_NOOP("carbonlabel::ProfileListModel", "kg CO₂e"), Kind::Result},
    };
    switch (m_list) {
    case ProfileList::Materials:
        return materialLines;
    case ProfileList::Packaging:
        return lines;
    case ProfileList::Distribution:
        return legs;
    case ProfileList::UseModes:
        return modes;
    case ProfileList::EndOfLifeRoutes:
        return routes;
    }
    return lines;
}

QString ProfileListModel::path(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const QString row = ProfileFields::rowPath(m_list, index.row());
    const char *field = columns().value(index.column()).field;
    return field && *field ? row + QLatin1Char('.') + QLatin1String(field) : row;
}

int ProfileListModel::column(const QString &field) const
{
    const QList<Column> &cols = columns();
    for (int c = 0; c < cols.size(); ++c) {
        if (field == QLatin1String(cols[c].field))
            return c;
    }
    return -1;
}

ProfileListModel::ColumnKind ProfileListModel::columnKind(int column) const
{
    return columns().value(column).kind;
}

QModelIndex ProfileListModel::indexForPath(const QString &path) const
{
    const QString prefix = ProfileFields::listPath(m_list) + QLatin1Char('[');
    if (!path.startsWith(prefix))
        return {};
    const qsizetype close = path.indexOf(QLatin1Char(']'), prefix.size());
    if (close < 0)
        return {};
    bool ok = false;
    const int row = path.mid(prefix.size(), close - prefix.size()).toInt(&ok);
    if (!ok || row < 0 || row >= rowCount())
        return {};
    QString rest = path.mid(close + 1);
    if (rest.startsWith(QLatin1Char('.')))
        rest.remove(0, 1);
    // The column whose field is the path's rest, or its beginning ("quantity.min").
    for (int c = 0; c < columnCount(); ++c) {
        const QString field = QLatin1String(columns()[c].field);
        if (!field.isEmpty() && (rest == field || rest.startsWith(field + QLatin1Char('.'))))
            return index(row, c);
    }
    // "part" belongs to both part columns; show it at the first.
    for (int c = 0; c < columnCount(); ++c) {
        if (QLatin1String(columns()[c].field).startsWith(rest + QLatin1Char('.'))
            && !rest.isEmpty())
            return index(row, c);
    }
    return index(row, 0);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->rowCount(m_list);
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(columns().size());
}

QString ProfileListModel::factorIdForRow(int row) const
{
    const int c = column(m_list == ProfileList::Distribution ? QStringLiteral("mode")
                                                             : QStringLiteral("factor"));
    if (c < 0)
        return {};
    return m_document->fieldText(ProfileFields::rowPath(m_list, row) + QLatin1Char('.')
                                 + QLatin1String(columns()[c].field));
}

QString ProfileListModel::factorComponent(int row) const
{
    const auto f = m_document->factor(factorIdForRow(row));
    return f ? f->componentClass : QString();
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &col = columns()[index.column()];
    const QString cellPath = path(index);
    const QString rowPath = ProfileFields::rowPath(m_list, index.row());

    if (col.kind == Kind::Result) {
        const auto it = m_results.constFind(rowPath);
        switch (role) {
        case Qt::DisplayRole:
            return it == m_results.constEnd() ? QString() : NumberText::kg(*it);
        case Qt::EditRole:
            return it == m_results.constEnd() ? QVariant() : QVariant(*it);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            return derivedTextColor();
        case PathRole:
            return rowPath;
        case ColumnKindRole:
            return static_cast<int>(col.kind);
        default:
            return {};
        }
    }

    const Diagnostics diagnostics = m_document->diagnosticsAt(cellPath);
    int severity = 0;
    QStringList messages;
    const QString listPath = ProfileFields::listPath(m_list);
    for (const Diagnostic &d : diagnostics) {
        // A message on the list as a whole (a part class missing, "materials") is the
        // problems list's to show; marking every cell with it would hide the cells' own.
        if (d.path == listPath)
            continue;
        severity = std::max(severity, d.isError() ? 2 : 1);
        messages.append(d.message);
    }
    const QString text = m_document->fieldText(cellPath);
    const bool raw = m_document->hasRawText(cellPath);

    switch (role) {
    case Qt::DisplayRole: {
        if (col.kind == Kind::Component)
            return ComponentClass::translated(text.isEmpty() ? factorComponent(index.row()) : text);
        if (col.kind == Kind::Factor && !raw) {
            const auto f = m_document->factor(text);
            if (f)
                return FieldNames::language() == QLatin1String("zh") ? f->nameZh : f->nameEn;
            return text;
        }
        if ((col.kind == Kind::Number || col.kind == Kind::OptionalNumber) && !raw) {
            // "±" says the number carries a distribution; the tooltip says which.
            const auto number = m_document->fieldNumber(cellPath);
            if (number && number->isUncertain())
                return NumberText::display(number->value) + QStringLiteral(" ±");
            if (const auto n = NumberText::parse(text))
                return NumberText::display(*n);
        }
        return text;
    }
    case Qt::EditRole:
        return text;
    case Qt::ToolTipRole: {
        QStringList lines = messages;
        if (const auto number = m_document->fieldNumber(cellPath); number && number->isUncertain())
            lines.append(FieldNames::distribution(*number));
        if (col.kind == Kind::Component && text.isEmpty())
            lines.append(factorComponent(index.row()).isEmpty()
                                 ? tr("Choose the part of the product this line is, so the "
                                      "completeness check counts it.")
                                 : tr("From the emission factor; choose another to override it."));
        if (col.kind == Kind::Factor) {
            if (const auto f = m_document->factor(text)) {
                lines.append(QStringLiteral("%1\n%2\n%3 %4 · %5")
                                     .arg(f->nameEn, f->nameZh, NumberText::display(f->value),
                                          f->unit, f->id));
            }
            if (const auto d = m_document->snapshotDifference(text)) {
                lines.append(tr("The database now gives %1 %2 (dataset %3); "
                                "this profile recorded %4 %5 (dataset %6).")
                                     .arg(NumberText::display(d->currentValue), d->currentUnit,
                                          d->currentDatasetVersion,
                                          NumberText::display(d->snapshotValue), d->snapshotUnit,
                                          d->snapshotDatasetVersion));
            }
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        // The factor's own class, shown until the line names another.
        if (col.kind == Kind::Component && text.isEmpty())
            return derivedTextColor();
        return {};
    case MessageRole:
        return messages.join(QLatin1Char('\n'));
    case Qt::BackgroundRole:
        if (severity == 2)
            return QColor(severityColorName(2));
        if (col.kind == Kind::Factor && m_document->snapshotDifference(text))
            return QColor(severityColorName(1));
        return {};
    case Qt::TextAlignmentRole:
        if (col.kind == Kind::Number || col.kind == Kind::OptionalNumber)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case PathRole:
        return cellPath;
    case SeverityRole:
        return severity;
    case ColumnKindRole:
        return static_cast<int>(col.kind);
    case FactorIdRole:
        return col.kind == Kind::Factor ? text : QString();
    case FactorUnitRole: {
        if (col.kind != Kind::Factor && col.kind != Kind::Unit)
            return {};
        const auto f = m_document->factor(factorIdForRow(index.row()));
        return f ? f->unit : QString();
    }
    case UnitChoicesRole: {
        if (col.kind != Kind::Unit)
            return {};
        const auto f = m_document->factor(factorIdForRow(index.row()));
        return f ? unitsFor(f->unit) : unitsFor(QString());
    }
    case SnapshotChangedRole:
        return col.kind == Kind::Factor && m_document->snapshotDifference(text).has_value();
    default:
        return {};
    }
}

bool ProfileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Column &col = columns()[index.column()];
    if (col.kind == Kind::Result)
        return false;
    const QString cellPath = path(index);
    const QString text = value.toString();
    if (text == m_document->fieldText(cellPath) && !m_document->hasRawText(cellPath))
        return true;
    if (col.kind != Kind::Factor || m_list == ProfileList::Distribution
        || m_list == ProfileList::EndOfLifeRoutes) {
        m_document->setFieldText(cellPath, text);
        return true;
    }
    // A new factor whose unit the quantity's unit does not convert to: take the factor's own
    // unit, in the same undo step, so the line stays valid.
    const QString unitPath = ProfileFields::rowPath(m_list, index.row()) + QStringLiteral(".unit");
    const auto f = m_document->factor(text.trimmed());
    const QStringList units = f ? unitsFor(f->unit) : QStringList();
    const QString unit = m_document->fieldText(unitPath);
    if (units.isEmpty() || units.contains(unit)) {
        m_document->setFieldText(cellPath, text.trimmed());
        return true;
    }
    const auto fu = lca::parseFactorUnit(f->unit.toStdString());
    const QString newUnit = fu ? QString::fromStdString(fu->denominator) : units.first();
    m_document->closeEditing();
    m_document->undoStack()->beginMacro(tr("Change emission factor"));
    m_document->setFieldText(cellPath, text.trimmed());
    m_document->setFieldText(unitPath, units.contains(newUnit) ? newUnit : units.first());
    m_document->undoStack()->endMacro();
    m_document->closeEditing();
    return true;
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (columns()[index.column()].kind != Kind::Result)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const Column &col = columns()[section];
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate(kContext, col.header);
    if (role == Qt::TextAlignmentRole && col.kind != Kind::Text && col.kind != Kind::Factor
        && col.kind != Kind::Unit)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void ProfileListModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ProfileListModel::onFieldChanged(const QString &fieldPath)
{
    const QModelIndex i = indexForPath(fieldPath);
    if (i.isValid())
        emit dataChanged(index(i.row(), 0), index(i.row(), columnCount() - 1));
}

void ProfileListModel::onEvaluated()
{
    m_results.clear();
    const QString prefix = ProfileFields::listPath(m_list) + QLatin1Char('[');
    // While the profile has errors the figures of the last valid state stay, like the panel's.
    for (const lca::Contribution &c : m_document->lastValidEvaluation().result.contributions) {
        const QString p = QString::fromStdString(c.path);
        if (p.startsWith(prefix))
            m_results[p] += c.kgCo2e;
    }
    // Messages and results may have changed anywhere.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QStringList ProfileListModel::unitsFor(const QString &factorUnit)
{
    static const char *const known[] = {"g",  "kg", "t",  "Wh", "kWh", "MWh", "mm2", "cm2",
                                        "m2", "MB", "GB", "TB", "km",  "tkm", "h",   "piece"};
    QStringList units;
    const auto fu = lca::parseFactorUnit(factorUnit.toStdString());
    for (const char *u : known) {
        if (!fu || lca::conversionFactor(u, fu->denominator))
            units.append(QLatin1String(u));
    }
    return units;
}

} // namespace carbonlabel
