#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace carbonlabel {

// What the window's read-only tables share: a flat table whose column titles come from
// headers(), numbers' columns right-aligned in the header as in the cells, and retranslate(),
// which has the views fetch every title and cell again in the new language.
class ReadOnlyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

protected:
    // The column titles in the current language, one per column; an empty one shows nothing.
    virtual QStringList headers() const = 0;
    // Numbers are right-aligned, words left-aligned.
    virtual bool isNumberColumn(int column) const;

    // A valid index of this table: the checks every data() makes first.
    bool isCell(const QModelIndex &index) const;
    // Qt::TextAlignmentRole of a cell or title in `column`.
    QVariant alignment(int column) const;
    // Qt::FontRole of a row that stands out (the best, the baseline).
    static QVariant boldFont();
};

} // namespace carbonlabel
