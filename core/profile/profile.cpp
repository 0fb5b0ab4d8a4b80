#include "core/profile/profile.h"

namespace carbonlabel {

QString LocalizedText::text(const QString &language) const
{
    if (language == QLatin1String("zh"))
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QStringList Profile::factorIds() const
{
    QStringList ids;
    auto add = [&ids](const QString &id) {
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    };
    for (const MaterialLine &m : materials)
        add(m.factor);
    if (manufacturing)
        add(manufacturing->grid);
    for (const MaterialLine &p : packaging)
        add(p.factor);
    for (const DistributionLeg &leg : distribution)
        add(leg.mode);
    if (use)
        add(use->grid);
    if (digitalService) {
        if (digitalService->network)
            add(digitalService->network->grid);
        if (digitalService->dataCenter)
            add(digitalService->dataCenter->grid);
        if (digitalService->ai) {
            add(digitalService->ai->grid);
            add(digitalService->ai->trainingGrid);
        }
        for (const QString &id : digitalService->modelFactorIds())
            add(id);
    }
    if (endOfLife) {
        for (const EndOfLifeRoute &r : endOfLife->routes)
            add(r.factor);
    }
    return ids;
}

} // namespace carbonlabel
