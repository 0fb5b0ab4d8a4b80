#include "ui/bomimportdialog.h"

#include "core/base/numbertext.h"
#include "ui/appstyle.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace carbonlabel {

BomImportDialog::BomImportDialog(const FactorDatabase *database, const QString &csvFile,
                                 QWidget *parent)
    : FormDialog(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, parent)
    , m_database(database)
    , m_file(csvFile)
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("bomImportDialog"));
    QFormLayout *form = newForm();
    m_id = addField<QLineEdit>(form, QT_TR_NOOP("Product ID"));
    m_nameEn = addField<QLineEdit>(form, QT_TR_NOOP("Name (English)"));
    m_nameZh = addField<QLineEdit>(form, QT_TR_NOOP("Name (Chinese)"));
    m_lifetime = addField<QLineEdit>(form, QT_TR_NOOP("Lifetime (years)"));
    m_mass = addField<QLineEdit>(form, QT_TR_NOOP("Mass (kg)"));
    // Created after the fields, for the order of the focus chain.
    m_summary = new QLabel(this);
    m_problems = new QListWidget(this);
    m_reload = new QPushButton(this);
    m_id->setObjectName(QStringLiteral("bomProductId"));
    m_nameEn->setObjectName(QStringLiteral("bomNameEn"));
    m_nameZh->setObjectName(QStringLiteral("bomNameZh"));
    m_lifetime->setObjectName(QStringLiteral("bomLifetime"));
    m_mass->setObjectName(QStringLiteral("bomMass"));
    m_summary->setObjectName(QStringLiteral("bomSummary"));
    m_problems->setObjectName(QStringLiteral("bomProblems"));
    m_reload->setObjectName(QStringLiteral("bomReload"));
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setSelectionMode(QAbstractItemView::NoSelection);
    m_buttons->addButton(m_reload, QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);

    // The options change the skeleton and its warnings: read again as they are typed.
    for (QLineEdit *field : {m_id, m_nameEn, m_nameZh, m_lifetime, m_mass})
        connect(field, &QLineEdit::textChanged, this, &BomImportDialog::reimport);
    connect(m_reload, &QPushButton::clicked, this, &BomImportDialog::reload);

    retranslateUi();
    reload();
    resize(640, 520);
}

void BomImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import bill of materials"));
    m_intro->setText(
            tr("%1 becomes a new profile with one material line per row. Give the product facts "
               "the file does not hold; everything else can be edited afterwards.")
                    .arg(QFileInfo(m_file).fileName()));
    m_id->setPlaceholderText(tr("from the file name"));
    m_lifetime->setPlaceholderText(tr("1, as a placeholder to replace"));
    m_mass->setPlaceholderText(tr("optional"));
    m_reload->setText(tr("Read again"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create profile"));
    showResult();
}

bool BomImportDialog::options(BomImportOptions *out)
{
    out->productId = m_id->text().trimmed();
    out->productName.en = m_nameEn->text().trimmed();
    out->productName.zh = m_nameZh->text().trimmed();
    bool valid = true;
    for (const auto &[field, target] :
         {std::pair{m_lifetime, &out->lifetimeYears}, std::pair{m_mass, &out->massKg}}) {
        QString message;
        if (!field->text().trimmed().isEmpty()) {
            const auto v = NumberText::parse(field->text());
            if (v && *v > 0.0)
                *target = *v;
            else
                message = tr("expected a number greater than zero");
        }
        AppStyle::markProblem(field, message);
        valid = valid && message.isEmpty();
    }
    return valid;
}

void BomImportDialog::reload()
{
    QFile file(m_file);
    m_csv = file.open(QIODevice::ReadOnly) ? std::optional(file.readAll()) : std::nullopt;
    reimport();
}

void BomImportDialog::reimport()
{
    BomImportOptions opts;
    m_optionsValid = options(&opts);
    // Typing in a field does not read the file again; an unreadable file is reported by
    // importFile() in the importer's words.
    m_result = m_csv ? BomImporter::import(*m_csv, m_file, *m_database, opts)
                     : BomImporter::importFile(m_file, *m_database, opts);
    showResult();
}

void BomImportDialog::showResult()
{
    m_problems->clear();
    int errors = 0;
    for (const Diagnostic &d : m_result.diagnostics) {
        auto *item = new QListWidgetItem(d.toString(), m_problems);
        item->setIcon(style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                        : QStyle::SP_MessageBoxWarning));
        errors += d.isError() ? 1 : 0;
    }
    const int warnings = static_cast<int>(m_result.diagnostics.size()) - errors;
    const bool ok = m_result.ok() && m_optionsValid;
    QString summary;
    if (!m_result.ok()) {
        summary = tr("%n error(s) in the file: nothing is imported until they are fixed. Fix "
                     "them in the CSV, then read it again.",
                     nullptr, errors);
    } else {
        summary = tr("%n part(s) read.", nullptr,
                     static_cast<int>(m_result.profile->materials.size()));
        if (warnings > 0)
            summary += QLatin1Char(' ')
                    + tr("%n warning(s): check these after creating the profile.", nullptr,
                         warnings);
    }
    m_summary->setText(summary);
    m_problems->setVisible(m_problems->count() > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace carbonlabel
