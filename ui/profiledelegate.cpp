#include "ui/profiledelegate.h"

#include "core/document/profilelistmodel.h"
#include "core/factors/componentclass.h"
#include "ui/factorcompleter.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>

namespace carbonlabel {

namespace {

using Kind = ProfileListModel::ColumnKind;

Kind kindOf(const QModelIndex &index)
{
    return static_cast<Kind>(index.data(ProfileListModel::ColumnKindRole).toInt());
}

} // namespace

ProfileDelegate::ProfileDelegate(FactorLibrary *library, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_library(library)
{ }

QWidget *ProfileDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    const Kind kind = kindOf(index);
    if (kind == Kind::Unit) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("unitEditor"));
        combo->addItems(index.data(ProfileListModel::UnitChoicesRole).toStringList());
        // The list may be wider than the cell: never elide a unit to nothing.
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
        connect(combo, &QComboBox::activated, this,
                [this, combo] { emit const_cast<ProfileDelegate *>(this)->commitData(combo); });
        return combo;
    }
    if (kind == Kind::Component) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("componentEditor"));
        combo->addItem(tr("(from the factor)"), QString());
        for (const QString &id : ComponentClass::ids())
            combo->addItem(ComponentClass::translated(id), id);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
        connect(combo, &QComboBox::activated, this,
                [this, combo] { emit const_cast<ProfileDelegate *>(this)->commitData(combo); });
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    if (kind == Kind::Factor) {
        edit->setObjectName(QStringLiteral("factorEditor"));
        // A transport leg needs a tkm factor and a route a per-kg one; a material line may use
        // any emission factor, its unit following.
        QString denominator;
        const auto *model = qobject_cast<const ProfileListModel *>(index.model());
        if (model && model->list() == ProfileList::Distribution)
            denominator = QStringLiteral("tkm");
        else if (model && model->list() == ProfileList::EndOfLifeRoutes)
            denominator = QStringLiteral("kg");
        auto *completer = new FactorCompleter(m_library, edit, denominator);
        connect(completer, &FactorCompleter::factorChosen, this, [this, edit] {
            emit const_cast<ProfileDelegate *>(this)->commitData(edit);
            emit const_cast<ProfileDelegate *>(this)->closeEditor(
                    edit, QAbstractItemDelegate::EditNextItem);
        });
        edit->setPlaceholderText(tr("Search in English or Chinese…"));
    } else {
        edit->setObjectName(QStringLiteral("cellEditor"));
        // Numbers and text reach the document as they are typed: the footprint follows.
        connect(edit, &QLineEdit::textEdited, this,
                [this, edit] { emit const_cast<ProfileDelegate *>(this)->commitData(edit); });
        if (kind == Kind::Number || kind == Kind::OptionalNumber)
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return edit;
}

void ProfileDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (kindOf(index) == Kind::Component) {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findText(value);
        if (i < 0 && !value.isEmpty())
            combo->insertItem(0, value); // a unit that does not convert: shown, marked by the model
        combo->setCurrentIndex(std::max(0, combo->findText(value)));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // The model changes under an open editor after every keystroke: leave the text, and the
        // cursor, alone when nothing differs.
        if (edit->text() != value)
            edit->setText(value);
    }
}

void ProfileDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo && kindOf(index) == Kind::Component)
        model->setData(index, combo->currentData().toString());
    else if (combo)
        model->setData(index, combo->currentText());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text());
}

void ProfileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int severity = index.data(ProfileListModel::SeverityRole).toInt();
    const bool changed = index.data(ProfileListModel::SnapshotChangedRole).toBool();
    if (severity == 0 && !changed)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor color = severity == 2 ? QColor(0xc6, 0x28, 0x28) : QColor(0xe0, 0x8e, 0x2b);
    painter->setPen(QPen(color, 1.0));
    painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

QSize ProfileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 10));
    if (kindOf(index) == Kind::Unit) {
        // Room for the widest unit it offers and the drop-down arrow of its editor.
        int widest = 0;
        for (const QString &unit : index.data(ProfileListModel::UnitChoicesRole).toStringList())
            widest = std::max(widest, option.fontMetrics.horizontalAdvance(unit));
        s.setWidth(std::max(s.width(), widest + 36));
    }
    return s;
}

} // namespace carbonlabel
