#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `footprint PROFILE [--json] [--db FILE]`
int runFootprintCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
