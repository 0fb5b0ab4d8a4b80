#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `where PROFILE [--grids ID,ID,...] [--json]` (docs/digital-services.md): the profile's
// data-centre and AI parts on each grid, ranked, with the saving against the profile's own grid.
int runWhereCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
