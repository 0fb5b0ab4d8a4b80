#include "lca/stage.h"

namespace lca {

std::string_view stageKey(Stage stage)
{
    switch (stage) {
    case Stage::MaterialsManufacturing:
        return "materials_manufacturing";
    case Stage::Distribution:
        return "distribution";
    case Stage::UseDevice:
        return "use_device";
    case Stage::UseDigital:
        return "use_digital";
    case Stage::EndOfLife:
        return "end_of_life";
    }
    return {};
}

std::optional<Stage> stageFromKey(std::string_view key)
{
    for (Stage s : kAllStages) {
        if (stageKey(s) == key)
            return s;
    }
    return std::nullopt;
}

} // namespace lca
