#include "ui/manufacturingpage.h"

#include "ui/listeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace carbonlabel {

ManufacturingPage::ManufacturingPage(ProfileDocument *document, FactorLibrary *library,
                                     QWidget *parent)
    : EditorPage(document, library, parent)
{
    setObjectName(QStringLiteral("page:manufacturing"));
    QGroupBox *box = addSection(QStringLiteral("manufacturing"), QT_TR_NOOP("Manufacturing"));
    auto *form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addField(form, QStringLiteral("manufacturing.assembly_energy_kwh"));
    addFactor(form, QStringLiteral("manufacturing.grid"), QStringLiteral("kWh"));
    addField(form, QStringLiteral("manufacturing.yield_loss"),
             QT_TR_NOOP("The materials are counted (1 + yield loss) times"));

    auto *packaging = new QGroupBox(this);
    packaging->setObjectName(QStringLiteral("packagingBox"));
    auto *packagingLayout = new QVBoxLayout(packaging);
    packagingLayout->addWidget(
            addList(static_cast<int>(ProfileList::Packaging),
                    QT_TR_NOOP("No packaging. Add the box, trays and bags with “+ Add line”.")));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(packaging, 1);
    m_packaging = packaging;
    retranslateUi();
}

void ManufacturingPage::retranslateUi()
{
    EditorPage::retranslateUi();
    m_packaging->setTitle(tr("Packaging"));
}

QStringList ManufacturingPage::sections() const
{
    return {QStringLiteral("manufacturing"), QStringLiteral("packaging")};
}

QString ManufacturingPage::title() const
{
    return tr("Manufacturing");
}

} // namespace carbonlabel
