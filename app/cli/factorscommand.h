#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `factors search QUERY [--json]`, `factors show ID [--json]`, `factors import CSV`,
// `factors export CSV`.
int runFactorsCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
