#include "ui/fieldedit.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"
#include "ui/distributiondialog.h"

#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QMenu>

#include <QStyle>

namespace carbonlabel {

FieldEdit::FieldEdit(ProfileDocument *document, const QString &path, QWidget *parent)
    : QLineEdit(parent)
    , m_document(document)
    , m_path(path)
{
    setObjectName(QStringLiteral("field:") + path);
    setClearButtonEnabled(false);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_commitOnEdit)
            m_document->setFieldText(m_path, text);
    });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (!m_commitOnEdit)
            commit();
        m_document->closeEditing();
    });
    connect(document, &ProfileDocument::fieldChanged, this, [this](const QString &p) {
        if (p == m_path)
            refreshText();
    });
    connect(document, &ProfileDocument::profileReset, this, [this] {
        updateEnabled();
        refreshText();
    });
    connect(document, &ProfileDocument::evaluated, this, &FieldEdit::refreshMarks);
    updateEnabled();
    refreshText();
    refreshMarks();
}

void FieldEdit::setHelp(const QString &help)
{
    m_help = help;
    refreshMarks();
}

void FieldEdit::commit()
{
    if (m_showingName || m_showingBrief)
        return; // the text is the name or the rounding of what the document already holds
    m_document->setFieldText(m_path, text());
}

void FieldEdit::setDisplayName(std::function<QString(const QString &)> name)
{
    m_displayName = std::move(name);
    refreshText();
}

void FieldEdit::focusInEvent(QFocusEvent *event)
{
    refreshText(true);
    QLineEdit::focusInEvent(event);
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        selectAll();
}

void FieldEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event); // commits a factor field through editingFinished
    m_document->closeEditing();
    refreshText(false);
}

void FieldEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    const ProfileFields::Kind kind = ProfileFields::kind(m_path);
    if (kind == ProfileFields::Kind::Number || kind == ProfileFields::Kind::OptionalNumber) {
        menu->addSeparator();
        QAction *uncertainty = menu->addAction(tr("Uncertainty…"));
        uncertainty->setEnabled(m_document->fieldNumber(m_path).has_value());
        connect(uncertainty, &QAction::triggered, this, [this] {
            DistributionDialog dialog(m_document, m_path, this);
            dialog.exec();
        });
    }
    menu->exec(event->globalPos());
    delete menu;
}

void FieldEdit::updateEnabled()
{
    setEnabled(ProfileFields::value(m_document->profile(), m_path).has_value());
}

void FieldEdit::refreshText()
{
    refreshText(hasFocus());
}

void FieldEdit::refreshText(bool editing)
{
    QString value = m_document->fieldText(m_path);
    const QString name = editing || !m_displayName ? QString() : m_displayName(value);
    m_showingName = !name.isEmpty();
    if (m_showingName)
        value = name;
    m_showingBrief = false;
    if (!editing && !m_showingName) {
        // A number by the number policy while it is not edited: 656.3468422354048 shows as
        // 656, the focus shows every digit (NumberText::brief).
        const ProfileFields::Kind kind = ProfileFields::kind(m_path);
        const std::optional<double> number = kind == ProfileFields::Kind::Number
                        || kind == ProfileFields::Kind::OptionalNumber
                        || kind == ProfileFields::Kind::OptionalPlainNumber
                ? NumberText::parse(value)
                : std::nullopt;
        if (number) {
            const QString brief = NumberText::brief(*number);
            m_showingBrief = brief != value;
            value = brief;
        }
    }
    if (value == text())
        return; // keeps the cursor where the user is typing
    const int cursor = cursorPosition();
    setText(value);
    if (editing)
        setCursorPosition(std::min(cursor, static_cast<int>(value.size())));
    else
        setCursorPosition(0); // long texts show their beginning
}

void FieldEdit::refreshMarks()
{
    int severity = 0;
    QStringList messages;
    for (const Diagnostic &d : m_document->diagnosticsAt(m_path)) {
        severity = std::max(severity, d.isError() ? 2 : 1);
        messages.append(d.message);
    }
    m_message = messages.join(QLatin1Char('\n'));
    QString tip = m_message.isEmpty() ? m_help : m_message;
    if (const auto number = m_document->fieldNumber(m_path); number && number->isUncertain())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("Uncertainty: %1").arg(FieldNames::distribution(*number));
    setToolTip(tip);
    if (severity != m_severity) {
        m_severity = severity;
        // The application's style sheet draws the outline from this property.
        style()->unpolish(this);
        style()->polish(this);
        emit severityChanged(severity);
    }
}

} // namespace carbonlabel
