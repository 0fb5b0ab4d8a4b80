#include "core/document/diagnosticsmodel.h"

#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"

#include <QColor>

#include <algorithm>

namespace carbonlabel {

DiagnosticsModel::DiagnosticsModel(ProfileDocument *document, QObject *parent)
    : ReadOnlyTableModel(parent)
    , m_document(document)
{
    connect(document, &ProfileDocument::evaluated, this, &DiagnosticsModel::rebuild);
    rebuild();
}

void DiagnosticsModel::rebuild()
{
    const Diagnostics &all = m_document->diagnostics();
    Diagnostics rows = all;
    std::stable_sort(rows.begin(), rows.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.isError() && !b.isError();
    });
    if (rows.size() == m_rows.size()) {
        // Same number of rows (the usual case while typing): change them in place, so a
        // selection in the view is not lost.
        const bool same = std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                     [](const Diagnostic &a, const Diagnostic &b) {
                                         return a.path == b.path && a.message == b.message
                                                 && a.severity == b.severity;
                                     });
        if (same)
            return;
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    m_errors = static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                              [](const Diagnostic &d) { return d.isError(); }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Diagnostic &d = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString where = d.path.isEmpty() && d.line > 0
                ? tr("Line %1, column %2").arg(d.line).arg(d.column)
                : FieldNames::location(d.path);
        if (index.column() == Location)
            return where;
        if (index.column() == Summary)
            return tr("%1: %2").arg(where, d.message);
        return d.message;
    }
    case Qt::ToolTipRole:
        return d.toString();
    case Qt::DecorationRole:
        if (index.column() == Message)
            return {};
        return d.isError() ? QColor(0xc6, 0x28, 0x28) : QColor(0xe0, 0x8e, 0x2b);
    case PathRole:
        return d.path;
    case SeverityRole:
        return d.isError() ? 2 : 1;
    default:
        return {};
    }
}

QStringList DiagnosticsModel::headers() const
{
    return {tr("Where"), tr("Problem"), tr("Problem")};
}

} // namespace carbonlabel
