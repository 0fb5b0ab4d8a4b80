#include "lca/stage.h"

namespace lca {

namespace {

struct StageKey
{
    Stage stage;
    std::string_view key;
};

constexpr StageKey kKeys[] = {
        {Stage::MaterialsManufacturing, "materials_manufacturing"},
        {Stage::Distribution, "distribution"},
        {Stage::UseDevice, "use_device"},
        {Stage::UseDigital, "use_digital"},
        {Stage::EndOfLife, "end_of_life"},
};

} // namespace

std::string_view stageKey(Stage stage)
{
    for (const StageKey &k : kKeys) {
        if (k.stage == stage)
            return k.key;
    }
    return {};
}

std::optional<Stage> stageFromKey(std::string_view key)
{
    for (const StageKey &k : kKeys) {
        if (k.key == key)
            return k.stage;
    }
    return std::nullopt;
}

} // namespace lca
