#include "ui/diedialog.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "core/profile/fieldnames.h"
#include "ui/appstyle.h"
#include "ui/factorcompleter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace carbonlabel {

DieDialog::DieDialog(ProfileDocument *document, FactorLibrary *library, QWidget *parent)
    : FormDialog(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, parent)
    , m_document(document)
    , m_library(library)
{
    setObjectName(QStringLiteral("dieDialog"));
    setMinimumWidth(480);
    QFormLayout *form = newForm();
    m_part = addField<QLineEdit>(form, QT_TR_NOOP("Part"));
    m_area = addField<QLineEdit>(form, QT_TR_NOOP("Die area (mm2)"));
    m_node = addField<QComboBox>(form, QT_TR_NOOP("Process node"));
    m_grid = addField<QLineEdit>(form, QT_TR_NOOP("Fab's grid"));
    m_gridCaption = new QLabel(this);
    m_gridCaption->setObjectName(QStringLiteral("factorCaption"));
    m_gridCaption->setWordWrap(true);
    form->addRow(QString(), m_gridCaption);
    m_abatement = addField<QComboBox>(form, QT_TR_NOOP("Process gases abated"));
    m_yield = addField<QLineEdit>(form, QT_TR_NOOP("Fab yield"));
    m_packages = addField<QSpinBox>(form, QT_TR_NOOP("Packages"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("note"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_part->setObjectName(QStringLiteral("diePart"));
    m_area->setObjectName(QStringLiteral("dieArea"));
    m_node->setObjectName(QStringLiteral("dieNode"));
    m_grid->setObjectName(QStringLiteral("dieGrid"));
    m_abatement->setObjectName(QStringLiteral("dieAbatement"));
    m_yield->setObjectName(QStringLiteral("dieYield"));
    m_packages->setObjectName(QStringLiteral("diePackages"));
    m_result->setObjectName(QStringLiteral("dieResult"));
    m_area->setAlignment(Qt::AlignRight);
    m_yield->setAlignment(Qt::AlignRight);
    m_node->addItems(LogicDieEstimate::nodes());
    m_node->setCurrentText(QStringLiteral("7nm"));
    for (int percent : {97, 95, 99})
        m_abatement->addItem(QStringLiteral("%1 %").arg(percent), percent);
    m_packages->setRange(0, LogicDieEstimate::kMaxPackages);
    m_packages->setValue(1);
    m_grid->setText(QLatin1String(LogicDieEstimate::kDefaultGrid));
    m_grid->setCursorPosition(0);
    new FactorCompleter(library, m_grid, QStringLiteral("kWh"));

    connect(m_area, &QLineEdit::textChanged, this, &DieDialog::update);
    connect(m_yield, &QLineEdit::textChanged, this, &DieDialog::update);
    connect(m_grid, &QLineEdit::textChanged, this, &DieDialog::update);
    connect(m_node, &QComboBox::currentIndexChanged, this, &DieDialog::update);
    connect(m_abatement, &QComboBox::currentIndexChanged, this, &DieDialog::update);
    connect(m_packages, &QSpinBox::valueChanged, this, &DieDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    retranslateUi();
}

void DieDialog::retranslateUi()
{
    setWindowTitle(tr("Logic die by area"));
    m_part->setPlaceholderText(tr("Processor"));
    m_area->setPlaceholderText(tr("from the datasheet, e.g. 150"));
    m_node->setToolTip(tr("The nodes ACT's model has figures for"));
    m_abatement->setToolTip(tr("97 % is the mean of ACT's 95 and 99 % figures, as ACT does"));
    const auto yield = m_library->database()->factor(QLatin1String(LogicDieEstimate::kYieldFactor));
    m_yield->setPlaceholderText(
            yield ? tr("ACT's %1 unless given").arg(NumberText::display(yield->value)) : QString());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setText(tr("Add to materials"));
    update();
}

std::optional<LogicDieEstimate::Request> DieDialog::request()
{
    LogicDieEstimate::Request r;
    bool ok = true;
    const auto area = NumberText::parse(m_area->text());
    AppStyle::markProblem(m_area,
                          area || m_area->text().trimmed().isEmpty() ? QString()
                                                                     : tr("expected a number"));
    ok = ok && area.has_value();
    r.areaMm2 = area.value_or(0.0);
    r.node = m_node->currentText();
    r.gridId = m_grid->text().trimmed();
    r.abatementPercent = m_abatement->currentData().toInt();
    r.packages = m_packages->value();
    if (!m_yield->text().trimmed().isEmpty()) {
        const auto yield = NumberText::parse(m_yield->text());
        AppStyle::markProblem(m_yield, yield ? QString() : tr("expected a number"));
        ok = ok && yield.has_value();
        r.yield = yield;
    } else {
        AppStyle::markProblem(m_yield, QString());
    }
    return ok ? std::optional(r) : std::nullopt;
}

void DieDialog::update()
{
    const auto grid = m_library->database()->factor(m_grid->text().trimmed());
    m_gridCaption->setText(grid ? QStringLiteral("%1 · %2 %3")
                                           .arg(grid->name(FieldNames::language()),
                                                NumberText::display(grid->value), grid->unit)
                                : QString());
    const auto r = request();
    m_estimate = r ? LogicDieEstimate::estimate(*m_library->database(), *r)
                   : LogicDieEstimate::Result{};
    const bool ok = r && m_estimate.ok();
    if (r && !m_estimate.ok()) {
        // At the field the message is about.
        QWidget *field = m_estimate.field == QLatin1String("area") ? m_area
                : m_estimate.field == QLatin1String("yield")       ? m_yield
                : m_estimate.field == QLatin1String("fab-grid")    ? m_grid
                                                                   : nullptr;
        if (field)
            AppStyle::markProblem(field, m_estimate.error);
    } else {
        AppStyle::markProblem(m_grid, QString());
    }
    const lca::LogicDieResult &c = m_estimate.carbon;
    m_result->setText(ok ? tr("Die %1 kg, packages %2 kg: %3 kg CO₂e a piece (%4 kg per cm2 of "
                              "die: fab electricity %5, process gases %6, materials %7).")
                                      .arg(NumberText::kg(c.dieKg), NumberText::kg(c.packagingKg),
                                           NumberText::kg(c.totalKg), NumberText::kg(c.kgPerCm2),
                                           NumberText::kg(c.energyKgPerCm2),
                                           NumberText::kg(c.gasesKgPerCm2),
                                           NumberText::kg(c.materialsKgPerCm2))
                              : r ? m_estimate.error
                                  : tr("Enter the die area from the datasheet or a teardown."));
    m_result->setProperty("severity", r && !ok ? 2 : 0);
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
    if (QPushButton *button = m_buttons->button(QDialogButtonBox::Ok))
        button->setEnabled(ok);
}

void DieDialog::accept()
{
    const auto r = request();
    if (!r || !m_estimate.ok())
        return;
    // A user factor of its own, so the line cites the die's figure and its inputs.
    const QString base = QStringLiteral("user_die_%1mm2_%2")
                                 .arg(NumberText::edit(r->areaMm2, QLocale::c())
                                              .replace(QLatin1Char('.'), QLatin1Char('_')),
                                      m_estimate.node);
    QString id = base;
    for (int n = 2; m_library->database()->factor(id); ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    QString error;
    if (!m_library->addUserFactor(LogicDieEstimate::asFactor(*r, m_estimate, id), &error)) {
        m_result->setText(error);
        return;
    }
    MaterialLine line;
    const QString part = m_part->text().trimmed();
    const QString area = NumberText::edit(r->areaMm2, QLocale::c()); // as typed
    line.part.en = (part.isEmpty() ? QStringLiteral("Processor") : part)
            + QStringLiteral(" (die %1 mm2, %2)").arg(area, m_estimate.node);
    line.part.zh = (part.isEmpty() ? QStringLiteral("处理器") : part)
            + QStringLiteral("（裸片 %1 mm2，%2）").arg(area, m_estimate.node);
    line.factor = id;
    line.quantity = UncertainValue::fixed(1.0);
    line.unit = QStringLiteral("piece");
    line.component = QStringLiteral("processor");
    m_document->insertRow(ProfileList::Materials, m_document->rowCount(ProfileList::Materials),
                          line);
    QDialog::accept();
}

} // namespace carbonlabel
