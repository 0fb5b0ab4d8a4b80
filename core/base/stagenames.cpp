#include "core/base/stagenames.h"

namespace carbonlabel {

QString StageNames::english(lca::Stage stage)
{
    switch (stage) {
    case lca::Stage::MaterialsManufacturing:
        return QStringLiteral("Materials & manufacturing");
    case lca::Stage::Distribution:
        return QStringLiteral("Distribution");
    case lca::Stage::UseDevice:
        return QStringLiteral("Use (device)");
    case lca::Stage::UseDigital:
        return QStringLiteral("Use (digital service)");
    case lca::Stage::EndOfLife:
        return QStringLiteral("End of life");
    }
    return {};
}

QString StageNames::chinese(lca::Stage stage)
{
    switch (stage) {
    case lca::Stage::MaterialsManufacturing:
        return QStringLiteral("原材料与制造");
    case lca::Stage::Distribution:
        return QStringLiteral("运输分销");
    case lca::Stage::UseDevice:
        return QStringLiteral("使用阶段（设备）");
    case lca::Stage::UseDigital:
        return QStringLiteral("使用阶段（数字服务）");
    case lca::Stage::EndOfLife:
        return QStringLiteral("废弃处理");
    }
    return {};
}

QString StageNames::inLanguage(lca::Stage stage, const QString &language)
{
    return language == QLatin1String("zh") ? chinese(stage) : english(stage);
}

QString StageNames::translated(lca::Stage stage)
{
    switch (stage) {
    case lca::Stage::MaterialsManufacturing:
        return tr("Materials & manufacturing");
    case lca::Stage::Distribution:
        return tr("Distribution", "lifecycle stage");
    case lca::Stage::UseDevice:
        return tr("Use (device)");
    case lca::Stage::UseDigital:
        return tr("Use (digital service)");
    case lca::Stage::EndOfLife:
        return tr("End of life");
    }
    return {};
}

} // namespace carbonlabel
