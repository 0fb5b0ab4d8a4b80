#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `carbonlabel-cli swd --bytes N [options] --json` (docs/digital-services.md): the Sustainable Web
// Design estimate of a data transfer, with the keys of CO2.js's segmented result. `swd --cases FILE
// --json` evaluates one JSON object per line of FILE and prints one JSON line per case.
int runSwdCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
