#pragma once

#include "app/cli/command.h"

#include <QList>

namespace carbonlabel {

// Every sub-command of carbonlabel-cli, in the order `--help` lists them.
const QList<CommandInfo> &allCommands();

} // namespace carbonlabel
