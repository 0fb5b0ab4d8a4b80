#include "ui/distributiondialog.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"
#include "ui/appstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace carbonlabel {

DistributionDialog::DistributionDialog(ProfileDocument *document, const QString &path,
                                       QWidget *parent)
    : FormDialog(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, parent)
    , m_document(document)
    , m_path(path)
    , m_value(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_min(new QLineEdit(this))
    , m_max(new QLineEdit(this))
    , m_gsd(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("distributionDialog"));
    setMinimumWidth(420);
    setWindowTitle(tr("Uncertainty of %1").arg(FieldNames::location(path)));
    m_kind->setObjectName(QStringLiteral("distributionKind"));
    m_kind->addItem(tr("Fixed: no uncertainty"), static_cast<int>(lca::Distribution::Fixed));
    m_kind->addItem(tr("Triangular: min, most likely, max"),
                    static_cast<int>(lca::Distribution::Triangular));
    m_kind->addItem(tr("Lognormal: median and GSD"),
                    static_cast<int>(lca::Distribution::Lognormal));
    m_kind->addItem(tr("Uniform: min to max"), static_cast<int>(lca::Distribution::Uniform));
    m_gsd->setToolTip(tr("Geometric standard deviation: about 68 % of the values lie between value "
                         "÷ GSD and value × GSD"));
    m_message->setObjectName(QStringLiteral("note"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Monte Carlo samples the number from this distribution; the footprint "
                          "itself uses the value."));
    for (QLineEdit *e : {m_min, m_max, m_gsd})
        e->setAlignment(Qt::AlignRight);

    const UncertainValue v = document->fieldNumber(path).value_or(UncertainValue{});
    m_value->setText(NumberText::display(v.value));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(v.distribution))));
    if (v.distribution == lca::Distribution::Triangular
        || v.distribution == lca::Distribution::Uniform) {
        m_min->setText(NumberText::edit(v.min));
        m_max->setText(NumberText::edit(v.max));
    }
    if (v.distribution == lca::Distribution::Lognormal)
        m_gsd->setText(NumberText::edit(v.gsd));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DistributionDialog::updateFields);

    QFormLayout *form = newForm();
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Distribution", "probability distribution of a number"), m_kind);
    m_minLabel = addRow(form, m_min);
    m_maxLabel = addRow(form, m_max);
    m_gsdLabel = addRow(form, m_gsd);
    m_minLabel->setText(tr("Minimum"));
    m_maxLabel->setText(tr("Maximum"));
    m_gsdLabel->setText(tr("GSD"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    updateFields();
}

void DistributionDialog::updateFields()
{
    const auto kind = static_cast<lca::Distribution>(m_kind->currentData().toInt());
    const bool range = kind == lca::Distribution::Triangular || kind == lca::Distribution::Uniform;
    const bool gsd = kind == lca::Distribution::Lognormal;
    for (QWidget *w : std::initializer_list<QWidget *>{m_minLabel, m_min, m_maxLabel, m_max})
        w->setVisible(range);
    m_gsdLabel->setVisible(gsd);
    m_gsd->setVisible(gsd);
    adjustSize();
}

void DistributionDialog::accept()
{
    UncertainValue v = m_document->fieldNumber(m_path).value_or(UncertainValue{});
    v.distribution = static_cast<lca::Distribution>(m_kind->currentData().toInt());
    v.min = v.max = 0.0;
    v.gsd = 1.0;
    // A text that is not a number stays in its field, marked; ranges (min <= value <= max,
    // GSD >= 1) are the reader's to check, at the field in the editor.
    bool ok = true;
    auto read = [&ok](QLineEdit *edit, double *out) {
        const auto n = NumberText::parse(edit->text());
        AppStyle::markProblem(edit, n ? QString() : tr("expected a number"));
        ok = ok && n.has_value();
        if (n)
            *out = *n;
    };
    if (v.distribution == lca::Distribution::Triangular
        || v.distribution == lca::Distribution::Uniform) {
        read(m_min, &v.min);
        read(m_max, &v.max);
    } else if (v.distribution == lca::Distribution::Lognormal) {
        read(m_gsd, &v.gsd);
    }
    if (!ok)
        return;
    m_document->setFieldNumber(m_path, v);
    QDialog::accept();
}

} // namespace carbonlabel
