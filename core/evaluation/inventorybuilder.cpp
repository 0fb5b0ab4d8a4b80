#include "core/evaluation/inventorybuilder.h"

#include "core/evaluation/factorqualityrules.h"
#include "core/evaluation/numberfactorkind.h"
#include "core/factors/factorcsv.h"
#include "core/factors/factordatabase.h"
#include "core/profile/fieldnames.h"
#include "lca/units.h"

#include <QHash>

namespace carbonlabel {

const Factor *BuiltInventory::factorFor(int inventoryFactor) const
{
    if (inventoryFactor < 0 || inventoryFactor >= factors.size())
        return nullptr;
    return &factors[inventoryFactor];
}

namespace {

using lca::Dimension;
using lca::ParamIndex;
using lca::ProductLine;
using lca::Stage;
using lca::Term;

QString knownUnits()
{
    return QStringLiteral("g, kg, t, Wh, kWh, MWh, mm2, cm2, m2, MB, GB, TB, km, tkm, h, piece");
}

// Said to a window user and a command-line user alike, so it names both ways to search.
QString unknownFactor(const QString &id)
{
    return InventoryBuilder::tr("unknown factor id \"%1\"; search the emission factors for one "
                                "(the Emission factors panel, or carbonlabel-cli factors search "
                                "WORDS)")
            .arg(id);
}

class Builder
{
public:
    Builder(const FactorDatabase &db, BuiltInventory &out)
        : m_db(db)
        , m_out(out)
        , m_inv(out.inventory)
    { }

    void error(const QString &path, const QString &message)
    {
        m_out.diagnostics.append(Diagnostic{Diagnostic::Severity::Error, path, message});
    }
    void warning(const QString &path, const QString &message)
    {
        m_out.diagnostics.append(Diagnostic{Diagnostic::Severity::Warning, path, message});
    }

    ParamIndex param(const QString &path, const UncertainValue &v)
    {
        return m_inv.addParameter(path.toStdString(), v);
    }
    ParamIndex param(const QString &path, const std::optional<UncertainValue> &v)
    {
        return v ? param(path, *v) : lca::kNoParam;
    }

    // Looks a factor up and checks that it is an emission factor whose denominator measures
    // `dimension`. Returns its inventory index, or -1 after reporting why not.
    int factor(const QString &id, const QString &path, Dimension dimension, const QString &expected,
               lca::FactorUnit *unitOut = nullptr)
    {
        if (id.isEmpty())
            return -1; // the reader has already reported the missing id
        const auto f = m_db.factor(id);
        if (!f) {
            error(path, unknownFactor(id));
            return -1;
        }
        const auto emission = lca::parseEmissionUnit(f->unit.toStdString());
        if (!emission) {
            error(path,
                  InventoryBuilder::tr("factor \"%1\" (%2) is not an emission factor; expected %3")
                          .arg(id, f->unit, expected));
            return -1;
        }
        if (emission->denominator.dimension != dimension) {
            error(path,
                  InventoryBuilder::tr("factor \"%1\" is in %2; expected %3")
                          .arg(id, f->unit, expected));
            return -1;
        }
        const lca::FactorUnit *unit = &emission->factor;
        if (unitOut)
            *unitOut = *unit;
        const bool known = m_inv.findFactor(id.toStdString()) >= 0;
        const int index = m_inv.addFactor(
                id.toStdString(), lca::UncertainValue::fixed(f->value * unit->numeratorToKg),
                unit->co2Only);
        m_usePaths[index].append(path);
        if (!known) {
            m_out.factors.append(*f);
            if (unit->co2Only) {
                warning(path,
                        InventoryBuilder::tr("%1 counts CO2 only (%3, factor \"%2\"); other "
                                             "greenhouse gases are not included")
                                .arg(f->name(FieldNames::language()), id, f->unit));
            }
        }
        return index;
    }

