#include "core/document/readonlytablemodel.h"

#include <QFont>

namespace carbonlabel {

QVariant ReadOnlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role != Qt::DisplayRole)
        return {};
    const QString title = headers().value(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

void ReadOnlyTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

bool ReadOnlyTableModel::isNumberColumn(int) const
{
    return false;
}

bool ReadOnlyTableModel::isCell(const QModelIndex &index) const
{
    return index.isValid()
            && checkIndex(index,
                          CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

QVariant ReadOnlyTableModel::alignment(int column) const
{
    return QVariant::fromValue(
            Qt::Alignment(isNumberColumn(column) ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter);
}

QVariant ReadOnlyTableModel::boldFont()
{
    QFont f;
    f.setBold(true);
    return f;
}

} // namespace carbonlabel
