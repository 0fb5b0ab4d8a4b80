#include "core/render/labelbatch.h"

#include "core/evaluation/profileevaluator.h"
#include "core/render/labelrenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace carbonlabel {

QStringList LabelBatch::outputNames(const QStringList &profiles, const QString &dir,
                                    const LabelOptions &options)
{
    QStringList names;
    QSet<QString> taken;
    for (const QString &profile : profiles) {
        QString stem = QFileInfo(profile).fileName();
        for (const char *suffix : {".clprofile.json", ".json"}) {
            if (stem.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
                stem.chop(qstrlen(suffix));
                break;
            }
        }
        const QString base = stem + QLatin1Char('-') + LabelOptions::kindName(options.kind);
        QString name = base;
        for (int n = 2; taken.contains(name); ++n)
            name = base + QLatin1Char('-') + QString::number(n);
        taken.insert(name);
        names << QDir(dir).filePath(name + QStringLiteral(".pdf"));
    }
    return names;
}

bool LabelBatch::makeOne(const QString &profile, const QString &outFile,
                         const LabelOptions &options, const FactorDatabase &database,
                         QString *message, QStringList *warnings)
{
    const Evaluation evaluation = ProfileEvaluator::evaluateFile(profile, database);
    if (!evaluation.ok()) {
        QStringList lines;
        for (const Diagnostic &d : evaluation.diagnostics) {
            if (d.isError())
                lines << profile + QStringLiteral(": ") + d.toString();
        }
        if (message)
            *message = lines.join(QLatin1Char('\n'));
        return false;
    }
    QString error;
    QStringList rendered;
    if (!LabelRenderer::renderToFile(evaluation, options, outFile, &error,
                                     warnings ? &rendered : nullptr)) {
        if (message)
            *message = profile + QStringLiteral(": ") + error;
        return false;
    }
    // "FILE: warning: message", as a profile's own warnings read (Diagnostic's message).
    for (const QString &warning : std::as_const(rendered))
        *warnings << profile + QStringLiteral(": ")
                        + QCoreApplication::translate("Diagnostic", "warning: %1").arg(warning);
    return true;
}

} // namespace carbonlabel
