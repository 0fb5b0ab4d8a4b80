#include "ui/factordialog.h"

#include "core/base/numbertext.h"
#include "core/factors/componentclass.h"
#include "core/factors/factorcsv.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "ui/appstyle.h"
#include "ui/factorbrowser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>

namespace carbonlabel {

FactorDialog::FactorDialog(FactorLibrary *library, const Factor *factor, QWidget *parent)
    : FormDialog(QDialogButtonBox::Save | QDialogButtonBox::Cancel, parent)
    , m_library(library)
    , m_editing(factor != nullptr)
    , m_shipped(factor && !factor->userDefined)
    , m_original(factor ? *factor : Factor{})
{
    setObjectName(QStringLiteral("factorDialog"));
    // Each field under its CSV column, the key of its problems.
    QFormLayout *form = newForm();
    const auto add = [this, form](const char *column, const char *label, auto *field) {
        const QString key = QLatin1String(column);
        field->setObjectName(QStringLiteral("factor:") + key);
        m_fields.insert(key, field);
        m_labels.insert(key, addRow(form, field, label));
        return field;
    };
    m_id = add("id", QT_TR_NOOP("ID"), new QLineEdit(this));
    m_category = add("category", QT_TR_NOOP("Category"), new QComboBox(this));
    m_nameEn = add("name_en", QT_TR_NOOP("Name (English)"), new QLineEdit(this));
    m_nameZh = add("name_zh", QT_TR_NOOP("Name (Chinese)"), new QLineEdit(this));
    m_value = add("value", QT_TR_NOOP("Value"), new QLineEdit(this));
    m_unit = add("unit", QT_TR_NOOP("Unit"), new QComboBox(this));
    m_region = add("region", QT_TR_NOOP("Region"), new QLineEdit(this));
    m_year = add("year", QT_TR_NOOP("Year"), new QLineEdit(this));
    m_source = add("source", QT_TR_NOOP("Source"), new QLineEdit(this));
    m_sourceDetail = add("source_detail", QT_TR_NOOP("Source detail"), new QLineEdit(this));
    m_gsd = add("uncertainty_gsd", QT_TR_NOOP("Basic uncertainty (GSD)"), new QLineEdit(this));
    m_pedigree = add("pedigree", QT_TR_NOOP("Data quality"), new QLineEdit(this));
    m_qualityNote = add("quality_note", QT_TR_NOOP("Why these scores"), new QLineEdit(this));
    m_qualityNoteZh
            = add("quality_note_zh", QT_TR_NOOP("Why these scores (Chinese)"), new QLineEdit(this));
    m_notes = add("notes", QT_TR_NOOP("Notes"), new QPlainTextEdit(this));
    m_notesZh = add("notes_zh", QT_TR_NOOP("Notes (Chinese)"), new QPlainTextEdit(this));
    m_component = add("component_class", QT_TR_NOOP("Component"), new QComboBox(this));
    m_message = new QLabel(this);
    m_category->setEditable(true);
    for (const QString &c : library->database()->categories())
        m_category->addItem(c);
    m_unit->setEditable(true);
    m_unit->addItems({QStringLiteral("kgCO2e/kg"), QStringLiteral("kgCO2e/kWh"),
                      QStringLiteral("kgCO2/kWh"), QStringLiteral("kgCO2e/tkm"),
                      QStringLiteral("kgCO2e/piece"), QStringLiteral("kgCO2e/m2"),
                      QStringLiteral("kgCO2e/cm2"), QStringLiteral("kgCO2e/GB"),
                      QStringLiteral("kgCO2e/h")});
    m_component->addItem(QString(), QString());
    for (const QString &id : ComponentClass::ids())
        m_component->addItem(ComponentClass::translated(id), id);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);
    m_notesZh->setFixedHeight(m_notesZh->fontMetrics().height() * 4);
    m_value->setAlignment(Qt::AlignRight);
    m_gsd->setAlignment(Qt::AlignRight);
    m_message->setObjectName(QStringLiteral("factorDialogMessage"));
    m_message->setWordWrap(true);

