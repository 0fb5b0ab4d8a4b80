#pragma once

class QApplication;

namespace carbonlabel {

// The window's look beyond the platform style: the big total, quiet notes, and the red
// outline of a field with a problem (from its "severity" property).
class AppStyle
{
public:
    static void apply(QApplication &app);
};

} // namespace carbonlabel
