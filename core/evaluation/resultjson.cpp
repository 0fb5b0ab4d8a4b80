#include "core/evaluation/resultjson.h"

#include "core/evaluation/profileevaluator.h"

#include <cmath>

namespace carbonlabel {

Json ResultJson::productJson(const Profile &profile)
{
    const ProductInfo &p = profile.product;
    Json product{{"id", p.id.toStdString()},
                 {"name", Json{{"en", p.name.en.toStdString()}, {"zh", p.name.zh.toStdString()}}},
                 {"category", p.category.toStdString()},
                 {"lifetime_years", p.lifetimeYears.value}};
    if (p.massKg)
        product["mass_kg"] = p.massKg->value;
    if (!p.functionalUnit.isEmpty()) {
        product["functional_unit"] = Json{{"en", p.functionalUnit.en.toStdString()},
                                          {"zh", p.functionalUnit.zh.toStdString()}};
    }
    return product;
}

Json ResultJson::benchmarkJson(const Evaluation &e)
{
    if (!e.benchmark)
        return nullptr;
    const BenchmarkComparison &c = *e.benchmark;
    const PeerBenchmark &b = PeerBenchmark::shipped();
    const auto measure = [](const PeerStatistics &s) {
        return Json{{"n", s.n},           {"p5", s.p5},   {"p10", s.p10},
                    {"median", s.median}, {"p90", s.p90}, {"p95", s.p95}};
    };
    // Percentiles to 0.1: a rank among a few hundred sheets says no more.
    const auto tenth = [](double v) { return std::round(v * 10.0) / 10.0; };
    return Json{{"group", c.group->id.toStdString()},
                {"source", b.source().toStdString()},
                {"commit", b.commit().toStdString()},
                {"licence", b.licence().toStdString()},
                {"n", c.group->total.n},
                {"total", measure(c.group->total)},
                {"manufacturing", measure(c.group->manufacturing)},
                {"percentile_total", tenth(c.percentileTotal)},
                {"percentile_manufacturing", tenth(c.percentileManufacturing)}};
}

Json ResultJson::toJson(const Evaluation &e)
{
    const lca::FootprintResult &r = e.result;
    Json stages = Json::object();
    for (lca::Stage s : lca::kAllStages)
        stages[std::string(lca::stageKey(s))] = r.stage(s);

    Json contributions = Json::array();
    for (const lca::Contribution &c : r.contributions) {
        const Factor *f = e.built.factorFor(c.factor);
        Json o{{"path", c.path},
               {"stage", std::string(lca::stageKey(c.stage))},
               {"factor", f ? f->id.toStdString() : std::string()},
               {"kg_co2e", c.kgCo2e}};
        if (c.credit)
            o["credit"] = true;
        if (!f) {
            // A model line without a database factor (SWD, whose constants are built in): the
            // factor names the model, and "model" says that it is one.
            for (const lca::SwdLine &line : e.built.inventory.swdLines) {
                if (line.path == c.path) {
                    const std::string model(lca::SwdModel::versionName(line.options.version));
                    o["factor"] = model;
                    o["model"] = model;
                }
            }
        }
        contributions.push_back(std::move(o));
    }

    Json factors = Json::array();
    for (const Factor &f : e.built.factors) {
        Json o{{"id", f.id.toStdString()},
               {"value", f.value},
               {"unit", f.unit.toStdString()},
               {"source", f.source.toStdString()},
               {"dataset_version", f.datasetVersion.toStdString()}};
        if (f.unit.contains(QLatin1String("CO2/")))
            o["co2_only"] = true;
        factors.push_back(std::move(o));
    }

    Json warnings = Json::array();
    for (const Diagnostic &d : e.diagnostics) {
        if (!d.isError())
            warnings.push_back(
                    (d.path.isEmpty() ? d.message : d.path + QStringLiteral(": ") + d.message)
                            .toStdString());
    }

    Json root{{"format", "carbonlabel-result"},
              {"version", 1},
              {"product", e.profile ? productJson(*e.profile) : Json::object()},
              {"total_kg_co2e", r.total()},
              {"stages", std::move(stages)},
              {"eol_credits_kg_co2e", r.endOfLifeCreditsKg},
              {"offsets_kg_co2e", r.offsetsKg},
              {"carbon_neutral", r.carbonNeutral},
              {"contributions", std::move(contributions)},
              {"factors", std::move(factors)},
              {"warnings", std::move(warnings)},
              {"benchmark", benchmarkJson(e)},
              {"dataset_version", e.datasetVersion.toStdString()},
              {"product_mass_kg", r.productMassKg},
              {"packaging_mass_kg", r.packagingMassKg}};
    return root;
}

} // namespace carbonlabel