    // A line that states its own data quality has its own draw of the factor: an input with
    // the factor's value, named by the line ("materials[2].factor"), whose GSD follows from the
    // line's scores as given.
    lca::ParamIndex ownDraw(int factor, const QString &path, const lca::PedigreeScores &scores)
    {
        const lca::FactorInput &input = m_inv.factors[std::size_t(factor)];
        const double value = m_inv.parameters[std::size_t(input.value)].value.value;
        const BuiltInventory::FactorQuality q
                = FactorQualityRules::forLine(m_out.factors.at(factor), scores);
        m_out.lineQuality.insert(path, q);
        return m_inv.addParameter(path.toStdString() + ".factor",
                                  FactorQualityRules::varying(value, q.gsd));
    }

    int gridFactor(const QString &id, const QString &path)
    {
        return factor(id, path, Dimension::Energy,
                      InventoryBuilder::tr("a grid factor in kgCO2e/kWh"));
    }

    void addLines(const QList<MaterialLine> &lines, const QString &section,
                  ProductLine::MassRole role)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const MaterialLine &m = lines[i];
            const QString path = QStringLiteral("%1[%2]").arg(section).arg(i);
            const auto unit = lca::findUnit(m.unit.toStdString());
            if (!m.unit.isEmpty() && !unit) {
                error(path + QStringLiteral(".unit"),
                      InventoryBuilder::tr("unknown unit \"%1\"; expected one of %2")
                              .arg(m.unit, knownUnits()));
                continue;
            }
            const auto f = m_db.factor(m.factor);
            const auto fu = f ? lca::parseFactorUnit(f->unit.toStdString()) : std::nullopt;
            const auto denominator = fu ? lca::findUnit(fu->denominator) : std::nullopt;
            const int index = factor(
                    m.factor, path + QStringLiteral(".factor"),
                    denominator ? denominator->dimension : Dimension::Mass,
                    InventoryBuilder::tr("an emission factor in kgCO2e per unit of quantity"));
            if (index < 0 || !unit)
                continue;

            const auto scale = lca::conversionFactor(unit->symbol, fu->denominator);
            if (!scale) {
                error(path + QStringLiteral(".unit"),
                      InventoryBuilder::tr(
                              "unit \"%1\" does not convert to %2, the unit of factor \"%3\" (%4)")
                              .arg(m.unit, QString::fromStdString(fu->denominator), m.factor,
                                   f->unit));
                continue;
            }
            ProductLine line;
            line.path = path.toStdString();
            line.stage = Stage::MaterialsManufacturing;
            line.factor = index;
            if (const auto own = FactorCsv::parsePedigree(m.pedigree); own && own->isScored())
                line.ownFactorValue = ownDraw(index, path, *own);
            line.constant = *scale;
            const ParamIndex quantity = param(path + QStringLiteral(".quantity"), m.quantity);
            line.terms = {Term{quantity}};
            line.appliesYieldLoss = role == ProductLine::MassRole::Product;
            if (unit->dimension == Dimension::Mass) {
                line.massRole = role;
                line.massQuantity = quantity;
                line.massKgPerUnit = unit->toBase;
            }
            m_inv.lines.push_back(std::move(line));
        }
    }

    void addEnergyLine(const QString &path, Stage stage, int factor, double constant,
                       std::vector<Term> terms)
    {
        if (factor < 0)
            return;
        ProductLine line;
        line.path = path.toStdString();
        line.stage = stage;
        line.factor = factor;
        line.constant = constant;
        line.terms = std::move(terms);
        m_inv.lines.push_back(std::move(line));
    }

