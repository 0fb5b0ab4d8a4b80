#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `validate PROFILE [--db FILE]`: errors and warnings, one per line, `FILE: PATH: message`.
int runValidateCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
