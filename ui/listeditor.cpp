#include "ui/listeditor.h"

#include "core/document/profiledocument.h"
#include "core/document/profilelistmodel.h"
#include "ui/distributiondialog.h"
#include "ui/profiledelegate.h"

#include <QMenu>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace carbonlabel {

ListEditor::ListEditor(ProfileDocument *document, FactorLibrary *library, ProfileList list,
                       QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(list)
    , m_model(new ProfileListModel(document, list, this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(m_view->viewport()))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    const QString name = ProfileFields::listPath(list);
    setObjectName(QStringLiteral("list:") + name);
    m_view->setObjectName(QStringLiteral("table:") + name);
    m_view->setModel(m_model);
    auto *delegate = new ProfileDelegate(library, this);
    m_view->setItemDelegate(delegate);
    connect(delegate, &QAbstractItemDelegate::closeEditor, document,
            &ProfileDocument::closeEditing);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->verticalHeader()->setMinimumWidth(28);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const auto kind = m_model->columnKind(c);
        if (kind == ProfileListModel::ColumnKind::Result)
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        else
            header->setSectionResizeMode(c, QHeaderView::Interactive);
    }
    if (list == ProfileList::UseModes)
        header->setSectionResizeMode(0, QHeaderView::Stretch);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        QMenu menu(this);
        const auto kind = index.isValid() ? m_model->columnKind(index.column())
                                          : ProfileListModel::ColumnKind::Result;
        if (kind == ProfileListModel::ColumnKind::Number
            || kind == ProfileListModel::ColumnKind::OptionalNumber) {
            const QString path = m_model->path(index);
            QAction *a = menu.addAction(tr("Uncertainty…"), this, [this, path] {
                DistributionDialog dialog(m_document, path, this);
                dialog.exec();
            });
            a->setEnabled(m_document->fieldNumber(path).has_value());
            menu.addSeparator();
        }
        menu.addAction(m_add->text(), m_add, &QToolButton::click);
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            menu.addAction(m_remove->text(), m_remove, &QToolButton::click);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    for (QToolButton *b : {m_add, m_remove, m_up, m_down}) {
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_add->setObjectName(QStringLiteral("addRow"));
    m_remove->setObjectName(QStringLiteral("removeRow"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    connect(m_add, &QToolButton::clicked, this, [this] {
        const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
        m_document->insertRow(m_list, row);
        const QModelIndex first = m_model->index(row, 0);
        m_view->setCurrentIndex(first);
        m_view->edit(first);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            m_document->removeRow(m_list, row);
    });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        const int column = m_view->currentIndex().column();
        m_document->moveRow(m_list, row, row - 1);
        m_view->setCurrentIndex(m_model->index(row - 1, column));
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        const int column = m_view->currentIndex().column();
        m_document->moveRow(m_list, row, row + 1);
        m_view->setCurrentIndex(m_model->index(row + 1, column));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ListEditor::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateButtons();
            updateEmptyState();
        });
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateEmptyState();
        fitColumns();
    });

    auto *buttons = m_buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    retranslateUi();
    updateButtons();
    updateEmptyState();
}

void ListEditor::addButton(QToolButton *button)
{
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->addWidget(button);
}

void ListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(16, 8, -16, -8));
        fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void ListEditor::retranslateUi()
{
    m_add->setText(tr("+ Add line"));
    m_add->setToolTip(tr("Add a line below the selected one"));
    m_remove->setText(tr("− Remove"));
    m_remove->setToolTip(tr("Remove the selected line"));
    m_up->setText(tr("▲"));
    m_up->setToolTip(tr("Move the selected line up"));
    m_down->setText(tr("▼"));
    m_down->setToolTip(tr("Move the selected line down"));
    m_model->retranslate();
    fitColumns();
}

void ListEditor::fitColumns()
{
    // Columns as wide as their content, within reason; the factor column takes the rest but
    // never less than a readable name (the table scrolls sideways instead of squeezing it).
    const int c = m_model->columnCount();
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = m_view->horizontalHeader();
    int used = 0;
    QList<int> factors;
    for (int i = 0; i < c; ++i) {
        if (header->isSectionHidden(i))
            continue;
        const auto kind = m_model->columnKind(i);
        if (kind == ProfileListModel::ColumnKind::Factor) {
            factors << i;
            continue;
        }
        if (header->sectionResizeMode(i) == QHeaderView::Interactive) {
            m_view->resizeColumnToContents(i);
            const int cap = kind == ProfileListModel::ColumnKind::Text ? 12 * em : 9 * em;
            if (m_view->columnWidth(i) > cap)
                m_view->setColumnWidth(i, cap);
        }
        used += m_view->columnWidth(i);
    }
    if (factors.isEmpty())
        return;
    const int room = m_view->viewport()->width() - used;
    const int each = std::max(14 * em, room / static_cast<int>(factors.size()));
    for (int i : std::as_const(factors))
        m_view->setColumnWidth(i, each);
}

void ListEditor::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

int ListEditor::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ListEditor::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_remove->setEnabled(row >= 0 && row < rows);
    m_up->setEnabled(row > 0 && row < rows);
    m_down->setEnabled(row >= 0 && row + 1 < rows);
}

void ListEditor::updateEmptyState()
{
    m_empty->setVisible(m_model->rowCount() == 0);
}

bool ListEditor::focusPath(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid())
        return false;
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

} // namespace carbonlabel
