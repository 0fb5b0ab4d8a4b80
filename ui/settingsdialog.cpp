#include "ui/settingsdialog.h"

#include "core/base/numbertext.h"
#include "core/document/settings.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "core/profile/fieldnames.h"
#include "core/render/labeloptions.h"
#include "ui/factorcompleter.h"
#include "ui/languagemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carbonlabel {

SettingsDialog::SettingsDialog(FactorLibrary *library, QWidget *parent)
    : FormDialog(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, parent)
    , m_general(new QGroupBox(this))
    , m_label(new QGroupBox(this))
    , m_autosave(new QGroupBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    QFormLayout *general = newForm(m_general);
    m_language = addField<QComboBox>(general, QT_TR_NOOP("Language"));
    m_grid = addField<QLineEdit>(general, QT_TR_NOOP("Default grid"));
    m_gridCaption = new QLabel(this);
    m_gridCaption->setObjectName(QStringLiteral("factorCaption"));
    m_gridCaption->setWordWrap(true);
    general->addRow(QString(), m_gridCaption);
    QFormLayout *label = newForm(m_label);
    m_kind = addField<QComboBox>(label, QT_TR_NOOP("Kind"));
    m_labelLanguage = addField<QComboBox>(label, QT_TR_NOOP("Language"));
    // Created in the order of the focus chain.
    m_width = new QDoubleSpinBox(this);
    m_height = new QDoubleSpinBox(this);
    m_autosaveEnabled = new QCheckBox(this);
    m_interval = new QSpinBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_grid->setObjectName(QStringLiteral("settingsGrid"));
    new FactorCompleter(library, m_grid, QStringLiteral("kWh"));
    connect(m_grid, &QLineEdit::textChanged, this, [this, library] {
        // The id is what is stored; the name and value say what it is.
        const auto factor = library->database()->factor(m_grid->text().trimmed());
        m_gridCaption->setText(factor ? QStringLiteral("%1 · %2 %3")
                                                .arg(factor->name(FieldNames::language()),
                                                     NumberText::display(factor->value),
                                                     factor->unit)
                                      : tr("No such factor in the database"));
    });
    for (QDoubleSpinBox *b : {m_width, m_height}) {
        b->setDecimals(1);
        b->setSuffix(QStringLiteral(" mm"));
    }
    m_width->setRange(LabelOptions::kMinWidthMm, LabelOptions::kMaxWidthMm);
    m_height->setRange(LabelOptions::kMinHeightMm, LabelOptions::kMaxHeightMm);
    m_interval->setRange(1, 30);
    m_interval->setMaximumWidth(120);

    Settings *s = Settings::instance();
    m_grid->setText(s->value(Settings::DefaultGrid).toString());
    m_grid->setCursorPosition(0);
    m_width->setValue(s->value(Settings::LabelWidthMm).toDouble());
    m_height->setValue(s->value(Settings::LabelHeightMm).toDouble());
    m_autosaveEnabled->setChecked(s->value(Settings::AutosaveEnabled).toBool());
    m_interval->setValue(s->value(Settings::AutosaveDelaySeconds).toInt());
    connect(m_autosaveEnabled, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    m_interval->setEnabled(m_autosaveEnabled->isChecked());

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addStretch();
    addRow(label, size, QT_TR_NOOP("Badge size"));
    QFormLayout *autosave = newForm(m_autosave);
    autosave->addRow(m_autosaveEnabled);
    auto *interval = new QHBoxLayout;
    interval->addWidget(m_interval);
    interval->addStretch();
    addRow(autosave, interval, QT_TR_NOOP("After a pause of"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addWidget(m_label);
    layout->addWidget(m_autosave);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(520, sizeHint().height());
}

void SettingsDialog::retranslateUi()
{
    Settings *s = Settings::instance();
    setWindowTitle(tr("Settings"));
    m_general->setTitle(tr("General"));
    m_label->setTitle(tr("Default label"));
    m_autosave->setTitle(tr("Never lose work"));
    m_grid->setToolTip(tr("The electricity grid new profiles and new sections start with"));
    m_autosaveEnabled->setText(tr("Save a recovery copy of unsaved changes"));
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("The copy is written this long after your last change, and at least "
                              "every 30 seconds while you keep typing"));

    const QSignalBlocker b1(m_language), b2(m_kind), b3(m_labelLanguage);
    const QString language = m_language->count() ? m_language->currentData().toString()
                                                 : s->value(Settings::Language).toString();
    m_language->clear();
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));

    const QString kind = m_kind->count() ? m_kind->currentData().toString()
                                         : s->value(Settings::LabelKind).toString();
    m_kind->clear();
    m_kind->addItem(tr("Badge (box label)"), QStringLiteral("badge"));
    m_kind->addItem(tr("Product sheet (A4)"), QStringLiteral("sheet"));
    m_kind->addItem(tr("Refresh-cycle report (A4)"), QStringLiteral("refresh"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));

    const QString labelLanguage = m_labelLanguage->count()
            ? m_labelLanguage->currentData().toString()
            : s->value(Settings::LabelLanguage).toString();
    m_labelLanguage->clear();
    m_labelLanguage->addItem(tr("Chinese and English"), QStringLiteral("both"));
    m_labelLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_labelLanguage->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_labelLanguage->setCurrentIndex(std::max(0, m_labelLanguage->findData(labelLanguage)));

    // The three groups' forms share one label column.
    const QList<QLabel *> labels = namedLabels();
    int width = 0;
    for (QLabel *l : labels) {
        l->setMinimumWidth(0);
        width = std::max(width, l->sizeHint().width());
    }
    for (QLabel *l : labels)
        l->setMinimumWidth(width);
}

void SettingsDialog::accept()
{
    Settings *s = Settings::instance();
    s->setValue(Settings::DefaultGrid, m_grid->text().trimmed());
    s->setValue(Settings::LabelKind, m_kind->currentData().toString());
    s->setValue(Settings::LabelLanguage, m_labelLanguage->currentData().toString());
    s->setValue(Settings::LabelWidthMm, m_width->value());
    s->setValue(Settings::LabelHeightMm, m_height->value());
    s->setValue(Settings::AutosaveEnabled, m_autosaveEnabled->isChecked());
    s->setValue(Settings::AutosaveDelaySeconds, m_interval->value());
    // Last: the language change retranslates every window, this one included.
    s->setValue(Settings::Language, m_language->currentData().toString());
    s->sync();
    QDialog::accept();
}

} // namespace carbonlabel
