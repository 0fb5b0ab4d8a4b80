#pragma once

#include "core/render/labeloptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace carbonlabel {

class FactorDatabase;

// Labels for several profiles, one PDF each, named as `carbonlabel-cli batch` names them:
// DIR/<profile name without .clprofile.json>-<kind>.pdf, a name already taken getting -2, -3...
// The window's batch export runs one profile at a time through this, so it can show progress
// and stop between two files.
class LabelBatch
{
    Q_DECLARE_TR_FUNCTIONS(LabelBatch)

public:
    static QStringList outputNames(const QStringList &profiles, const QString &dir,
                                   const LabelOptions &options);
    // Evaluates `profile` and writes its label to `outFile`; false and every error, each
    // naming the profile, in `message`. `warnings`, when given, gets LabelRenderer's warnings
    // about a label that was written, each as "FILE: warning: message".
    static bool makeOne(const QString &profile, const QString &outFile, const LabelOptions &options,
                        const FactorDatabase &database, QString *message,
                        QStringList *warnings = nullptr);
};

} // namespace carbonlabel
