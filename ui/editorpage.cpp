#include "ui/editorpage.h"

#include "core/profile/fieldnames.h"

#include "core/document/profiledocument.h"
#include "ui/factoredit.h"
#include "ui/fieldedit.h"
#include "ui/listeditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>

namespace carbonlabel {

EditorPage::EditorPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_library(library)
{
    connect(document, &ProfileDocument::profileReset, this, [this] {
        for (QGroupBox *box : std::as_const(m_sections)) {
            const QSignalBlocker block(box);
            box->setChecked(m_document->hasSection(box->property("section").toString()));
        }
    });
}

QString EditorPage::translate(const char *text) const
{
    return QCoreApplication::translate(metaObject()->className(), text);
}

bool EditorPage::covers(const QString &path) const
{
    for (const QString &s : sections()) {
        if (path == s || path.startsWith(s + QLatin1Char('.'))
            || path.startsWith(s + QLatin1Char('[')))
            return true;
    }
    return false;
}

bool EditorPage::focusPath(const QString &path)
{
    for (ListEditor *list : std::as_const(m_lists)) {
        if (list->focusPath(path))
            return true;
    }
    // The field itself, or the nearest enclosing one ("product.name" -> "product.name.en").
    for (FieldEdit *edit : findChildren<FieldEdit *>()) {
        if (edit->path() == path || edit->path().startsWith(path + QLatin1Char('.'))
            || path.startsWith(edit->path() + QLatin1Char('.'))) {
            edit->setFocus(Qt::OtherFocusReason);
            edit->selectAll();
            return true;
        }
    }
    return false;
}

void EditorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EditorPage::retranslateUi()
{
    for (const Text &t : std::as_const(m_texts)) {
        const QString text = t.kind == Text::FieldLabel ? FieldNames::label(t.path)
                : t.kind == Text::FieldUnit             ? FieldNames::unit(t.path)
                                                        : translate(t.source);
        switch (t.kind) {
        case Text::FieldLabel:
        case Text::FieldUnit:
        case Text::Label:
            static_cast<QLabel *>(t.widget)->setText(text);
            break;
        case Text::ToolTip:
            t.widget->setToolTip(text);
            break;
        case Text::Title:
            static_cast<QGroupBox *>(t.widget)->setTitle(text);
            break;
        case Text::Help:
            static_cast<FieldEdit *>(t.widget)->setHelp(text);
            break;
        case Text::Placeholder:
            static_cast<FieldEdit *>(t.widget)->setPlaceholderText(text);
            break;
        case Text::EmptyText:
            static_cast<ListEditor *>(t.widget)->setEmptyText(text);
            break;
        }
    }
    // Forms in several group boxes share one label column, as if they were one form.
    int width = 0;
    for (QLabel *label : std::as_const(m_formLabels)) {
        label->setMinimumWidth(0);
        width = std::max(width, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(m_formLabels)) {
        label->setMinimumWidth(width);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

FieldEdit *EditorPage::addField(QFormLayout *form, const QString &path, const char *help)
{
    const bool hasUnit = !FieldNames::unit(path).isEmpty();
    auto *edit = new FieldEdit(m_document, path, this);
    auto *name = new QLabel(this);
    name->setBuddy(edit);
    m_formLabels.append(name);
    m_texts.append({name, nullptr, Text::FieldLabel, path});
    if (help)
        m_texts.append({edit, help, Text::Help});
    if (hasUnit) {
        // Numbers are short: a narrow field with its unit beside it reads better than a field
        // stretched across the page.
        edit->setMaximumWidth(160);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(edit);
        auto *unitLabel = new QLabel(this);
        unitLabel->setObjectName(QStringLiteral("unitLabel"));
        m_texts.append({unitLabel, nullptr, Text::FieldUnit, path});
        row->addWidget(unitLabel);
        row->addStretch();
        form->addRow(name, row);
    } else {
        form->addRow(name, edit);
    }
    return edit;
}

FactorEdit *EditorPage::addFactor(QFormLayout *form, const QString &path,
                                  const QString &denominator, const char *help)
{
    auto *factor = new FactorEdit(m_document, m_library, path, denominator, this);
    auto *name = new QLabel(this);
    name->setBuddy(factor->edit());
    m_formLabels.append(name);
    m_texts.append({name, nullptr, Text::FieldLabel, path});
    if (help)
        m_texts.append({factor->edit(), help, Text::Help});
    form->addRow(name, factor);
    return factor;
}

QGroupBox *EditorPage::addSection(const QString &section, const char *title)
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("section:") + section);
    box->setProperty("section", section);
    box->setCheckable(true);
    box->setChecked(m_document->hasSection(section));
    m_texts.append({box, title, Text::Title});
    connect(box, &QGroupBox::toggled, this,
            [this, section](bool on) { m_document->setSection(section, on); });
    m_sections.append(box);
    return box;
}

QLabel *EditorPage::addNote(const char *text)
{
    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("note"));
    note->setWordWrap(true);
    m_texts.append({note, text, Text::Label});
    return note;
}

ListEditor *EditorPage::addList(int list, const char *emptyText)
{
    auto *editor = new ListEditor(m_document, m_library, static_cast<ProfileList>(list), this);
    m_texts.append({editor, emptyText, Text::EmptyText});
    m_lists.append(editor);
    return editor;
}

} // namespace carbonlabel
