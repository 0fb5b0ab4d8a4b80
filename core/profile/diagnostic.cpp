#include "core/profile/diagnostic.h"

#include <QCoreApplication>
#include <algorithm>

namespace carbonlabel {

QString Diagnostic::toString() const
{
    QString where = path;
    if (line > 0) {
        const QString position = QCoreApplication::translate("Diagnostic", "line %1, column %2")
                                         .arg(line)
                                         .arg(column);
        where = where.isEmpty() ? position : where + QLatin1Char(' ') + position;
    }
    const QString text = severity == Severity::Warning
            ? QCoreApplication::translate("Diagnostic", "warning: %1").arg(message)
            : message;
    return where.isEmpty() ? text : where + QStringLiteral(": ") + text;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

} // namespace carbonlabel
