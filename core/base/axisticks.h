#pragma once

#include <QList>

namespace carbonlabel {

// Round ticks for a chart axis: a step of 1, 2 or 5 × 10^n, and bounds that are multiples of
// the step enclosing the data, so every tick reads as a round number ("0, 100, 200", never
// "75.1"). The window's charts set their QValueAxis from it.
struct AxisTicks
{
    double min = 0.0; // the first tick, at or below the data's lowest value
    double max = 1.0; // the last tick, at or above the data's highest value
    double step = 1.0;
    int decimals = 0; // what a tick needs to print exactly: 0 for a step of 1 or more

    // The ticks from min to max.
    QList<double> values() const;

    // The smallest round step that covers `lo`..`hi` in at most `maxIntervals` steps, and no
    // smaller than `minStep` (1 for whole years or counts). An empty range (hi <= lo) is
    // widened to one unit above lo.
    static AxisTicks nice(double lo, double hi, int maxIntervals = 5, double minStep = 0.0);
};

} // namespace carbonlabel
