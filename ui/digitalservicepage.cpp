#include "ui/digitalservicepage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace carbonlabel {

DigitalServicePage::DigitalServicePage(ProfileDocument *document, FactorLibrary *library,
                                       QWidget *parent)
    : EditorPage(document, library, parent)
{
    setObjectName(QStringLiteral("page:digital_service"));
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    auto form = [](QGroupBox *box) {
        auto *f = new QFormLayout(box);
        f->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return f;
    };

    QFormLayout *network = form(
            addSection(QStringLiteral("digital_service.network"), QT_TR_NOOP("Network transfer")));
    addField(network, QStringLiteral("digital_service.network.gb_per_year"));
    addField(network, QStringLiteral("digital_service.network.kwh_per_gb"));
    addFactor(network, QStringLiteral("digital_service.network.grid"), QStringLiteral("kWh"));
    addField(network, QStringLiteral("digital_service.network.model"),
             QT_TR_NOOP("Empty or “energy”: energy × grid; “swd-v4” or “swd-v3”: the Sustainable "
                        "Web Design model"));
    column->addWidget(network->parentWidget());

    QFormLayout *dc = form(
            addSection(QStringLiteral("digital_service.data_center"), QT_TR_NOOP("Data centre")));
    addField(dc, QStringLiteral("digital_service.data_center.kwh_per_year"));
    addField(dc, QStringLiteral("digital_service.data_center.pue"),
             QT_TR_NOOP("Power usage effectiveness: facility energy over IT energy"));
    addFactor(dc, QStringLiteral("digital_service.data_center.grid"), QStringLiteral("kWh"));
    column->addWidget(dc->parentWidget());

    QFormLayout *ai = form(addSection(QStringLiteral("digital_service.ai"),
                                      QT_TR_NOOP("AI inference and training")));
    addField(ai, QStringLiteral("digital_service.ai.queries_per_year"));
    addField(ai, QStringLiteral("digital_service.ai.wh_per_query"));
    addField(ai, QStringLiteral("digital_service.ai.pue"));
    addFactor(ai, QStringLiteral("digital_service.ai.grid"), QStringLiteral("kWh"));
    addField(ai, QStringLiteral("digital_service.ai.training_mwh"),
             QT_TR_NOOP("Leave empty to count inference only"));
    addFactor(ai, QStringLiteral("digital_service.ai.training_grid"), QStringLiteral("kWh"));
    addField(
            ai, QStringLiteral("digital_service.ai.training_amortised_over_queries"),
            QT_TR_NOOP(
                    "All the queries the trained model will answer; this service bears its share"));
    column->addWidget(ai->parentWidget());
    column->addWidget(addNote(QT_TR_NOOP("Each part counts for every year of the product's "
                                         "lifetime. Switch a part on with its check box.")));
    column->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslateUi();
}

QStringList DigitalServicePage::sections() const
{
    return {QStringLiteral("digital_service")};
}

QString DigitalServicePage::title() const
{
    return tr("Digital service");
}

} // namespace carbonlabel
