#include "app/cli/exportpactcommand.h"

#include "app/cli/commandpreamble.h"
#include "app/cli/commandsupport.h"
#include "core/base/savefile.h"
#include "core/evaluation/pactexporter.h"
#include "core/evaluation/profileevaluator.h"

#include <QUuid>

#include <cmath>

namespace carbonlabel {

namespace {

class ExportPactCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportPactCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io)
    {
        CommandPreamble preamble(io,
                                 tr("Write a profile's cradle-to-gate footprint as a WBCSD "
                                    "PACT ProductFootprint (JSON)."));
        preamble.requireOutput(tr("Write to FILE."), tr("FILE"), tr("-o OUT.json is required"));
        const QCommandLineOption spec(
                QStringLiteral("spec"),
                tr("PACT Technical Specifications version: 3.0 (default) or 2.3."), tr("VERSION"),
                QStringLiteral("3.0"));
        const QCommandLineOption id(QStringLiteral("id"),
                                    tr("Use UUID as the footprint id instead of a random one."),
                                    tr("UUID"));
        const QCommandLineOption company(QStringLiteral("company-name"),
                                         tr("The reporting company's name."), tr("NAME"));
        const QCommandLineOption companyId(QStringLiteral("company-id"),
                                           tr("A company id (URN); repeat for more."), tr("URN"));
        const QCommandLineOption productId(QStringLiteral("product-id"),
                                           tr("A product id (URN); repeat for more."), tr("URN"));
        const QCommandLineOption cpc(QStringLiteral("cpc"), tr("The UN CPC code of the product."),
                                     tr("CODE"));
        const QCommandLineOption start(QStringLiteral("reference-period-start"),
                                       tr("Start of the reference period (ISO 8601)."), tr("DATE"));
        const QCommandLineOption end(QStringLiteral("reference-period-end"),
                                     tr("End of the reference period (ISO 8601)."), tr("DATE"));
        const QCommandLineOption country(QStringLiteral("country"),
                                         tr("ISO 3166-1 alpha-2 country of the footprint."),
                                         tr("CODE"));
        const QCommandLineOption fossil(QStringLiteral("fossil-carbon-content"),
                                        tr("Fossil carbon in one product, kg C."), tr("KG"));
        const QCommandLineOption biogenic(QStringLiteral("biogenic-carbon-content"),
                                          tr("Biogenic carbon in one product, kg C."), tr("KG"));
        const QCommandLineOption ipcc(
                QStringLiteral("ipcc"),
                tr("IPCC assessment report(s) whose GWPs the factors use, e.g. AR5; repeat for "
                   "more."),
                tr("AR"));
        QCommandLineParser &parser = preamble.parser();
        parser.addOptions({spec, id, company, companyId, productId, cpc, start, end, country,
                           fossil, biogenic, ipcc});
        int code = ExitOk;
        if (!preamble.parse(arguments, &code))
            return code;
        PactOptions options;
        options.specVersion = parser.value(spec);
        if (PactExporter::normalizedSpecVersion(options.specVersion).isEmpty()) {
            return preamble.fail(
                    QStringLiteral("--spec: ")
                    + tr("unknown PACT version \"%1\"; use 3.0 or 2.3").arg(options.specVersion));
        }
        if (parser.isSet(id)) {
            const QUuid uuid(parser.value(id));
            if (uuid.isNull() || uuid.version() != QUuid::Random)
                return preamble.fail(QStringLiteral("--id: ") + tr("must be a UUID v4"));
            options.id = uuid.toString(QUuid::WithoutBraces);
        }
        PactFields cli;
        cli.companyName = parser.value(company);
        cli.companyIds = parser.values(companyId);
        cli.productIds = parser.values(productId);
        cli.ipccCharacterizationFactors = parser.values(ipcc);
        cli.productCategoryCpc = parser.value(cpc);
        cli.referencePeriodStart = parser.value(start);
        cli.referencePeriodEnd = parser.value(end);
        cli.geographyCountry = parser.value(country);
        for (const auto &[option, target] : {std::pair{&fossil, &cli.fossilCarbonContentKgC},
                                             std::pair{&biogenic, &cli.biogenicCarbonContentKgC}}) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            const double v = parser.value(*option).toDouble(&ok);
            if (!ok || !std::isfinite(v) || v < 0.0) {
                return preamble.fail(QStringLiteral("--%1: %2")
                                             .arg(option->names().constFirst(),
                                                  tr("must be a number, zero or more")));
            }
            *target = v;
        }

        const auto loaded = preamble.evaluate();
        if (!loaded)
            return ExitBadInput;
        const Evaluation &e = *loaded;
        Diagnostics diagnostics;
        options.fields = PactFields::fromProfile(*e.profile, &diagnostics);
        options.fields.overrideWith(cli);
        const PactExporter::Result r = PactExporter::exportFootprint(e, options);
        diagnostics.append(r.diagnostics);
        if (hasErrors(diagnostics)) {
            CommandSupport::printErrors(io, preamble.file(), diagnostics);
            return ExitBadInput;
        }
        QString error;
        if (!SaveFile::write(preamble.output(),
                             QByteArray::fromStdString(r.footprint.dump(2)) + '\n', &error)) {
            return preamble.fail(error);
        }
        return ExitOk;
    }
};

} // namespace

int runExportPactCommand(const QStringList &arguments, CommandIo &io)
{
    return ExportPactCommand::run(arguments, io);
}

} // namespace carbonlabel
