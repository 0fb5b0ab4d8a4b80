#include "ui/usepage.h"

#include "ui/listeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace carbonlabel {

UsePage::UsePage(ProfileDocument *document, FactorLibrary *library, QWidget *parent)
    : EditorPage(document, library, parent)
{
    setObjectName(QStringLiteral("page:use"));
    QGroupBox *box = addSection(QStringLiteral("use"), QT_TR_NOOP("Use of the device"));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addFactor(form, QStringLiteral("use.grid"), QStringLiteral("kWh"));
    addField(form, QStringLiteral("use.annual_energy_kwh"),
             QT_TR_NOOP("A measured typical energy consumption (TEC); when given, the power modes "
                        "are ignored"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(addNote(QT_TR_NOOP("Power modes: the energy per year is power × hours per "
                                            "day × days per year, summed over the modes.")));
    boxLayout->addWidget(addList(static_cast<int>(ProfileList::UseModes),
                                 QT_TR_NOOP("No power modes. Add active, idle and sleep with “+ "
                                            "Add line”, or give the annual energy above.")),
                         1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box, 1);
    retranslateUi();
}

QStringList UsePage::sections() const
{
    return {QStringLiteral("use")};
}

QString UsePage::title() const
{
    return tr("Use", "lifecycle stage");
}

} // namespace carbonlabel