    void build(const Profile &p)
    {
        const ParamIndex lifetime
                = param(QStringLiteral("product.lifetime_years"), p.product.lifetimeYears);
        m_inv.productMassKg = param(QStringLiteral("product.mass_kg"), p.product.massKg);

        addLines(p.materials, QStringLiteral("materials"), ProductLine::MassRole::Product);
        if (p.manufacturing) {
            const Manufacturing &m = *p.manufacturing;
            m_inv.yieldLoss = param(QStringLiteral("manufacturing.yield_loss"), m.yieldLoss);
            if (m.assemblyEnergyKwh) {
                const ParamIndex energy = param(QStringLiteral("manufacturing.assembly_energy_kwh"),
                                                *m.assemblyEnergyKwh);
                const int grid = gridFactor(m.grid, QStringLiteral("manufacturing.grid"));
                addEnergyLine(QStringLiteral("manufacturing"), Stage::MaterialsManufacturing, grid,
                              1.0, {Term{energy}});
            }
        }
        addLines(p.packaging, QStringLiteral("packaging"), ProductLine::MassRole::Packaging);

        for (qsizetype i = 0; i < p.distribution.size(); ++i) {
            const DistributionLeg &leg = p.distribution[i];
            const QString path = QStringLiteral("distribution[%1]").arg(i);
            const int f = factor(leg.mode, path + QStringLiteral(".mode"), Dimension::TransportWork,
                                 InventoryBuilder::tr("a transport factor in kgCO2e/tkm"));
            if (f < 0)
                continue;
            m_inv.legs.push_back(lca::TransportLeg{
                    path.toStdString(), param(path + QStringLiteral(".mass_kg"), leg.massKg),
                    param(path + QStringLiteral(".distance_km"), leg.distanceKm), f});
        }

        if (p.use) {
            const UsePhase &u = *p.use;
            const int grid = gridFactor(u.grid, QStringLiteral("use.grid"));
            if (u.annualEnergyKwh) {
                const ParamIndex annual
                        = param(QStringLiteral("use.annual_energy_kwh"), *u.annualEnergyKwh);
                addEnergyLine(QStringLiteral("use"), Stage::UseDevice, grid, 1.0,
                              {Term{annual}, Term{lifetime}});
                if (!u.modes.isEmpty())
                    warning(QStringLiteral("use.modes"),
                            InventoryBuilder::tr("ignored: annual_energy_kwh is given"));
            } else {
                for (qsizetype i = 0; i < u.modes.size(); ++i) {
                    const UseMode &mode = u.modes[i];
                    const QString path = QStringLiteral("use.modes[%1]").arg(i);
                    // W x h/day x days/year / 1000 = kWh per year
                    addEnergyLine(
                            path, Stage::UseDevice, grid, 1.0 / 1000.0,
                            {Term{param(path + QStringLiteral(".power_w"), mode.powerW)},
                             Term{param(path + QStringLiteral(".hours_per_day"), mode.hoursPerDay)},
                             Term{param(path + QStringLiteral(".days_per_year"), mode.daysPerYear)},
                             Term{lifetime}});
                }
            }
        }

        if (p.digitalService)
            buildDigitalService(*p.digitalService, lifetime, p.use.has_value());

        if (p.endOfLife) {
            for (qsizetype i = 0; i < p.endOfLife->routes.size(); ++i) {
                const EndOfLifeRoute &r = p.endOfLife->routes[i];
                const QString path = QStringLiteral("end_of_life.routes[%1]").arg(i);
                const int f = factor(r.factor, path + QStringLiteral(".factor"), Dimension::Mass,
                                     InventoryBuilder::tr("an end-of-life factor in kgCO2e/kg"));
                if (f < 0)
                    continue;
                m_inv.endOfLifeRoutes.push_back(lca::EndOfLifeRoute{
                        path.toStdString(), param(path + QStringLiteral(".share"), r.share), f});
            }
            if (!p.product.massKg && p.materials.isEmpty() && !p.endOfLife->routes.isEmpty()) {
                warning(QStringLiteral("end_of_life"),
                        InventoryBuilder::tr(
                                "the product mass is unknown (no product.mass_kg and no materials "
                                "in mass units), so end of life counts as zero"));
            }
        }

        if (p.offsets) {
            m_inv.offsetsKg = param(QStringLiteral("offsets.kg_co2e"), p.offsets->kgCo2e);
            m_inv.offsetsCertified = !p.offsets->standard.trimmed().isEmpty()
                    && !p.offsets->certificate.trimmed().isEmpty();
        }
    }

