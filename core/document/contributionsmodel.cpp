#include "core/document/contributionsmodel.h"

#include "core/base/numbertext.h"
#include "core/base/stagenames.h"
#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"

#include <QColor>

#include <algorithm>

namespace carbonlabel {

namespace {
int indexIn(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix + QLatin1Char('[')))
        return -1;
    const qsizetype open = prefix.size() + 1;
    return path.mid(open, path.indexOf(QLatin1Char(']'), open) - open).toInt();
}
} // namespace

ContributionsModel::ContributionsModel(ProfileDocument *document, QObject *parent)
    : ReadOnlyTableModel(parent)
    , m_document(document)
{
    connect(document, &ProfileDocument::evaluated, this, &ContributionsModel::rebuild);
    rebuild();
}

void ContributionsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    // While the profile has errors, the last valid result stays (the panel marks it stale).
    const Evaluation &e = m_document->lastValidEvaluation();
    m_total = e.result.total();
    if (e.ok()) {
        for (const lca::Contribution &c : e.result.contributions) {
            if (c.credit)
                continue;
            const carbonlabel::Factor *f = e.built.factorFor(c.factor);
            m_rows.append(Row{QString::fromStdString(c.path), static_cast<int>(c.stage),
                              f ? f->id : QString(), c.kgCo2e});
        }
        // Largest first; equal ones in input order.
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row &a, const Row &b) { return a.kg > b.kg; });
    }
    endResetModel();
}

QString ContributionsModel::describe(const QString &path) const
{
    const Evaluation &e = m_document->lastValidEvaluation();
    const Profile &p = e.profile ? *e.profile : m_document->profile();
    const QString language = FieldNames::language();
    auto factorName = [&](const QString &id) {
        const auto f = m_document->factor(id);
        return f ? (language == QLatin1String("zh") ? f->nameZh : f->nameEn) : id;
    };
    if (int i = indexIn(path, QStringLiteral("materials")); i >= 0 && i < p.materials.size()) {
        const QString part = p.materials[i].part.text(language);
        return part.isEmpty() ? factorName(p.materials[i].factor) : part;
    }
    if (int i = indexIn(path, QStringLiteral("packaging")); i >= 0 && i < p.packaging.size()) {
        const QString part = p.packaging[i].part.text(language);
        return tr("Packaging: %1").arg(part.isEmpty() ? factorName(p.packaging[i].factor) : part);
    }
    if (path == QLatin1String("manufacturing"))
        return tr("Assembly energy");
    if (int i = indexIn(path, QStringLiteral("distribution")); i >= 0 && i < p.distribution.size())
        return tr("Transport: %1").arg(factorName(p.distribution[i].mode));
    if (path == QLatin1String("use"))
        return tr("Annual energy");
    if (int i = indexIn(path, QStringLiteral("use.modes"));
        i >= 0 && p.use && i < p.use->modes.size()) {
        const QString name = p.use->modes[i].name;
        return tr("Use: %1").arg(name.isEmpty() ? tr("mode %1").arg(i + 1) : name);
    }
    if (path == QLatin1String("digital_service.network"))
        return tr("Network");
    if (path == QLatin1String("digital_service.data_center"))
        return tr("Data centre");
    if (path == QLatin1String("digital_service.ai"))
        return tr("AI inference");
    if (path == QLatin1String("digital_service.ai.training"))
        return tr("AI training (amortised)");
    if (int i = indexIn(path, QStringLiteral("end_of_life.routes"));
        i >= 0 && p.endOfLife && i < p.endOfLife->routes.size())
        return tr("End of life: %1").arg(factorName(p.endOfLife->routes[i].factor));
    return FieldNames::location(path);
}

int ContributionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContributionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Row &r = m_rows[index.row()];
    const double share = m_total > 0.0 ? r.kg / m_total : 0.0;
    if (role == PathRole)
        return r.path;
    if (role == ValueRole)
        return index.column() == Share ? share : r.kg;
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column());
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 — %2").arg(FieldNames::location(r.path), r.factorId);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Source:
        return describe(r.path);
    case Stage:
        return StageNames::translated(static_cast<lca::Stage>(r.stage));
    case Factor: {
        const auto f = m_document->factor(r.factorId);
        return f ? (FieldNames::language() == QLatin1String("zh") ? f->nameZh : f->nameEn)
                 : r.factorId;
    }
    case KgCo2e:
        return NumberText::kg(r.kg);
    case Share:
        return NumberText::percent(share);
    default:
        return {};
    }
}

QStringList ContributionsModel::headers() const
{
    return {tr("Source", "column: what an emission comes from, e.g. a part or a transport leg"),
            tr("Stage"), tr("Emission factor"), tr("kg CO₂e"), tr("Share")};
}

bool ContributionsModel::isNumberColumn(int column) const
{
    return column == KgCo2e || column == Share;
}

} // namespace carbonlabel
