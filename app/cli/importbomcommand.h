#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `import-bom CSV [-o PROFILE] [--id ID] [--name-en N] [--name-zh N] [--lifetime Y] [--mass KG]`
int runImportBomCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
