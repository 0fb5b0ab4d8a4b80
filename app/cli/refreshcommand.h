#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `refresh PROFILE [--horizon H] [--cycles a..b] [--embodied-rate r] [--energy-rate r]
// [--grid-rate r] [--old-annual-kwh X] [--json] [--db FILE]` (docs/uncertainty.md).
int runRefreshCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