    void buildDigitalService(const DigitalService &s, ParamIndex lifetime, bool hasDeviceUse)
    {
        const QString base = QStringLiteral("digital_service");
        if (s.network)
            buildNetwork(*s.network, base + QStringLiteral(".network"), lifetime,
                         !s.dataCenter && s.compute.isEmpty() && s.accelerators.isEmpty()
                                 && s.storage.isEmpty(),
                         hasDeviceUse);
        if (s.dataCenter) {
            const QString path = base + QStringLiteral(".data_center");
            const int grid = gridFactor(s.dataCenter->grid, path + QStringLiteral(".grid"));
            addEnergyLine(
                    path, Stage::UseDigital, grid, 1.0,
                    {Term{param(path + QStringLiteral(".kwh_per_year"), s.dataCenter->kwhPerYear)},
                     Term{param(path + QStringLiteral(".pue"), s.dataCenter->pue)},
                     Term{lifetime}});
        }
        if (s.ai) {
            const AiUse &ai = *s.ai;
            const QString path = base + QStringLiteral(".ai");
            const int grid = gridFactor(ai.grid, path + QStringLiteral(".grid"));
            const ParamIndex queries
                    = param(path + QStringLiteral(".queries_per_year"), ai.queriesPerYear);
            // queries x Wh/query / 1000 x PUE x years
            addEnergyLine(path, Stage::UseDigital, grid, 1.0 / 1000.0,
                          {Term{queries},
                           Term{param(path + QStringLiteral(".wh_per_query"), ai.whPerQuery)},
                           Term{param(path + QStringLiteral(".pue"), ai.pue)}, Term{lifetime}});
            if (ai.trainingMwh && ai.trainingAmortisedOverQueries) {
                const int trainingGrid
                        = gridFactor(ai.trainingGrid, path + QStringLiteral(".training_grid"));
                // queries x MWh x 1000 / amortised queries x years: this service's share of
                // training
                addEnergyLine(path + QStringLiteral(".training"), Stage::UseDigital, trainingGrid,
                              1000.0,
                              {Term{queries},
                               Term{param(path + QStringLiteral(".training_mwh"), *ai.trainingMwh)},
                               Term{param(path + QStringLiteral(".training_amortised_over_queries"),
                                          *ai.trainingAmortisedOverQueries),
                                    -1},
                               Term{lifetime}});
            }
        }
        for (qsizetype i = 0; i < s.compute.size(); ++i)
            buildCompute(s.compute[i], QStringLiteral("%1.compute[%2]").arg(base).arg(i), lifetime);
        for (qsizetype i = 0; i < s.accelerators.size(); ++i)
            buildAccelerator(s.accelerators[i],
                             QStringLiteral("%1.accelerators[%2]").arg(base).arg(i), lifetime);
        for (qsizetype i = 0; i < s.storage.size(); ++i)
            buildStorage(s.storage[i], QStringLiteral("%1.storage[%2]").arg(base).arg(i), lifetime);
    }

