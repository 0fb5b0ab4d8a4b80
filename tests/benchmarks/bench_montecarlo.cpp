// Monte Carlo over a 50-input profile (goal: 10,000 samples in under 10 ms on all cores), the
// same on one thread for comparison, and a full refresh-cycle analysis.

#include "lca/montecarlo.h"
#include "lca/refreshcycleanalysis.h"

#include <QtTest>

class BenchMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandSamplesFiftyInputs();
    void tenThousandSamplesOneThread();
    void tenThousandSamplesFiftyUncertainFactors();
    void tenThousandSamplesFactorsAndQuantities();
    void refreshAnalysis();
};

namespace {

// 50 materials lines whose quantities carry distributions, lognormal, triangular and uniform in
// turn, over five fixed factors, as a bill of materials with every quantity estimated would be.
// With `factorsVary`, each line has its own factor, lognormal with a GSD of 1.25 (about what
// the pedigree scores of a literature factor give), as every shipped factor now is; without
// `quantitiesVary` the quantities are fixed, as in the shipped examples (50 inputs), with it
// 100 inputs.
lca::Inventory fiftyInputs(bool factorsVary = false, bool quantitiesVary = true)
{
    lca::Inventory inv;
    int factors[50];
    for (int f = 0; f < (factorsVary ? 50 : 5); ++f) {
        factors[f] = inv.addFactor("factor_" + std::to_string(f),
                                   factorsVary ? lca::UncertainValue{1.0 + 0.1 * f,
                                                                     lca::Distribution::Lognormal,
                                                                     0.0, 0.0, 1.25}
                                               : lca::UncertainValue::fixed(1.0 + f),
                                   false);
    }
    for (int i = 0; i < 50; ++i) {
        const double v = 0.1 + 0.05 * i;
        lca::UncertainValue q = lca::UncertainValue::fixed(v);
        switch (quantitiesVary ? i % 3 : -1) {
        case 0:
            q = lca::UncertainValue{v, lca::Distribution::Lognormal, 0.0, 0.0, 1.2 + 0.01 * i};
            break;
        case 1:
            q = lca::UncertainValue{v, lca::Distribution::Triangular, 0.8 * v, 1.5 * v, 1.0};
            break;
        case 2:
            q = lca::UncertainValue{v, lca::Distribution::Uniform, 0.9 * v, 1.1 * v, 1.0};
            break;
        default:
            break;
        }
        lca::ProductLine line;
        line.path = "materials[" + std::to_string(i) + "]";
        line.factor = factors[factorsVary ? i : i % 5];
        line.terms = {lca::Term{inv.addParameter(line.path + ".quantity", q)}};
        line.massRole = lca::ProductLine::MassRole::Product;
        line.massQuantity = line.terms[0].param;
        line.massKgPerUnit = 1.0;
        inv.lines.push_back(std::move(line));
    }
    return inv;
}

void runMonteCarlo(int threads, bool factorsVary = false, bool quantitiesVary = true)
{
    const lca::Inventory inv = fiftyInputs(factorsVary, quantitiesVary);
    lca::MonteCarloOptions options;
    options.threads = threads;
    double sink = 0.0;
    QBENCHMARK {
        const lca::MonteCarloResult r = lca::MonteCarlo::run(inv, options);
        sink += r.total.mean;
        options.seed += 1; // a different sample each time, so nothing is reused
    }
    QVERIFY(sink > 0.0);
}

} // namespace

void BenchMonteCarlo::tenThousandSamplesFiftyInputs()
{
    runMonteCarlo(0);
}

void BenchMonteCarlo::tenThousandSamplesOneThread()
{
    runMonteCarlo(1);
}

void BenchMonteCarlo::tenThousandSamplesFiftyUncertainFactors()
{
    runMonteCarlo(0, true, false);
}

void BenchMonteCarlo::tenThousandSamplesFactorsAndQuantities()
{
    runMonteCarlo(0, true, true);
}

void BenchMonteCarlo::refreshAnalysis()
{
    // The largest the CLI allows: 50 years, cycles 1..50, all three rates and the payback.
    lca::RefreshCycleInputs in;
    in.horizonYears = 50;
    in.minCycleYears = 1;
    in.maxCycleYears = 50;
    in.embodiedRate = -0.02;
    in.energyRate = -0.05;
    in.gridRate = -0.03;
    in.embodiedKg = 250.0;
    in.annualEnergyKwh = 30.0;
    in.gridKgPerKwh = 0.4;
    in.replaceNow = lca::ReplaceNowInputs{80.0, 250.0, 30.0};
    int sink = 0;
    QBENCHMARK {
        const auto r = lca::RefreshCycleAnalysis::run(in);
        sink += r ? r->bestCycleYears : 0;
        in.embodiedKg += 1e-9;
    }
    QVERIFY(sink > 0);
}

QTEST_APPLESS_MAIN(BenchMonteCarlo)
#include "bench_montecarlo.moc"
