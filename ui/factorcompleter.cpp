#include "ui/factorcompleter.h"

#include "core/document/factorsearchmodel.h"

#include <QAbstractItemView>
#include <QLineEdit>

namespace carbonlabel {

FactorCompleter::FactorCompleter(FactorLibrary *library, QLineEdit *edit,
                                 const QString &denominator)
    : QCompleter(edit)
    , m_model(new FactorSearchModel(library, this))
{
    m_model->setCompletionMode(true);
    m_model->setLimit(40);
    m_model->setDenominator(denominator);
    setModel(m_model);
    // The model already holds the matches of a full-text search; the completer must not
    // filter them again by prefix.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompletionRole(Qt::EditRole); // the id goes into the field
    setMaxVisibleItems(12);
    setWidget(edit);
    popup()->setObjectName(QStringLiteral("factorCompleterPopup"));
    popup()->setMinimumWidth(480);
    connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model->setQuery(text);
        if (!text.trimmed().isEmpty() && m_model->rowCount() > 0)
            complete();
        else
            popup()->hide();
    });
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this, edit](const QModelIndex &index) {
                const QString id = index.data(FactorSearchModel::FactorIdRole).toString();
                edit->setText(id);
                emit factorChosen(id);
            });
}

} // namespace carbonlabel