    // vCPUs x (min + u x (max - min)) W x hours / 1000 x PUE x years x grid (CCF)
    void buildCompute(const ComputeUse &c, const QString &path, ParamIndex lifetime)
    {
        bool ok = true;
        const ParamIndex vcpus = param(path + QStringLiteral(".vcpus"), c.vcpus);
        const ParamIndex hours = param(path + QStringLiteral(".hours_per_year"), c.hoursPerYear);
        const ParamIndex u
                = resolve(c.utilisation, path, "utilisation", NumberFactorKind::utilisation(), ok);
        const ParamIndex minW = resolve(c.minW, path, "min_w", NumberFactorKind::watts(), ok);
        const ParamIndex maxW = resolve(c.maxW, path, "max_w", NumberFactorKind::watts(), ok);
        const ParamIndex pue = resolve(c.pue, path, "pue", NumberFactorKind::pue(), ok);
        const int grid = gridFactor(c.grid, path + QStringLiteral(".grid"));
        if (!ok || grid < 0 || !lowBelowHigh(c.minW, c.maxW, minW, maxW, path, "min_w", "max_w"))
            return;
        addEnergyLine(
                path, Stage::UseDigital, grid, 1.0 / 1000.0,
                {Term{vcpus}, Term{hours}, Term{u, 1, minW, maxW}, Term{pue}, Term{lifetime}});
    }

    // Rated power: count x W x u x hours / 1000 x PUE x years x grid (Green Algorithms);
    // idle and max: count x (idle + u x (max - idle)) W x hours / 1000 x PUE x years x grid (CCF).
    void buildAccelerator(const AcceleratorUse &a, const QString &path, ParamIndex lifetime)
    {
        bool ok = true;
        const ParamIndex count = param(path + QStringLiteral(".count"), a.count);
        const bool rated = a.powerW.isSet();
        const ParamIndex power = rated
                ? resolve(a.powerW, path, "power_w", NumberFactorKind::watts(), ok)
                : lca::kNoParam;
        const ParamIndex idle = rated
                ? lca::kNoParam
                : resolve(a.idleW, path, "idle_w", NumberFactorKind::watts(), ok);
        const ParamIndex maxW = rated
                ? lca::kNoParam
                : resolve(a.maxW, path, "max_w", NumberFactorKind::watts(), ok);
        const ParamIndex hours = param(path + QStringLiteral(".hours_per_year"), a.hoursPerYear);
        const ParamIndex u
                = resolve(a.utilisation, path, "utilisation", NumberFactorKind::utilisation(), ok);
        const ParamIndex pue = resolve(a.pue, path, "pue", NumberFactorKind::pue(), ok);
        const int grid = gridFactor(a.grid, path + QStringLiteral(".grid"));
        if (!ok || grid < 0
            || (!rated && !lowBelowHigh(a.idleW, a.maxW, idle, maxW, path, "idle_w", "max_w")))
            return;
        if (rated) {
            addEnergyLine(
                    path, Stage::UseDigital, grid, 1.0 / 1000.0,
                    {Term{count}, Term{power}, Term{u}, Term{hours}, Term{pue}, Term{lifetime}});
        } else {
            addEnergyLine(
                    path, Stage::UseDigital, grid, 1.0 / 1000.0,
                    {Term{count}, Term{u, 1, idle, maxW}, Term{hours}, Term{pue}, Term{lifetime}});
        }
    }

    // TB x hours x Wh/TB-h x replication / 1000 x PUE x years x grid (CCF)
    void buildStorage(const StorageUse &st, const QString &path, ParamIndex lifetime)
    {
        bool ok = true;
        const ParamIndex tb = param(path + QStringLiteral(".tb"), st.tb);
        const ParamIndex hours = param(path + QStringLiteral(".hours_per_year"), st.hoursPerYear);
        const ParamIndex energy
                = resolve(st.whPerTbH, path, "wh_per_tb_h", NumberFactorKind::storageEnergy(), ok);
        const ParamIndex replication = st.replication.isSet()
                ? resolve(st.replication, path, "replication", NumberFactorKind::replication(), ok)
                : lca::kNoParam;
        const ParamIndex pue = resolve(st.pue, path, "pue", NumberFactorKind::pue(), ok);
        const int grid = gridFactor(st.grid, path + QStringLiteral(".grid"));
        if (!ok || grid < 0)
            return;
        std::vector<Term> terms{Term{tb}, Term{hours}, Term{energy}, Term{pue}, Term{lifetime}};
        if (replication != lca::kNoParam)
            terms.push_back(Term{replication}); // absent: one copy
        addEnergyLine(path, Stage::UseDigital, grid, 1.0 / 1000.0, std::move(terms));
    }

