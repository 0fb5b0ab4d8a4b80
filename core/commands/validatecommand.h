#pragma once

#include "core/commands/command.h"

namespace carbonlabel {

// `validate PROFILE [--db FILE]`: errors and warnings, one per line, `FILE: PATH: message`.
int runValidateCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
