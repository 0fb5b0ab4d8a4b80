#include "core/inventorybuilder.h"

#include "core/factordatabase.h"
#include "lca/units.h"

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

class Builder
{
public:
    Builder(const FactorDatabase &db, BuiltInventory &out)
        : m_db(db)
        , m_out(out)
        , m_inv(out.inventory)
    {
    }

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
    int factor(const QString &id, const QString &path, Dimension dimension,
            const QString &expected, lca::FactorUnit *unitOut = nullptr)
    {
        if (id.isEmpty())
            return -1; // the reader has already reported the missing id
        const auto f = m_db.factor(id);
        if (!f) {
            error(path, InventoryBuilder::tr("unknown factor id \"%1\"; find one with: carbonlabel-cli factors search WORDS")
                                .arg(id));
            return -1;
        }
        const auto unit = lca::parseFactorUnit(f->unit.toStdString());
        const auto denominator = unit ? lca::findUnit(unit->denominator) : std::nullopt;
        if (!unit || !denominator) {
            error(path, InventoryBuilder::tr("factor \"%1\" (%2) is not an emission factor; expected %3")
                                .arg(id, f->unit, expected));
            return -1;
        }
        if (denominator->dimension != dimension) {
            error(path, InventoryBuilder::tr("factor \"%1\" is in %2; expected %3").arg(id, f->unit, expected));
            return -1;
        }
        if (unitOut)
            *unitOut = *unit;
        const bool known = m_inv.findFactor(id.toStdString()) >= 0;
        const lca::UncertainValue value = f->uncertaintyGsd > 1.0
                ? lca::UncertainValue{f->value * unit->numeratorToKg, lca::Distribution::Lognormal,
                        0.0, 0.0, f->uncertaintyGsd}
                : lca::UncertainValue::fixed(f->value * unit->numeratorToKg);
        const int index = m_inv.addFactor(id.toStdString(), value, unit->co2Only);
        if (!known) {
            m_out.factors.append(*f);
            if (unit->co2Only) {
                warning(path, InventoryBuilder::tr("factor \"%1\" counts CO2 only (%2); other greenhouse gases are not included")
                                      .arg(id, f->unit));
            }
        }
        return index;
    }

