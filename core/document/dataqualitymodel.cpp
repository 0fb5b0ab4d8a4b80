#include "core/document/dataqualitymodel.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"

namespace carbonlabel {

DataQualityModel::DataQualityModel(ProfileDocument *document, QObject *parent)
    : ReadOnlyTableModel(parent)
    , m_document(document)
{ }

void DataQualityModel::refresh()
{
    beginResetModel();
    const Evaluation &e = m_document->lastValidEvaluation();
    m_summary = e.ok() ? DataQualitySummary::of(e) : DataQualitySummary{};
    endResetModel();
}

QString DataQualityModel::overallText() const
{
    if (!m_summary.isScored())
        return tr("Data quality: the factors of this profile carry no scores.");
    return tr("Data quality %1 of 5: %2 (pedigree scores weighted by contribution; %3 of the "
              "total scored)")
            .arg(QLocale().toString(m_summary.rating, 'f', 1), m_summary.bandText(),
                 NumberText::percent(m_summary.scoredShare));
}

int DataQualityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.rows.size());
}

int DataQualityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataQualityModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const DataQualitySummary::Row &row = m_summary.rows.at(index.row());
    const std::array<int, 5> scores = row.scores.toArray();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Factor: {
            const auto f = m_document->factor(row.factorId);
            const QString name = f ? f->name(FieldNames::language()) : row.factorId;
            return row.line.isEmpty()
                    ? name
                    : tr("%1 (%2, its own scores)").arg(name, FieldNames::location(row.line));
        }
        case Share:
            return NumberText::percent(row.share);
        case Gsd:
            return row.scores.isScored() || row.gsd > 1.0 ? QLocale().toString(row.gsd, 'f', 3)
                                                          : tr("none");
        default:
            return row.scores.isScored()
                    ? QVariant(scores[std::size_t(index.column() - Reliability)])
                    : QVariant(QStringLiteral("–"));
        }
    case Qt::ToolTipRole:
        return row.factorId;
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    default:
        return {};
    }
}

QVariant DataQualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Reliability:
            return tr("Reliability");
        case Completeness:
            return tr("Completeness");
        case Temporal:
            return tr("Temporal correlation");
        case Geographical:
            return tr("Geographical correlation");
        case Technological:
            return tr("Further technological correlation");
        case Gsd:
            return tr("Geometric standard deviation the scores give");
        default:
            break;
        }
    }
    return ReadOnlyTableModel::headerData(section, orientation, role);
}

QStringList DataQualityModel::headers() const
{
    // One letter per indicator, as the pedigree notation (r;c;t;g;f) writes them, so that the
    // factor's name keeps the width of a narrow panel; the tooltips name them.
    //: Column titles: the five pedigree indicators, one letter or character each (the
    //: tooltip names them).
    return {tr("Factor"), tr("Share"), tr("R"), tr("C"), tr("T"), tr("G"), tr("F"), tr("GSD")};
}

bool DataQualityModel::isNumberColumn(int column) const
{
    return column != Factor;
}

} // namespace carbonlabel
