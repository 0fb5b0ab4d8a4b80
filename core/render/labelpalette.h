#pragma once

#include "lca/stage.h"

#include <QColor>

#include <cstddef>

namespace carbonlabel {

// The colours of everything CarbonLabel prints (the badge, the product sheet, the refresh
// report) and of the stages on the screen, in one place so that the documents agree: one ink,
// one body text, one muted grey for secondary text and the second language.
class LabelPalette
{
public:
    // A calm, print-safe ramp from deep teal to warm grey, distinct in greyscale too.
    static QColor stage(lca::Stage stage);
    // An empty stage bar (nothing to show).
    static QColor emptyBar() { return QColor(0xe6, 0xe6, 0xe6); }

    static QColor ink() { return QColor(0x11, 0x11, 0x11); } // titles, figures, strong rules
    static QColor body() { return QColor(0x2b, 0x2b, 0x2b); } // running text
    static QColor muted() { return QColor(0x5a, 0x5a, 0x5a); } // secondary text, axis labels
    // Text in the first language of a label is body text; the second one is muted.
    static QColor language(bool first) { return first ? body() : muted(); }

    static QColor rule() { return QColor(0x99, 0x99, 0x99); } // the rule above a footer
    static QColor hairline() { return QColor(0xc8, 0xc8, 0xc8); } // page and table rules
    static QColor grid() { return QColor(0xe3, 0xe3, 0xe3); } // chart grid, row separators
    static QColor axis() { return QColor(0x44, 0x44, 0x44); }

    static QColor accent() { return QColor(0x1d, 0x4e, 0x5a); } // headings; the first stage's
    static QColor accentLight() { return QColor(0xaf, 0xc6, 0xca); }
    static QColor panel() { return QColor(0xf2, 0xf4, 0xf3); } // the sheet's summary box
    static QColor highlight() { return QColor(0xe9, 0xf2, 0xef); } // the best row of a table
    static QColor neutral() { return QColor(0x1f, 0x6b, 0x45); } // the carbon-neutral mark
    static QColor caution() { return QColor(0x8a, 0x4b, 0x08); } // a warning printed on the sheet

    // Ordered colours for chart series short to long (warm to cool), distinct in print and
    // greyscale; they repeat after the eleventh.
    static QColor series(std::size_t index);
};

} // namespace carbonlabel
