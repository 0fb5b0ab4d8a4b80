#pragma once

class QApplication;
class QString;
class QWidget;

namespace carbonlabel {

// The window's look beyond the platform style: the big total, quiet notes, and the red
// outline of a field with a problem (from its "severity" property).
class AppStyle
{
public:
    static void apply(QApplication &app);
    // Outlines `field` in red with `message` as its tooltip, or clears both when the message
    // is empty. The style sheet reads the property, so the widget is polished again.
    static void markProblem(QWidget *field, const QString &message);
};

} // namespace carbonlabel