    // The parameter of "key" (a number) or "key_factor" (a factor id); clears `ok` when missing
    // or wrong, which the reader or numberFactor has reported.
    ParamIndex resolve(const NumberOrFactor &v, const QString &path, const char *key,
                       const NumberFactorKind &kind, bool &ok)
    {
        const QString field = path + QLatin1Char('.') + QLatin1String(key);
        ParamIndex index = lca::kNoParam;
        if (v.number)
            index = param(field, *v.number);
        else if (!v.factor.isEmpty())
            index = numberFactor(v.factor, field + QStringLiteral("_factor"), kind);
        ok = ok && index != lca::kNoParam;
        return index;
    }

    // Idle (or min) power must not exceed max; two plain numbers the reader has checked already.
    bool lowBelowHigh(const NumberOrFactor &lowInput, const NumberOrFactor &highInput,
                      ParamIndex low, ParamIndex high, const QString &path, const char *lowKey,
                      const char *highKey)
    {
        if (lowInput.number && highInput.number)
            return true;
        const double lo = m_inv.parameters[static_cast<std::size_t>(low)].value.value;
        const double hi = m_inv.parameters[static_cast<std::size_t>(high)].value.value;
        if (lo <= hi)
            return true;
        error(path + QLatin1Char('.') + QLatin1String(highKey)
                      + (highInput.factor.isEmpty() ? QString() : QStringLiteral("_factor")),
              InventoryBuilder::tr("expected at least %1 (%2 W), found %3 W")
                      .arg(QLatin1String(lowKey))
                      .arg(lo)
                      .arg(hi));
        return false;
    }

    void buildNetwork(const NetworkUse &n, const QString &path, ParamIndex lifetime,
                      bool noServerSide, bool hasDeviceUse)
    {
        if (n.model.isEmpty() || n.model == QLatin1String("energy")) {
            if (!n.kwhPerGb)
                return; // the reader has reported it
            const int grid = gridFactor(n.grid, path + QStringLiteral(".grid"));
            // GB/year x kWh/GB x years x kgCO2e/kWh
            addEnergyLine(path, Stage::UseDigital, grid, 1.0,
                          {Term{param(path + QStringLiteral(".gb_per_year"), n.gbPerYear)},
                           Term{param(path + QStringLiteral(".kwh_per_gb"), *n.kwhPerGb)},
                           Term{lifetime}});
            return;
        }
        const auto version = lca::SwdModel::parseVersion(n.model.toStdString());
        if (!version)
            return; // the reader has reported it
        lca::SwdLine line;
        line.path = path.toStdString();
        line.options.version = *version;
        line.options.green = n.green;
        line.options.greenHostingFactor = n.greenHostingFactor;
        if (const auto problem = lca::SwdModel::validate(
                    n.gbPerYear.value * lca::SwdModel::kBytesPerGigabyte, line.options, false)) {
            const bool factor = problem->field == lca::SwdField::GreenHostingFactor;
            error(path
                          + (factor ? QStringLiteral(".green_hosting_factor")
                                    : QStringLiteral(".gb_per_year")),
                  problem->kind == lca::SwdErrorKind::NotApplicable
                          ? InventoryBuilder::tr("applies only to the model swd-v4")
                          : InventoryBuilder::tr(
                                    "not accepted by the Sustainable Web Design model: %1")
                                    .arg(QString::fromStdString(problem->message)));
            return;
        }
        line.gbPerYear = param(path + QStringLiteral(".gb_per_year"), n.gbPerYear);
        line.lifetime = lifetime;
        m_inv.swdLines.push_back(std::move(line));
        // SWD's total is the whole chain per GB, so other parts may describe the same energy.
        if (!noServerSide) {
            warning(path + QStringLiteral(".model"),
                    InventoryBuilder::tr(
                            "the %1 total already includes the data centre's energy and embodied "
                            "emissions; data_center, compute, accelerators and storage are added "
                            "to it, so make sure they describe other servers")
                            .arg(n.model));
        }
        if (hasDeviceUse) {
            warning(path + QStringLiteral(".model"),
                    InventoryBuilder::tr(
                            "the %1 total already includes the user device's energy and embodied "
                            "emissions; the use section adds the device again")
                            .arg(n.model));
        }
    }

