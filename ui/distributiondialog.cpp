#include "ui/distributiondialog.h"

#include "core/base/numbertext.h"
#include "core/document/profiledocument.h"
#include "core/profile/fieldnames.h"
#include "core/profile/profilevalidator.h"
#include "ui/appstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
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
    m_min->setObjectName(QStringLiteral("distributionMin"));
    m_max->setObjectName(QStringLiteral("distributionMax"));
    m_gsd->setObjectName(QStringLiteral("distributionGsd"));
    m_message->setProperty("severity", 0);
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
    m_note = tr("Monte Carlo samples the number from this distribution; the footprint itself "
                "uses the value.");
    m_message->setText(m_note);
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
    for (QLineEdit *e : {m_min, m_max, m_gsd})
        connect(e, &QLineEdit::textEdited, this, &DistributionDialog::check);

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
    check();
    adjustSize();
}

std::optional<UncertainValue> DistributionDialog::check()
{
    UncertainValue v = m_document->fieldNumber(m_path).value_or(UncertainValue{});
    v.distribution = static_cast<lca::Distribution>(m_kind->currentData().toInt());
    v.min = v.max = 0.0;
    v.gsd = 1.0;
    QList<QLineEdit *> shown;
    if (v.distribution == lca::Distribution::Triangular
        || v.distribution == lca::Distribution::Uniform)
        shown = {m_min, m_max};
    else if (v.distribution == lca::Distribution::Lognormal)
        shown = {m_gsd};
    // A field not yet filled in is not an error to shout about, but OK waits for it.
    QHash<QLineEdit *, QString> problems;
    bool complete = true;
    for (QLineEdit *e : std::as_const(shown)) {
        const auto n = NumberText::parse(e->text());
        if (e->text().trimmed().isEmpty())
            complete = false;
        else if (!n)
            problems[e] = tr("expected a number");
        else
            *(e == m_min ? &v.min : e == m_max ? &v.max : &v.gsd) = *n;
    }
    QString first;
    if (problems.isEmpty() && complete) {
        // The reader's own rules, so the dialog refuses exactly what the file would.
        Diagnostics diagnostics;
        ProfileValidator::checkNumber(m_path, v, diagnostics);
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (first.isEmpty())
                first = d.message;
            if (d.path.endsWith(QLatin1String(".gsd")))
                problems[m_gsd] = d.message;
            else if (d.path.endsWith(QLatin1String(".min")))
                problems[m_min] = d.message;
            else if (d.path.endsWith(QLatin1String(".max")))
                problems[m_max] = d.message;
            else
                for (QLineEdit *e : std::as_const(shown))
                    problems[e] = d.message; // min <= value <= max: both bounds
        }
    } else if (!problems.isEmpty()) {
        first = problems.cbegin().value();
    }
    for (QLineEdit *e : {m_min, m_max, m_gsd})
        AppStyle::markProblem(e, problems.value(e));
    const bool ok = problems.isEmpty() && complete;
    m_message->setText(first.isEmpty() ? m_note : first);
    m_message->setProperty("severity", first.isEmpty() ? 0 : 2);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    if (QPushButton *button = m_buttons->button(QDialogButtonBox::Ok))
        button->setEnabled(ok);
    return ok ? std::optional<UncertainValue>(v) : std::nullopt;
}

void DistributionDialog::accept()
{
    const auto v = check();
    if (!v)
        return;
    m_document->setFieldNumber(m_path, *v);
    QDialog::accept();
}

} // namespace carbonlabel
