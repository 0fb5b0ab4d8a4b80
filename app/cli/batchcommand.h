#pragma once

#include "app/cli/command.h"

namespace carbonlabel {

// `batch PROFILE... -o DIR [--kind badge|sheet] [--lang en|zh|both] [--size WxH]
//  [--date YYYY-MM-DD] [--jobs N] [--db FILE] [--user-db FILE]`: one PDF per profile, named
// after it (mouse.clprofile.json -> DIR/mouse-badge.pdf), made on all cores.
int runBatchCommand(const QStringList &arguments, CommandIo &io);

} // namespace carbonlabel
