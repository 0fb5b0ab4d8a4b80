#pragma once

#include <QList>
#include <QString>

namespace carbonlabel {

// A problem found in an input, as a value: where it is (JSON path, or line and column when the
// JSON itself is broken) and what was expected, already translated.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path; // "materials[2].unit"; empty for the document as a whole
    QString message;
    int line = 0; // 1-based; 0 when not known
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
    // "materials[2].unit: must be one of ..." or "line 3, column 7: ..." as the CLI prints it.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace carbonlabel
