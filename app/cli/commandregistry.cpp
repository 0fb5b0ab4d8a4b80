#include "app/cli/commandregistry.h"

#include "app/cli/batchcommand.h"
#include "app/cli/diecommand.h"
#include "app/cli/exportpactcommand.h"
#include "app/cli/factorscommand.h"
#include "app/cli/footprintcommand.h"
#include "app/cli/importbomcommand.h"
#include "app/cli/labelcommand.h"
#include "app/cli/montecarlocommand.h"
#include "app/cli/refreshcommand.h"
#include "app/cli/swdcommand.h"
#include "app/cli/validatecommand.h"
#include "app/cli/wherecommand.h"

namespace carbonlabel {

const QList<CommandInfo> &allCommands()
{
    static const QList<CommandInfo> commands{
            {"footprint", QT_TRANSLATE_NOOP("Commands", "Compute a profile's carbon footprint"),
             runFootprintCommand, false},
            {"validate", QT_TRANSLATE_NOOP("Commands", "Check a profile and list its problems"),
             runValidateCommand, false},
            {"factors", QT_TRANSLATE_NOOP("Commands", "Search, show or import emission factors"),
             runFactorsCommand, false},
            {"swd",
             QT_TRANSLATE_NOOP("Commands", "Sustainable Web Design estimate for a data transfer"),
             runSwdCommand, false},
            {"where",
             QT_TRANSLATE_NOOP("Commands",
                               "Rank electricity grids for a profile's data-centre and AI parts"),
             runWhereCommand, false},
            {"montecarlo",
             QT_TRANSLATE_NOOP("Commands",
                               "Monte Carlo uncertainty and sensitivity of a footprint"),
             runMonteCarloCommand, false},
            {"refresh",
             QT_TRANSLATE_NOOP("Commands",
                               "Compare device refresh cycles and the replace-now payback"),
             runRefreshCommand, false},
            {"die",
             QT_TRANSLATE_NOOP("Commands",
                               "Embodied carbon of a logic die from its area, node and fab grid"),
             runDieCommand, false},
            {"label", QT_TRANSLATE_NOOP("Commands", "Print a carbon label or product sheet as PDF"),
             runLabelCommand, true},
            {"batch",
             QT_TRANSLATE_NOOP("Commands", "Print labels or sheets for many profiles at once"),
             runBatchCommand, true},
            {"export-pact",
             QT_TRANSLATE_NOOP(
                     "Commands",
                     "Export a cradle-to-gate footprint as a WBCSD PACT ProductFootprint"),
             runExportPactCommand, false},
            {"import-bom",
             QT_TRANSLATE_NOOP("Commands",
                               "Turn a bill of materials (CSV) into a profile skeleton"),
             runImportBomCommand, false},
    };
    return commands;
}

} // namespace carbonlabel
