#pragma once

#include <QStyledItemDelegate>

namespace carbonlabel {

class FactorLibrary;

// Edits the cells of a ProfileListModel: numbers and text commit as you type (so the
// footprint follows), a factor is picked with the bilingual completer, a unit from the units
// that convert to the factor's. Cells with an error get a red outline.
class ProfileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProfileDelegate(FactorLibrary *library, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    FactorLibrary *m_library;
};

} // namespace carbonlabel
