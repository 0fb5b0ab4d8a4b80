// carbonlabel-factordb CSV OUT.sqlite VERSION
// Build-time tool: checks the factor CSV and builds the read-only factor database from it.

#include "core/factors/factorcsv.h"
#include "core/factors/factordatabase.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

struct Tool
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::FactorDbTool)
};

void printError(const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4 || args.at(3).trimmed().isEmpty()) {
        printError(Tool::tr("usage: carbonlabel-factordb FACTORS.csv OUT.sqlite DATASET_VERSION"));
        return 2;
    }
    const QString csvPath = args.at(1);
    const QString outPath = args.at(2);
    const QString version = args.at(3).trimmed();

    const carbonlabel::FactorCsv::Result csv = carbonlabel::FactorCsv::readFile(csvPath);
    for (const carbonlabel::FactorCsv::Error &error : csv.errors) {
        // FILE:LINE: column "x": message, the form compilers use, so editors can jump to it.
        QString where = QDir::toNativeSeparators(error.file);
        if (error.line > 0)
            where += u':' + QString::number(error.line);
        QString text = where + QStringLiteral(": ");
        if (!error.column.isEmpty())
            text += Tool::tr("column \"%1\": ").arg(error.column);
        printError(text + error.message);
    }
    if (!csv.ok())
        return 2;

    const QString error = carbonlabel::FactorDatabase::build(csv.factors, outPath, version);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    std::printf("%s\n",
                qUtf8Printable(Tool::tr("factors: %1 rows, dataset %2 -> %3")
                                       .arg(csv.factors.size())
                                       .arg(version, QDir::toNativeSeparators(outPath))));
    return 0;
}
