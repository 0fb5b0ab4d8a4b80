#include "ui/productpage.h"

#include "ui/fieldedit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace carbonlabel {

ProductPage::ProductPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent)
    : EditorPage(document, library, parent)
{
    setObjectName(QStringLiteral("page:product"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addField(form, QStringLiteral("product.name.en"));
    addField(form, QStringLiteral("product.name.zh"));
    addField(form, QStringLiteral("product.id"),
             QT_TR_NOOP("A short identifier, e.g. a model number; printed on no label"));
    addField(form, QStringLiteral("product.category"),
             QT_TR_NOOP("e.g. laptop, smartphone, peripheral, server, digital service"));
    addField(form, QStringLiteral("product.lifetime_years"),
             QT_TR_NOOP("How long the product is used; the use phase counts this many years"));
    addField(form, QStringLiteral("product.mass_kg"),
             QT_TR_NOOP("Leave empty to use the sum of the materials given in mass units"));
    addField(form, QStringLiteral("product.functional_unit.en"));
    addField(form, QStringLiteral("product.functional_unit.zh"));
    addField(form, QStringLiteral("product.description.en"),
             QT_TR_NOOP("Say here which numbers are assumptions"));
    addField(form, QStringLiteral("product.description.zh"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
            addNote(QT_TR_NOOP("Both names are printed on bilingual labels. A field with a red "
                               "outline has a problem; point at it to read what is wrong.")));
    layout->addStretch();
    retranslateUi();
}

QStringList ProductPage::sections() const
{
    return {QStringLiteral("product")};
}

QString ProductPage::title() const
{
    return tr("Product");
}

} // namespace carbonlabel
