#include "ui/distributionpage.h"

#include "ui/listeditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace carbonlabel {

DistributionPage::DistributionPage(ProfileDocument *document, FactorLibrary *library,
                                   QWidget *parent)
    : EditorPage(document, library, parent)
{
    setObjectName(QStringLiteral("page:distribution"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
            addNote(QT_TR_NOOP("Each leg carries the product and its packaging over a distance by "
                               "one transport mode (a factor in kgCO2e/tkm). Leave the mass empty "
                               "to carry the product and packaging mass.")));
    layout->addWidget(addList(static_cast<int>(ProfileList::Distribution),
                              QT_TR_NOOP("No transport legs. Add the sea, air, rail or road legs "
                                         "with “+ Add line”.")),
                      1);
    retranslateUi();
}

QStringList DistributionPage::sections() const
{
    return {QStringLiteral("distribution")};
}

QString DistributionPage::title() const
{
    return tr("Distribution", "lifecycle stage");
}

} // namespace carbonlabel