    // A factor used as a plain number rather than as an emission factor (watts, a PUE, a
    // utilisation, Wh/TB-h). Added once as the parameter "factors.<id>", so Monte Carlo varies
    // it and every line using it moves together. Returns kNoParam after reporting why not.
    ParamIndex numberFactor(const QString &id, const QString &path, const NumberFactorKind &kind)
    {
        const auto f = m_db.factor(id);
        if (!f) {
            error(path, unknownFactor(id));
            return lca::kNoParam;
        }
        if (f->unit != kind.unit) {
            error(path,
                  InventoryBuilder::tr("factor \"%1\" is in %2; expected %3")
                          .arg(id, f->unit, kind.expected));
            return lca::kNoParam;
        }
        if (f->value < kind.min || f->value > kind.max) {
            error(path,
                  InventoryBuilder::tr("factor \"%1\" has the value %2; expected %3")
                          .arg(id)
                          .arg(f->value)
                          .arg(kind.expected));
            return lca::kNoParam;
        }
        const bool known = m_inv.findFactor(id.toStdString()) >= 0;
        const int index
                = m_inv.addFactor(id.toStdString(), lca::UncertainValue::fixed(f->value), false);
        m_usePaths[index].append(path);
        if (!known) {
            m_out.factors.append(*f);
            if (!kind.categories.contains(f->category)) {
                warning(path,
                        InventoryBuilder::tr(
                                "factor \"%1\" is in the category %2, not %3; check that it is %4")
                                .arg(id, f->category, kind.categories.join(QStringLiteral(" or ")),
                                     kind.expected));
            }
        }
        return m_inv.factors[static_cast<std::size_t>(index)].value;
    }

    // Every factor becomes lognormal around its value with the GSD of its basic uncertainty
    // and its pedigree scores, once all its uses are known (docs/uncertainty.md).
    void applyDataQuality(const Profile &profile)
    {
        const QString factoryRegion
                = regionOf(profile.manufacturing ? profile.manufacturing->grid : QString());
        const QString useRegion = regionOf(profile.use ? profile.use->grid : QString());
        for (qsizetype i = 0; i < m_out.factors.size(); ++i) {
            const BuiltInventory::FactorQuality q = FactorQualityRules::forProfile(
                    m_out.factors.at(i), profile, m_usePaths.value(int(i)), factoryRegion,
                    useRegion);
            lca::UncertainValue &v
                    = m_inv.parameters[std::size_t(m_inv.factors[std::size_t(i)].value)].value;
            v = FactorQualityRules::varying(v.value, q.gsd);
            m_out.quality.append(q);
        }
    }

private:
    // The grids were looked up when their lines were built; no second query.
    QString regionOf(const QString &gridId) const
    {
        const int index = gridId.isEmpty() ? -1 : m_inv.findFactor(gridId.toStdString());
        return index >= 0 ? m_out.factors.at(index).region : QString();
    }

    const FactorDatabase &m_db;
    BuiltInventory &m_out;
    lca::Inventory &m_inv;
    QHash<int, QStringList> m_usePaths; // inventory factor -> the paths that use it
};

} // namespace

BuiltInventory InventoryBuilder::build(const Profile &profile, const FactorDatabase &database)
{
    BuiltInventory out;
    Builder builder(database, out);
    builder.build(profile);
    builder.applyDataQuality(profile);
    return out;
}

} // namespace carbonlabel
