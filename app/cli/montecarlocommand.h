#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `montecarlo PROFILE [--samples N] [--seed S] [--threads N] [--json] [--db FILE]`
// (docs/uncertainty.md). --json prints the result object of `footprint --json` with
// "samples", "seed", "total", "sensitivity" added and each "stages" entry an object of
// "mean", "median", "p5", "p95" and "deterministic".
int runMonteCarloCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
