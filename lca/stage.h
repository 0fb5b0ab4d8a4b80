#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace lca {

// Lifecycle stages, in the order of every table and bar (docs/profile-format.md).
enum class Stage { MaterialsManufacturing, Distribution, UseDevice, UseDigital, EndOfLife };

inline constexpr int kStageCount = 5;
inline constexpr std::array<Stage, kStageCount> kAllStages{Stage::MaterialsManufacturing,
                                                           Stage::Distribution, Stage::UseDevice,
                                                           Stage::UseDigital, Stage::EndOfLife};

// The stable key used in JSON results (docs/cli.md), e.g. "materials_manufacturing".
std::string_view stageKey(Stage stage);
std::optional<Stage> stageFromKey(std::string_view key);

} // namespace lca
