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
    addField(network, QStringLiteral("digital_service.network.gb_per_year"), QT_TR_NOOP("Data"),
             QT_TR_NOOP("GB per year"));
    addField(network, QStringLiteral("digital_service.network.kwh_per_gb"),
             QT_TR_NOOP("Energy intensity"), QT_TR_NOOP("kWh per GB"));
    addFactor(network, QStringLiteral("digital_service.network.grid"), QT_TR_NOOP("Grid"),
              QStringLiteral("kWh"));
    addField(network, QStringLiteral("digital_service.network.model"), QT_TR_NOOP("Model"), nullptr,
             QT_TR_NOOP("Empty or “energy”: energy × grid; “swd-v4” or “swd-v3”: the Sustainable "
                        "Web Design model"));
    column->addWidget(network->parentWidget());

    QFormLayout *dc = form(
            addSection(QStringLiteral("digital_service.data_center"), QT_TR_NOOP("Data centre")));
    addField(dc, QStringLiteral("digital_service.data_center.kwh_per_year"),
             QT_TR_NOOP("IT energy"), QT_TR_NOOP("kWh per year"));
    addField(dc, QStringLiteral("digital_service.data_center.pue"), QT_TR_NOOP("PUE"),
             QT_TR_NOOP("≥ 1"),
             QT_TR_NOOP("Power usage effectiveness: facility energy over IT energy"));
    addFactor(dc, QStringLiteral("digital_service.data_center.grid"), QT_TR_NOOP("Grid"),
              QStringLiteral("kWh"));
    column->addWidget(dc->parentWidget());

    QFormLayout *ai = form(addSection(QStringLiteral("digital_service.ai"),
                                      QT_TR_NOOP("AI inference and training")));
    addField(ai, QStringLiteral("digital_service.ai.queries_per_year"), QT_TR_NOOP("Queries"),
             QT_TR_NOOP("per year"));
    addField(ai, QStringLiteral("digital_service.ai.wh_per_query"), QT_TR_NOOP("Energy per query"),
             QT_TR_NOOP("Wh"));
    addField(ai, QStringLiteral("digital_service.ai.pue"), QT_TR_NOOP("PUE"), QT_TR_NOOP("≥ 1"));
    addFactor(ai, QStringLiteral("digital_service.ai.grid"), QT_TR_NOOP("Grid"),
              QStringLiteral("kWh"));
    addField(ai, QStringLiteral("digital_service.ai.training_mwh"), QT_TR_NOOP("Training energy"),
             QT_TR_NOOP("MWh"), QT_TR_NOOP("Leave empty to count inference only"));
    addFactor(ai, QStringLiteral("digital_service.ai.training_grid"), QT_TR_NOOP("Training grid"),
              QStringLiteral("kWh"));
    addField(
            ai, QStringLiteral("digital_service.ai.training_amortised_over_queries"),
            QT_TR_NOOP("Training shared by"), QT_TR_NOOP("queries"),
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