    int gridFactor(const QString &id, const QString &path)
    {
        return factor(id, path, Dimension::Energy, InventoryBuilder::tr("a grid factor in kgCO2e/kWh"));
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
                        InventoryBuilder::tr("unknown unit \"%1\"; expected one of %2").arg(m.unit, knownUnits()));
                continue;
            }
            const auto f = m_db.factor(m.factor);
            const auto fu = f ? lca::parseFactorUnit(f->unit.toStdString()) : std::nullopt;
            const auto denominator = fu ? lca::findUnit(fu->denominator) : std::nullopt;
            const int index = factor(m.factor, path + QStringLiteral(".factor"),
                    denominator ? denominator->dimension : Dimension::Mass,
                    InventoryBuilder::tr("an emission factor in kgCO2e per unit of quantity"));
            if (index < 0 || !unit)
                continue;
            const auto scale = lca::conversionFactor(unit->symbol, fu->denominator);
            if (!scale) {
                error(path + QStringLiteral(".unit"),
                        InventoryBuilder::tr("unit \"%1\" does not convert to %2, the unit of factor \"%3\" (%4)")
                                .arg(m.unit, QString::fromStdString(fu->denominator), m.factor, f->unit));
                continue;
            }
            ProductLine line;
            line.path = path.toStdString();
            line.stage = Stage::MaterialsManufacturing;
            line.factor = index;
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
        const ParamIndex lifetime = param(QStringLiteral("product.lifetime_years"), p.product.lifetimeYears);
        m_inv.productMassKg = param(QStringLiteral("product.mass_kg"), p.product.massKg);

        addLines(p.materials, QStringLiteral("materials"), ProductLine::MassRole::Product);
        if (p.manufacturing) {
            const Manufacturing &m = *p.manufacturing;
            m_inv.yieldLoss = param(QStringLiteral("manufacturing.yield_loss"), m.yieldLoss);
            if (m.assemblyEnergyKwh) {
                const ParamIndex energy = param(QStringLiteral("manufacturing.assembly_energy_kwh"), *m.assemblyEnergyKwh);
                const int grid = gridFactor(m.grid, QStringLiteral("manufacturing.grid"));
                addEnergyLine(QStringLiteral("manufacturing"), Stage::MaterialsManufacturing, grid, 1.0, {Term{energy}});
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
            m_inv.legs.push_back(lca::TransportLeg{path.toStdString(),
                    param(path + QStringLiteral(".mass_kg"), leg.massKg),
                    param(path + QStringLiteral(".distance_km"), leg.distanceKm), f});
        }

        if (p.use) {
            const UsePhase &u = *p.use;
            const int grid = gridFactor(u.grid, QStringLiteral("use.grid"));
            if (u.annualEnergyKwh) {
                const ParamIndex annual = param(QStringLiteral("use.annual_energy_kwh"), *u.annualEnergyKwh);
                addEnergyLine(QStringLiteral("use"), Stage::UseDevice, grid, 1.0, {Term{annual}, Term{lifetime}});
                if (!u.modes.isEmpty())
                    warning(QStringLiteral("use.modes"), InventoryBuilder::tr("ignored: annual_energy_kwh is given"));
            } else {
                for (qsizetype i = 0; i < u.modes.size(); ++i) {
                    const UseMode &mode = u.modes[i];
                    const QString path = QStringLiteral("use.modes[%1]").arg(i);
                    // W x h/day x days/year / 1000 = kWh per year
                    addEnergyLine(path, Stage::UseDevice, grid, 1.0 / 1000.0,
                            {Term{param(path + QStringLiteral(".power_w"), mode.powerW)},
                                    Term{param(path + QStringLiteral(".hours_per_day"), mode.hoursPerDay)},
                                    Term{param(path + QStringLiteral(".days_per_year"), mode.daysPerYear)},
                                    Term{lifetime}});
                }
            }
        }

        if (p.digitalService)
            buildDigitalService(*p.digitalService, lifetime);

        if (p.endOfLife) {
            for (qsizetype i = 0; i < p.endOfLife->routes.size(); ++i) {
                const EndOfLifeRoute &r = p.endOfLife->routes[i];
                const QString path = QStringLiteral("end_of_life.routes[%1]").arg(i);
                const int f = factor(r.factor, path + QStringLiteral(".factor"), Dimension::Mass,
                        InventoryBuilder::tr("an end-of-life factor in kgCO2e/kg"));
                if (f < 0)
                    continue;
                m_inv.endOfLifeRoutes.push_back(lca::EndOfLifeRoute{path.toStdString(),
                        param(path + QStringLiteral(".share"), r.share), f});
            }
            if (!p.product.massKg && p.materials.isEmpty() && !p.endOfLife->routes.isEmpty()) {
                warning(QStringLiteral("end_of_life"),
                        InventoryBuilder::tr("the product mass is unknown (no product.mass_kg and no materials in mass units), so end of life counts as zero"));
            }
        }

        if (p.offsets) {
            m_inv.offsetsKg = param(QStringLiteral("offsets.kg_co2e"), p.offsets->kgCo2e);
            m_inv.offsetsCertified = !p.offsets->standard.trimmed().isEmpty()
                    && !p.offsets->certificate.trimmed().isEmpty();
        }
    }

    void buildDigitalService(const DigitalService &s, ParamIndex lifetime)
    {
        const QString base = QStringLiteral("digital_service");
        if (s.network) {
            const NetworkUse &n = *s.network;
            const QString path = base + QStringLiteral(".network");
            if (!n.model.isEmpty() && n.model != QLatin1String("energy")) {
                error(path + QStringLiteral(".model"),
                        InventoryBuilder::tr("the network model \"%1\" is not available in this version; use kwh_per_gb and grid")
                                .arg(n.model));
            } else if (n.kwhPerGb) {
                const int grid = gridFactor(n.grid, path + QStringLiteral(".grid"));
                // GB/year x kWh/GB x years x kgCO2e/kWh
                addEnergyLine(path, Stage::UseDigital, grid, 1.0,
                        {Term{param(path + QStringLiteral(".gb_per_year"), n.gbPerYear)},
                                Term{param(path + QStringLiteral(".kwh_per_gb"), *n.kwhPerGb)},
                                Term{lifetime}});
            }
        }
        if (s.dataCenter) {
            const QString path = base + QStringLiteral(".data_center");
            const int grid = gridFactor(s.dataCenter->grid, path + QStringLiteral(".grid"));
            addEnergyLine(path, Stage::UseDigital, grid, 1.0,
                    {Term{param(path + QStringLiteral(".kwh_per_year"), s.dataCenter->kwhPerYear)},
                            Term{param(path + QStringLiteral(".pue"), s.dataCenter->pue)},
                            Term{lifetime}});
        }
        if (s.ai) {
            const AiUse &ai = *s.ai;
            const QString path = base + QStringLiteral(".ai");
            const int grid = gridFactor(ai.grid, path + QStringLiteral(".grid"));
            const ParamIndex queries = param(path + QStringLiteral(".queries_per_year"), ai.queriesPerYear);
            // queries x Wh/query / 1000 x PUE x years
            addEnergyLine(path, Stage::UseDigital, grid, 1.0 / 1000.0,
                    {Term{queries}, Term{param(path + QStringLiteral(".wh_per_query"), ai.whPerQuery)},
                            Term{param(path + QStringLiteral(".pue"), ai.pue)}, Term{lifetime}});
            if (ai.trainingMwh && ai.trainingAmortisedOverQueries) {
                const int trainingGrid = gridFactor(ai.trainingGrid, path + QStringLiteral(".training_grid"));
                // queries x MWh x 1000 / amortised queries x years: this service's share of training
                addEnergyLine(path + QStringLiteral(".training"), Stage::UseDigital, trainingGrid, 1000.0,
                        {Term{queries}, Term{param(path + QStringLiteral(".training_mwh"), *ai.trainingMwh)},
                                Term{param(path + QStringLiteral(".training_amortised_over_queries"),
                                             *ai.trainingAmortisedOverQueries),
                                        -1},
                                Term{lifetime}});
            }
        }
    }

private:
    const FactorDatabase &m_db;
    BuiltInventory &m_out;
    lca::Inventory &m_inv;
};

} // namespace

BuiltInventory InventoryBuilder::build(const Profile &profile, const FactorDatabase &database)
{
    BuiltInventory out;
    Builder(database, out).build(profile);
    return out;
}

} // namespace carbonlabel
