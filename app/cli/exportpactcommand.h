#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `export-pact PROFILE -o OUT.json [--spec 3.0|2.3] [--id UUID] [pact field options]`
int runExportPactCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
