#include "ui/endoflifepage.h"

#include "ui/listeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace carbonlabel {

EndOfLifePage::EndOfLifePage(ProfileDocument *document, FactorLibrary *library, QWidget *parent)
    : EditorPage(document, library, parent)
{
    setObjectName(QStringLiteral("page:end_of_life"));
    QGroupBox *eol = addSection(QStringLiteral("end_of_life"), QT_TR_NOOP("End of life"));
    auto *eolLayout = new QVBoxLayout(eol);
    eolLayout->addWidget(addNote(
            QT_TR_NOOP("The product mass is treated by these routes; their shares must add up to "
                       "1. Recycling credits are reported apart, never subtracted.")));
    eolLayout->addWidget(addList(static_cast<int>(ProfileList::EndOfLifeRoutes),
                                 QT_TR_NOOP("No routes. Add recycling, incineration or landfill "
                                            "with “+ Add line”.")),
                         1);

    QGroupBox *offsets = addSection(QStringLiteral("offsets"), QT_TR_NOOP("Carbon offsets"));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addField(form, QStringLiteral("offsets.kg_co2e"));
    addField(form, QStringLiteral("offsets.standard"), QT_TR_NOOP("e.g. Gold Standard, Verra VCS"));
    addField(form, QStringLiteral("offsets.certificate"),
             QT_TR_NOOP("The retirement certificate's number or link"));
    auto *offsetsLayout = new QVBoxLayout(offsets);
    offsetsLayout->addLayout(form);
    offsetsLayout->addWidget(addNote(QT_TR_NOOP(
            "Offsets never change the footprint. The “carbon neutral” mark appears only when "
            "offsets with a named standard and certificate cover the whole total.")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(eol, 3);
    layout->addWidget(offsets, 0);
    retranslateUi();
}

QStringList EndOfLifePage::sections() const
{
    return {QStringLiteral("end_of_life"), QStringLiteral("offsets")};
}

QString EndOfLifePage::title() const
{
    return tr("End of life");
}

} // namespace carbonlabel
