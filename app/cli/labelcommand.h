#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `label PROFILE -o OUT.pdf [--kind badge|sheet|refresh] [--lang en|zh|both] [--size WxH]
//  [--date YYYY-MM-DD] [--db FILE] [--user-db FILE]`
int runLabelCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
