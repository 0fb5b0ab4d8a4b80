#include "core/document/uncertaintymodel.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"

#include <QRegularExpression>

#include <algorithm>

namespace carbonlabel {

UncertaintyModel::UncertaintyModel(ProfileDocument *document, QObject *parent)
    : ReadOnlyTableModel(parent)
    , m_document(document)
{ }

void UncertaintyModel::run()
{
    beginResetModel();
    const Evaluation &e = m_document->lastValidEvaluation();
    m_hasResult = e.ok();
    m_result = m_hasResult ? lca::MonteCarlo::run(e.built.inventory, m_options)
                           : lca::MonteCarloResult{};
    // Keep only inputs that matter: a long tail of 0.0 % rows says nothing.
    std::erase_if(m_result.sensitivity,
                  [](const lca::SensitivityEntry &s) { return s.share < 0.0005; });
    endResetModel();
}

bool UncertaintyModel::varies() const
{
    return m_hasResult && m_result.total.p95 > m_result.total.p5;
}

UncertaintyModel::Histogram UncertaintyModel::histogram(int bins) const
{
    Histogram h;
    if (!m_hasResult || m_result.totals.empty() || bins < 1)
        return h;
    const auto [lo, hi] = std::minmax_element(m_result.totals.begin(), m_result.totals.end());
    h.min = *lo;
    h.max = *hi;
    h.counts = QList<int>(bins, 0);
    const double width = (h.max - h.min) / bins;
    for (double t : m_result.totals) {
        const int bin = width > 0.0 ? std::min(bins - 1, static_cast<int>((t - h.min) / width)) : 0;
        ++h.counts[bin];
    }
    return h;
}

int UncertaintyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.sensitivity.size());
}

int UncertaintyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UncertaintyModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const lca::SensitivityEntry &s = m_result.sensitivity[static_cast<std::size_t>(index.row())];
    const QString path = QString::fromStdString(s.path);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Input) {
            // "factors.<id>" is a factor's own uncertainty; the rest are profile fields.
            if (path.startsWith(QLatin1String("factors."))) {
                const QString id = path.mid(8);
                const auto f = m_document->factor(id);
                return tr("Factor: %1").arg(f ? f->name(FieldNames::language()) : id);
            }
            return inputName(path);
        }
        return NumberText::percent(s.share);
    case Qt::ToolTipRole:
        return tr("%1 (Spearman rho %2)").arg(path, QLocale().toString(s.spearman, 'f', 3));
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case PathRole:
        return path;
    case ValueRole:
        return s.share;
    default:
        return {};
    }
}

QString UncertaintyModel::inputName(const QString &path) const
{
    // A materials or packaging line by the part it is ("Battery · quantity"), which says more
    // than its place ("Materials, line 2 · quantity").
    static const QRegularExpression line(QStringLiteral("^(materials|packaging)\\[(\\d+)\\]\\."));
    const QRegularExpressionMatch m = line.match(path);
    if (m.hasMatch()) {
        const Profile &p = m_document->profile();
        const QList<MaterialLine> &lines
                = m.captured(1) == u"materials" ? p.materials : p.packaging;
        const qsizetype i = m.captured(2).toLongLong();
        if (i < lines.size()) {
            const QString part = lines.at(i).part.text(FieldNames::language()).trimmed();
            if (!part.isEmpty())
                return tr("%1 · %2").arg(part, FieldNames::field(path));
        }
    }
    return FieldNames::location(path);
}

QStringList UncertaintyModel::headers() const
{
    return {tr("Input"), tr("Share of the variance")};
}

bool UncertaintyModel::isNumberColumn(int column) const
{
    return column == Share;
}

} // namespace carbonlabel