    if (factor) {
        m_id->setText(factor->id);
        m_id->setReadOnly(true);
        m_category->setCurrentText(factor->category);
        m_nameEn->setText(factor->nameEn);
        m_nameZh->setText(factor->nameZh);
        m_value->setText(NumberText::edit(factor->value));
        m_unit->setCurrentText(factor->unit);
        m_region->setText(factor->region);
        m_year->setText(factor->year > 0 ? QString::number(factor->year) : QString());
        m_source->setText(factor->source);
        m_sourceDetail->setText(factor->sourceDetail);
        m_gsd->setText(factor->uncertaintyGsd > 0.0 ? NumberText::edit(factor->uncertaintyGsd)
                                                    : QString());
        m_pedigree->setText(FactorCsv::formatPedigree(factor->pedigree));
        m_qualityNote->setText(factor->qualityNoteEn);
        m_qualityNoteZh->setText(factor->qualityNoteZh);
        m_notes->setPlainText(factor->notesEn);
        m_notesZh->setPlainText(factor->notesZh);
        m_component->setCurrentIndex(std::max(0, m_component->findData(factor->componentClass)));
    } else {
        m_id->setText(QStringLiteral("user_"));
        m_category->setCurrentText(QStringLiteral("material"));
        m_unit->setCurrentText(QStringLiteral("kgCO2e/kg"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    retranslateUi();
    m_message->setVisible(m_shipped);
    resize(560, sizeHint().height());
}

void FactorDialog::retranslateUi()
{
    setWindowTitle(!m_editing ? tr("New factor") : tr("Edit factor"));
    m_id->setToolTip(tr("Letters, digits and underscores; start your own with user_"));
    m_unit->setToolTip(tr("Emitted mass per unit, e.g. kgCO2e/kg, kgCO2e/kWh, kgCO2e/tkm"));
    m_gsd->setPlaceholderText(tr("optional, ≥ 1"));
    m_year->setPlaceholderText(tr("optional"));
    m_pedigree->setPlaceholderText(tr("optional, e.g. (2;3;1;1;4)"));
    m_pedigree->setToolTip(tr("Five pedigree scores, 1 best to 5: reliability; completeness; "
                              "temporal; geographical; further technological correlation"));
    m_component->setItemText(0, tr("none: a material, set on each line"));
    for (int i = 1; i < m_component->count(); ++i)
        m_component->setItemText(i,
                                 ComponentClass::translated(m_component->itemData(i).toString()));
    m_component->setToolTip(tr("The part of a product this factor stands for, used to check that "
                               "a bill of materials is complete"));
    if (m_shipped)
        m_message->setText(tr("This factor is shipped with the program. Saving keeps your version "
                              "in the user layer, where it overrides the shipped one; removing "
                              "yours brings the shipped one back."));
}

Factor FactorDialog::factor() const
{
    Factor f = m_original;
    f.id = m_id->text().trimmed();
    f.category = m_category->currentText().trimmed();
    f.nameEn = m_nameEn->text().trimmed();
    f.nameZh = m_nameZh->text().trimmed();
    f.value = NumberText::parse(m_value->text()).value_or(std::nan(""));
    f.unit = m_unit->currentText().trimmed();
    f.region = m_region->text().trimmed();
    f.year = m_year->text().trimmed().toInt();
    f.source = m_source->text().trimmed();
    f.sourceDetail = m_sourceDetail->text().trimmed();
    f.uncertaintyGsd = NumberText::parse(m_gsd->text()).value_or(0.0);
    f.pedigree = FactorCsv::parsePedigree(m_pedigree->text()).value_or(lca::PedigreeScores{});
    f.qualityNoteEn = m_qualityNote->text().trimmed();
    f.qualityNoteZh = m_qualityNoteZh->text().trimmed();
    f.notesEn = m_notes->toPlainText().trimmed();
    f.notesZh = m_notesZh->toPlainText().trimmed();
    f.componentClass = m_component->currentData().toString();
    f.datasetVersion = QStringLiteral("user");
    f.userDefined = true;
    return f;
}

void FactorDialog::mark(const QHash<QString, QString> &errors)
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        AppStyle::markProblem(it.value(), errors.value(it.key()));
}

void FactorDialog::accept()
{
    const Factor f = factor();
    QHash<QString, QString> errors;
    if (!m_year->text().trimmed().isEmpty() && f.year <= 0)
        errors.insert(QStringLiteral("year"), tr("expected a year such as 2024"));
    if (!m_gsd->text().trimmed().isEmpty() && !NumberText::parse(m_gsd->text()))
        errors.insert(QStringLiteral("uncertainty_gsd"), tr("expected a number of at least 1"));
    if (!FactorCsv::parsePedigree(m_pedigree->text()))
        errors.insert(QStringLiteral("pedigree"),
                      tr("expected five scores 1 to 5 as (r;c;t;g;f), e.g. (2;3;1;1;4)"));
    if (f.nameEn.isEmpty() && f.nameZh.isEmpty())
        errors.insert(QStringLiteral("name_en"),
                      tr("give the factor a name in English or Chinese"));
    if (f.source.isEmpty())
        errors.insert(QStringLiteral("source"),
                      tr("say where the value comes from, so others can trace it"));
    for (const FactorCsv::Error &e : FactorLibrary::validate(f))
        errors.insert(e.column.isEmpty() ? QStringLiteral("id") : e.column, e.message);
    mark(errors);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            lines << QStringLiteral("%1: %2").arg(
                    m_labels.value(it.key()) ? m_labels.value(it.key())->text() : it.key(),
                    it.value());
        lines.sort();
        m_message->setText(lines.join(QLatin1Char('\n')));
        m_message->setProperty("severity", 2);
        m_message->setVisible(true);
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
        if (QWidget *first = m_fields.value(errors.keys().value(0)))
            first->setFocus();
        return;
    }
    QString error;
    if (!m_library->addUserFactor(f, &error)) {
        m_message->setText(error);
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace carbonlabel
