#include "ui/materialspage.h"

#include "ui/listeditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace carbonlabel {

MaterialsPage::MaterialsPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent)
    : EditorPage(document, library, parent)
{
    setObjectName(QStringLiteral("page:materials"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(addNote(
            QT_TR_NOOP("Each line is a part: a quantity of what an emission factor describes. Type "
                       "in the factor column to search the database in English or Chinese; the "
                       "unit list offers the units that convert to the factor's.")));
    layout->addWidget(
            addList(static_cast<int>(ProfileList::Materials),
                    QT_TR_NOOP(
                            "No materials yet. Add the parts of the product with “+ Add line”.")),
            1);
    retranslateUi();
}

QStringList MaterialsPage::sections() const
{
    return {QStringLiteral("materials")};
}

QString MaterialsPage::title() const
{
    return tr("Materials");
}

} // namespace carbonlabel
