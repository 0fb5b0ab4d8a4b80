#include "core/evaluation/pactexporter.h"

#include "core/evaluation/dataqualitysummary.h"
#include "core/evaluation/profileevaluator.h"
#include "lca/units.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace carbonlabel {

namespace {

// The product's mass: mass_kg, or else the materials' sum when every line is a mass (a line in
// Wh, cm2 or pieces says nothing of its weight); 0 when neither.
double productMassKg(const Profile &p)
{
    if (p.product.massKg)
        return p.product.massKg->value;
    double sum = 0.0;
    for (const MaterialLine &line : p.materials) {
        const std::optional<double> toKg = lca::conversionFactor(line.unit.toStdString(), "kg");
        if (!toKg)
            return 0.0;
        sum += line.quantity.value * *toKg;
    }
    return sum;
}

Diagnostic error(const QString &path, const QString &message)
{
    Diagnostic d;
    d.path = path;
    d.message = message;
    return d;
}

QString text(const Json &v)
{
    return QString::fromStdString(v.get<std::string>());
}

// "2024-01-01" or "2024-01-01T00:00:00Z" (or with an offset) -> "2024-01-01T00:00:00Z".
QString utcDateTime(const QString &value)
{
    QDateTime t = QDateTime::fromString(value, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            return {};
        t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (t.timeSpec() == Qt::LocalTime && !value.contains(QLatin1Char('Z')))
        t.setTimeSpec(Qt::UTC); // no zone given: read as UTC, not as this machine's zone
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

// The stages a PACT footprint covers (PactExporter::cradleToGateKg).
const QList<lca::Stage> kCradleToGate{lca::Stage::MaterialsManufacturing, lca::Stage::Distribution};

bool inCradleToGate(const lca::Contribution &c)
{
    return !c.credit && kCradleToGate.contains(c.stage);
}

// The cradle-to-gate kg CO2e of the lines whose path passes `take`.
template<typename Take> double gateKgOf(const Evaluation &e, Take take)
{
    double kg = 0.0;
    for (const lca::Contribution &c : e.result.contributions) {
        if (inCradleToGate(c) && take(QString::fromStdString(c.path)))
            kg += c.kgCo2e;
    }
    return kg;
}

// The materials and packaging lines marked "data_source": "primary", by path.
QSet<QString> primaryLines(const Profile &p)
{
    QSet<QString> paths;
    for (const auto &[lines, name] : {std::pair{&p.materials, QStringLiteral("materials")},
                                      std::pair{&p.packaging, QStringLiteral("packaging")}}) {
        for (qsizetype i = 0; i < lines->size(); ++i) {
            if (lines->at(i).dataSource == u"primary")
                paths.insert(QStringLiteral("%1[%2]").arg(name).arg(i));
        }
    }
    return paths;
}

// "AR5" -> 5.
int arNumber(const QString &ar)
{
    return ar.mid(2).toInt();
}

bool isUrn(const QString &value)
{
    static const QRegularExpression urn(QStringLiteral("^[uU][rR][nN]:[^:]+:.+$"));
    return urn.match(value).hasMatch();
}

} // namespace

PactFields PactFields::fromProfile(const Profile &profile, Diagnostics *diagnostics)
{
    PactFields f;
    if (profile.pact.is_null())
        return f;
    const Json &pact = profile.pact;
    if (!pact.is_object()) {
        diagnostics->append(error(QStringLiteral("pact"), tr("must be an object")));
        return f;
    }
    auto string = [&](const char *key, QString *out) {
        if (!pact.contains(key))
            return;
        if (pact[key].is_string())
            *out = text(pact[key]);
        else
            diagnostics->append(
                    error(QStringLiteral("pact.") + QLatin1String(key), tr("must be a string")));
    };
    auto strings = [&](const char *key, QStringList *out) {
        if (!pact.contains(key))
            return;
        const Json &v = pact[key];
        bool ok = v.is_array();
        if (ok) {
            for (const Json &item : v) {
                if (!item.is_string()) {
                    ok = false;
                    break;
                }
                out->append(text(item));
            }
        }
        if (!ok) {
            out->clear();
            diagnostics->append(error(QStringLiteral("pact.") + QLatin1String(key),
                                      tr("must be a list of strings")));
        }
    };
    auto number = [&](const char *key, std::optional<double> *out) {
        if (!pact.contains(key))
            return;
        if (pact[key].is_number() && pact[key].get<double>() >= 0.0)
            *out = pact[key].get<double>();
        else
            diagnostics->append(error(QStringLiteral("pact.") + QLatin1String(key),
                                      tr("must be a number, zero or more")));
    };
    string("company_name", &f.companyName);
    strings("company_ids", &f.companyIds);
    strings("product_ids", &f.productIds);
    string("product_category_cpc", &f.productCategoryCpc);
    string("reference_period_start", &f.referencePeriodStart);
    string("reference_period_end", &f.referencePeriodEnd);
    string("geography_country", &f.geographyCountry);
    number("fossil_carbon_content_kg_c", &f.fossilCarbonContentKgC);
    number("biogenic_carbon_content_kg_c", &f.biogenicCarbonContentKgC);
    strings("ipcc_characterization_factors", &f.ipccCharacterizationFactors);
    return f;
}

void PactFields::overrideWith(const PactFields &o)
{
    auto take = [](QString *to, const QString &from) {
        if (!from.isEmpty())
            *to = from;
    };
    take(&companyName, o.companyName);
    if (!o.companyIds.isEmpty())
        companyIds = o.companyIds;
    if (!o.productIds.isEmpty())
        productIds = o.productIds;
    take(&productCategoryCpc, o.productCategoryCpc);
    take(&referencePeriodStart, o.referencePeriodStart);
    take(&referencePeriodEnd, o.referencePeriodEnd);
    take(&geographyCountry, o.geographyCountry);
    if (o.fossilCarbonContentKgC)
        fossilCarbonContentKgC = o.fossilCarbonContentKgC;
    if (o.biogenicCarbonContentKgC)
        biogenicCarbonContentKgC = o.biogenicCarbonContentKgC;
    if (!o.ipccCharacterizationFactors.isEmpty())
        ipccCharacterizationFactors = o.ipccCharacterizationFactors;
}

QString PactExporter::normalizedSpecVersion(const QString &version)
{
    static const QStringList v3{QStringLiteral("3"), QStringLiteral("3.0"),
                                QStringLiteral("3.0.0")};
    static const QStringList v23{QStringLiteral("2.3"), QStringLiteral("2.3.0")};
    if (v3.contains(version))
        return QStringLiteral("3.0.0");
    if (v23.contains(version))
        return QStringLiteral("2.3.0");
    return {};
}

double PactExporter::cradleToGateKg(const Evaluation &e)
{
    return e.result.stage(lca::Stage::MaterialsManufacturing)
            + e.result.stage(lca::Stage::Distribution);
}

double PactExporter::packagingKg(const Evaluation &e)
{
    return gateKgOf(
            e, [](const QString &path) { return path.startsWith(QLatin1String("packaging[")); });
}

double PactExporter::primaryDataSharePercent(const Evaluation &e)
{
    if (!e.profile)
        return 0.0;
    const double pcf = cradleToGateKg(e);
    if (pcf <= 0.0)
        return 0.0;
    const QSet<QString> primary = primaryLines(*e.profile);
    const double kg = gateKgOf(e, [&](const QString &path) { return primary.contains(path); });
    return std::clamp(kg / pcf * 100.0, 0.0, 100.0);
}

double PactExporter::dqrV23(double pedigreeScore)
{
    return std::clamp(1.0 + (pedigreeScore - 1.0) / 2.0, 1.0, 3.0);
}

QString PactExporter::decimal(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("0");
    // 12 decimals keep every digit the factor database carries, without binary noise.
    QString s = QString::number(value, 'f', 12);
    while (s.contains(QLatin1Char('.'))
           && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

PactExporter::Result PactExporter::exportFootprint(const Evaluation &e, const PactOptions &options)
{
    Result r;
    const QString spec = normalizedSpecVersion(options.specVersion);
    if (spec.isEmpty()) {
        r.diagnostics.append(
                error(QStringLiteral("--spec"),
                      tr("unknown PACT version \"%1\"; use 3.0 or 2.3").arg(options.specVersion)));
        return r;
    }
    if (!e.profile) {
        r.diagnostics.append(error({}, tr("the profile could not be read")));
        return r;
    }
    const bool v2 = spec.startsWith(QLatin1String("2."));
    const Profile &p = *e.profile;
    const PactFields &f = options.fields;
    auto missing = [&](const QString &path, const QString &pactName) {
        r.diagnostics.append(error(
                path,
                tr("missing; PACT requires %1 and CarbonLabel does not make it up").arg(pactName)));
    };

    if (f.companyName.isEmpty())
        missing(QStringLiteral("pact.company_name"), QStringLiteral("companyName"));
    if (f.companyIds.isEmpty())
        missing(QStringLiteral("pact.company_ids"), QStringLiteral("companyIds"));
    if (f.productIds.isEmpty())
        missing(QStringLiteral("pact.product_ids"), QStringLiteral("productIds"));
    for (const auto &[list, path] :
         {std::pair{&f.companyIds, QStringLiteral("pact.company_ids")},
          std::pair{&f.productIds, QStringLiteral("pact.product_ids")}}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (!isUrn(list->at(i)))
                r.diagnostics.append(
                        error(QStringLiteral("%1[%2]").arg(path).arg(i),
                              tr("\"%1\" is not a URN (urn:<namespace>:<id>)").arg(list->at(i))));
        }
        if (QSet<QString>(list->begin(), list->end()).size() != list->size())
            r.diagnostics.append(error(path, tr("must not repeat an identifier")));
    }
    if (v2 && f.productCategoryCpc.isEmpty())
        missing(QStringLiteral("pact.product_category_cpc"), QStringLiteral("productCategoryCpc"));
    const QString start = utcDateTime(f.referencePeriodStart);
    const QString end = utcDateTime(f.referencePeriodEnd);
    if (f.referencePeriodStart.isEmpty())
        missing(QStringLiteral("pact.reference_period_start"),
                QStringLiteral("referencePeriodStart"));
    else if (start.isEmpty())
        r.diagnostics.append(error(QStringLiteral("pact.reference_period_start"),
                                   tr("must be an ISO 8601 date or date-time")));
    if (f.referencePeriodEnd.isEmpty())
        missing(QStringLiteral("pact.reference_period_end"), QStringLiteral("referencePeriodEnd"));
    else if (end.isEmpty())
        r.diagnostics.append(error(QStringLiteral("pact.reference_period_end"),
                                   tr("must be an ISO 8601 date or date-time")));
    if (!start.isEmpty() && !end.isEmpty() && end <= start)
        r.diagnostics.append(
                error(QStringLiteral("pact.reference_period_end"), tr("must be after the start")));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!f.geographyCountry.isEmpty() && !country.match(f.geographyCountry).hasMatch())
        r.diagnostics.append(error(QStringLiteral("pact.geography_country"),
                                   tr("must be an ISO 3166-1 alpha-2 code such as CN")));
    if (!f.fossilCarbonContentKgC)
        missing(QStringLiteral("pact.fossil_carbon_content_kg_c"),
                QStringLiteral("fossilCarbonContent"));
    if (v2 && !f.biogenicCarbonContentKgC)
        missing(QStringLiteral("pact.biogenic_carbon_content_kg_c"),
                QStringLiteral("biogenicCarbonContent"));
    const double mass = productMassKg(p);
    if (mass <= 0.0)
        missing(QStringLiteral("product.mass_kg"), QStringLiteral("productMassPerDeclaredUnit"));
    // The shipped factors come from sources on different GWP sets (eGRID's CO2e uses AR5, for
    // one), so which ones a footprint uses is the analyst's statement, never a default.
    if (f.ipccCharacterizationFactors.isEmpty())
        missing(QStringLiteral("pact.ipcc_characterization_factors"),
                QStringLiteral("ipccCharacterizationFactors"));
    static const QRegularExpression ar(QStringLiteral("^AR\\d+$"));
    QSet<QString> seen;
    for (const QString &a : f.ipccCharacterizationFactors) {
        if (!ar.match(a).hasMatch())
            r.diagnostics.append(error(QStringLiteral("pact.ipcc_characterization_factors"),
                                       tr("\"%1\" is not of the form AR<number>").arg(a)));
        // Both schemas declare the list's items unique.
        else if (seen.contains(a))
            r.diagnostics.append(
                    error(QStringLiteral("pact.ipcc_characterization_factors"),
                          tr("\"%1\" is given twice; name each IPCC report once").arg(a)));
        // 2.3's characterizationFactors names one of these two (its schema's enum).
        else if (v2 && a != u"AR5" && a != u"AR6")
            r.diagnostics.append(
                    error(QStringLiteral("pact.ipcc_characterization_factors"),
                          tr("\"%1\" is not allowed with --spec 2.3, which takes only AR5 and AR6 "
                             "(--ipcc); PACT 3.0 takes any AR<number>")
                                  .arg(a)));
        seen.insert(a);
    }
    if (!r.ok())
        return r;

    const QString productName = p.product.name.text(QStringLiteral("en"));
    const double pcf = cradleToGateKg(e);
    const QString boundary = tr(
            "Cradle-to-gate: materials and components (with yield loss), assembly energy, "
            "packaging, "
            "and distribution to the customer's gate. The use phase and end of life are excluded.");
    QString comment
            = tr("Exported by CarbonLabel from profile \"%1\" with factor dataset %2. "
                 "Cradle-to-gate only "
                 "(materials and manufacturing %3 kg CO2e plus distribution %4 kg CO2e per piece). "
                 "The factors "
                 "give total CO2e without a fossil/biogenic split, so the total is reported as "
                 "fossil and "
                 "biogenic CO2 uptake as zero.")
                      .arg(p.product.id, e.datasetVersion,
                           decimal(e.result.stage(lca::Stage::MaterialsManufacturing)),
                           decimal(e.result.stage(lca::Stage::Distribution)));
    // Say which gate factors count CO2 alone: PACT has no field for it, and the total would
    // otherwise read as full CO2e.
    QStringList co2Only;
    for (const lca::Contribution &k : e.result.contributions) {
        if (k.stage != lca::Stage::MaterialsManufacturing && k.stage != lca::Stage::Distribution)
            continue;
        // The inventory already knows which factors count CO2 alone (InventoryBuilder).
        const Factor *factor = e.built.factorFor(k.factor);
        if (factor && e.built.inventory.factors[static_cast<std::size_t>(k.factor)].co2Only
            && !co2Only.contains(factor->id))
            co2Only.append(factor->id);
    }
    if (!co2Only.isEmpty())
        comment += QLatin1Char(' ')
                + tr("These factors count CO2 only, without the other greenhouse gases: %1.")
                          .arg(co2Only.join(QStringLiteral(", ")));
    const QStringList &ipcc = f.ipccCharacterizationFactors;
    auto toJson = [](const QStringList &list) {
        Json a = Json::array();
        for (const QString &s : list)
            a.push_back(s.toStdString());
        return a;
    };

    Json pf = Json::object();
    const QString id = options.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                            : options.id;
    pf["id"] = id.toStdString();
    pf["specVersion"] = spec.toStdString();
    if (v2)
        pf["version"] = 1;
    const QDateTime created
            = options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    pf["created"]
            = created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")).toStdString();
    pf["status"] = "Active";
    pf["companyName"] = f.companyName.toStdString();
    pf["companyIds"] = toJson(f.companyIds);
    const QString description = p.product.description.text(QStringLiteral("en"));
    pf["productDescription"] = (description.isEmpty() ? productName : description).toStdString();
    pf["productIds"] = toJson(f.productIds);
    if (v2)
        pf["productCategoryCpc"] = f.productCategoryCpc.toStdString();
    else if (!f.productCategoryCpc.isEmpty())
        pf["productClassifications"] = Json::array(
                {("urn:pact:productclassification:un-cpc:" + f.productCategoryCpc).toStdString()});
    pf["productNameCompany"] = productName.toStdString();
    pf["comment"] = comment.toStdString();

    Json c = Json::object();
    const QString fossilCarbon = decimal(*f.fossilCarbonContentKgC / (v2 ? mass : 1.0));
    if (v2) {
        // v2 has no "piece": the declared unit is the kilogram, and every amount is per kg.
        const QString perKg = decimal(pcf / mass);
        c["declaredUnit"] = "kilogram";
        c["unitaryProductAmount"] = decimal(mass).toStdString();
        c["productMassPerDeclaredUnit"] = "1";
        c["pCfExcludingBiogenic"] = perKg.toStdString();
        c["pCfIncludingBiogenic"] = perKg.toStdString();
        c["fossilGhgEmissions"] = perKg.toStdString();
        c["fossilCarbonContent"] = fossilCarbon.toStdString();
        c["biogenicCarbonContent"] = decimal(*f.biogenicCarbonContentKgC / mass).toStdString();
        // "In case several characterization factors are used, indicate the earliest" (2.3.3).
        c["characterizationFactors"] = std::ranges::min(ipcc, {}, [](const QString &a) {
                                           return arNumber(a);
                                       }).toStdString();
        c["ipccCharacterizationFactorsSources"] = toJson(ipcc);
        c["crossSectoralStandardsUsed"] = Json::array({"ISO Standard 14067"});
        c["crossSectoralStandards"] = Json::array({"ISO14067"});
    } else {
        const QString perPiece = decimal(pcf);
        c["declaredUnitOfMeasurement"] = "piece";
        c["declaredUnitAmount"] = "1";
        c["productMassPerDeclaredUnit"] = decimal(mass).toStdString();
        c["pcfExcludingBiogenicUptake"] = perPiece.toStdString();
        c["pcfIncludingBiogenicUptake"] = perPiece.toStdString();
        c["fossilGhgEmissions"] = perPiece.toStdString();
        c["fossilCarbonContent"] = fossilCarbon.toStdString();
        if (f.biogenicCarbonContentKgC)
            c["biogenicCarbonContent"] = decimal(*f.biogenicCarbonContentKgC).toStdString();
        c["ipccCharacterizationFactors"] = toJson(ipcc);
        c["crossSectoralStandards"] = Json::array({"ISO14067"});
    }
    c["referencePeriodStart"] = start.toStdString();
    c["referencePeriodEnd"] = end.toStdString();
    if (!f.geographyCountry.isEmpty())
        c["geographyCountry"] = f.geographyCountry.toStdString();
    c["boundaryProcessesDescription"] = boundary.toStdString();
    if (v2)
        c["exemptedEmissionsPercent"] = 0; // a number in 2.x, a decimal string in 3.0
    else
        c["exemptedEmissionsPercent"] = "0";
    c["exemptedEmissionsDescription"] = "";
    // Included only when the profile has packaging lines: a footprint without them cannot say
    // its packaging is counted.
    c["packagingEmissionsIncluded"] = !p.packaging.isEmpty();
    // Both schemas: the packaging's emissions per declared unit, which SHOULD be given when
    // packaging is included and MUST be absent when it is not.
    if (!p.packaging.isEmpty())
        c["packagingGhgEmissions"] = decimal(packagingKg(e) / (v2 ? mass : 1.0)).toStdString();
    c["secondaryEmissionFactorSources"] = Json::array({Json{
            {"name", "CarbonLabel factor database"}, {"version", e.datasetVersion.toStdString()}}});
    // The share of the PCF from lines measured for this product; a percentage in both (a
    // decimal string in 3.0, a number in 2.3).
    const double primaryShare = primaryDataSharePercent(e);
    if (v2)
        c["primaryDataShare"] = decimal(primaryShare).toDouble();
    else
        c["primaryDataShare"] = decimal(primaryShare).toStdString();
    // The pedigree scores, weighted by the cradle-to-gate contributions (docs/exchange.md).
    // Indices of DataQualitySummary::weighted: reliability, completeness, temporal,
    // geographical, further technological. Without any scored factor there is nothing to say.
    const DataQualitySummary quality = DataQualitySummary::of(e, kCradleToGate);
    if (quality.isScored()) {
        const std::array<double, 5> &w = quality.weighted;
        Json dqi = Json::object();
        if (v2) {
            // 2.3: every DQR 1..3, and the share of the PCF assessed.
            auto number = [](double v) { return decimal(v).toDouble(); };
            dqi["coveragePercent"] = number(std::clamp(quality.scoredShare * 100.0, 0.0, 100.0));
            dqi["technologicalDQR"] = number(dqrV23(w[4]));
            dqi["temporalDQR"] = number(dqrV23(w[2]));
            dqi["geographicalDQR"] = number(dqrV23(w[3]));
            dqi["completenessDQR"] = number(dqrV23(w[1]));
            dqi["reliabilityDQR"] = number(dqrV23(w[0]));
        } else {
            // 3.0: three DQRs, each 1..5 as the pedigree scores are.
            auto dqr = [](double v) { return decimal(std::clamp(v, 1.0, 5.0)).toStdString(); };
            dqi["technologicalDQR"] = dqr(w[4]);
            dqi["geographicalDQR"] = dqr(w[3]);
            dqi["temporalDQR"] = dqr(w[2]);
        }
        c["dqi"] = dqi;
    }
    pf["pcf"] = c;
    r.footprint = pf;
    return r;
}

} // namespace carbonlabel
