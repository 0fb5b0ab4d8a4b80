#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `carbonlabel-cli die --area MM2 --node NODE [--fab-grid ID] [--abatement 95|97|99]
// [--yield Y] [--packages N] [--json]` (docs/cli.md): the embodied carbon of a logic die by
// ACT's per-area model (lca/logicdiemodel.h), each input a factor of the database.
int runDieCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
