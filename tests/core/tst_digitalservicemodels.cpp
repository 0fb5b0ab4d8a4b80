// The digital-service models of a profile (docs/digital-services.md): Sustainable Web Design
// for the network, compute by vCPU, accelerators, storage, and where to run them. Every
// expected value is worked by hand below from docs/profile-format.md, CCF's formulas and the factor
// values of resources/factors/factors.csv (quoted with their ids), not taken from the program.
#include "core/evaluation/profileevaluator.h"
#include "core/evaluation/resultjson.h"
#include "core/evaluation/whererunanalysis.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"
#include "core/profile/profilewriter.h"
#include "lca/footprintcalculator.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

namespace {

bool near(double a, double b)
{
    return qAbs(a - b) <= 1e-12 * qMax(1.0, qAbs(b));
}

QByteArray profileJson(const QByteArray &digitalService, double lifetime,
                       const QByteArray &extra = {})
{
    return QByteArray(R"({"format": "carbonlabel-profile", "version": 1,
        "product": {"id": "t", "name": {"en": "Test"}, "lifetime_years": )")
            + QByteArray::number(lifetime, 'g', 17) + "}" + extra + R"(, "digital_service": )"
            + digitalService + "}";
}

QString messagesAt(const Diagnostics &diagnostics, const QString &path, bool errors)
{
    QStringList found;
    for (const Diagnostic &d : diagnostics) {
        if (d.path == path && d.isError() == errors)
            found << d.message;
    }
    return found.join(QStringLiteral(" | "));
}

QString allDiagnostics(const Diagnostics &diagnostics)
{
    QStringList all;
    for (const Diagnostic &d : diagnostics)
        all << d.toString();
    return all.join(QLatin1Char('\n'));
}

} // namespace

class TestDigitalServiceModels : public QObject
{
    Q_OBJECT

    Evaluation evaluate(const QByteArray &digitalService, double lifetime = 1.0,
                        const QByteArray &extra = {})
    {
        const ProfileReader::Result read
                = ProfileReader::read(profileJson(digitalService, lifetime, extra));
        if (!read.profile) {
            Evaluation e;
            e.diagnostics = read.diagnostics;
            return e;
        }
        Evaluation e = ProfileEvaluator::evaluate(*read.profile, m_db);
        e.diagnostics = read.diagnostics + e.diagnostics;
        return e;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                           m_dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(m_db.errorString()));
    }

    void models_data()
    {
        QTest::addColumn<QByteArray>("service");
        QTest::addColumn<double>("lifetime");
        QTest::addColumn<double>("expected");

        // cloud_gcp_vcpu_min_w 0.68 W, cloud_gcp_vcpu_max_w 4.11 W, cloud_avg_cpu_utilization 0.5,
        // dc_pue_ccf_gcp 1.1, grid_se_emaps_2024 0.023 kgCO2e/kWh, 3 years:
        //  W per vCPU = 0.68 + 0.5 x (4.11 - 0.68) = 0.68 + 1.715 = 2.395; x 4 vCPUs = 9.58 W
        //  x 8760 h = 83,920.8 Wh = 83.9208 kWh; x 1.1 = 92.31288 kWh; x 0.023 = 2.12319624 kg
        //  x 3 years = 6.36958872 kg
        QTest::newRow("compute, factors")
                << QByteArray(R"({"compute": [{"vcpus": 4, "hours_per_year": 8760,
                        "utilisation_factor": "cloud_avg_cpu_utilization",
                        "min_w_factor": "cloud_gcp_vcpu_min_w", "max_w_factor": "cloud_gcp_vcpu_max_w",
                        "pue_factor": "dc_pue_ccf_gcp", "grid": "grid_se_emaps_2024"}]})")
                << 3.0 << 6.36958872;
        // 1 + 0.25 x (5 - 1) = 2 W x 2 vCPUs = 4 W x 100 h = 0.4 kWh x PUE 1.5 = 0.6 kWh
        //  x grid_fr_ember_2024 0.04418 = 0.026508 kg
        QTest::newRow("compute, numbers") << QByteArray(
                R"({"compute": [{"vcpus": 2, "hours_per_year": 100, "utilisation": 0.25,
                        "min_w": 1, "max_w": 5, "pue": 1.5, "grid": "grid_fr_ember_2024"}]})")
                                          << 1.0 << 0.026508;
        // Rated power: acc_nvidia_h100_sxm_tdp 700 W x 8 x utilisation 0.8 = 4,480 W x 1,000 h
        //  = 4,480 kWh x dc_pue_google_fleet_2023 1.1 = 4,928 kWh x grid_us_emaps_2024 0.409
        //  = 2,015.552 kg
        QTest::newRow("accelerators, rated power") << QByteArray(
                R"({"accelerators": [{"count": 8, "power_w_factor": "acc_nvidia_h100_sxm_tdp",
                        "hours_per_year": 1000, "utilisation": 0.8, "pue_factor": "dc_pue_google_fleet_2023",
                        "grid": "grid_us_emaps_2024"}]})")
                                                   << 1.0 << 2015.552;
        // Idle and max: acc_ccf_a100_idle_w 46 W, acc_ccf_a100_max_w 407 W, utilisation 0.6:
        //  46 + 0.6 x (407 - 46) = 46 + 216.6 = 262.6 W x 2 = 525.2 W x 500 h = 262.6 kWh
        //  x PUE 1.2 = 315.12 kWh x grid_ie_emaps_2024 0.352 = 110.92224 kg x 2 years = 221.84448
        //  kg
        QTest::newRow("accelerators, idle and max") << QByteArray(
                R"({"accelerators": [{"count": 2, "idle_w_factor": "acc_ccf_a100_idle_w",
                        "max_w_factor": "acc_ccf_a100_max_w", "hours_per_year": 500, "utilisation": 0.6,
                        "pue": 1.2, "grid": "grid_ie_emaps_2024"}]})")
                                                    << 2.0 << 221.84448;
        // 10 TB x 8,760 h x cloud_storage_hdd_wh_per_tb_h 0.65 x cloud_storage_repl_azure_lrs 3
        //  = 170,820 Wh = 170.82 kWh x dc_pue_ccf_azure 1.185 = 202.4217 kWh
        //  x grid_nl_ember_2024 0.2527 = 50.605425 + 0.54653859 = 51.15196359 kg
        QTest::newRow("storage, factors")
                << QByteArray(R"({"storage": [{"tb": 10, "hours_per_year": 8760,
                        "wh_per_tb_h_factor": "cloud_storage_hdd_wh_per_tb_h",
                        "replication_factor": "cloud_storage_repl_azure_lrs", "pue_factor": "dc_pue_ccf_azure",
                        "grid": "grid_nl_ember_2024"}]})")
                << 1.0 << 51.15196359;
        // No replication given: one copy. 2 TB x 1,000 h x 1.2 Wh/TB-h = 2.4 kWh x PUE 1
        //  x grid_world_ember_2024 0.47294 = 1.135056 kg
        QTest::newRow("storage, one copy")
                << QByteArray(R"({"storage": [{"tb": 2, "hours_per_year": 1000, "wh_per_tb_h": 1.2,
                        "pue": 1, "grid": "grid_world_ember_2024"}]})")
                << 1.0 << 1.135056;
        // SWD v4, 1 GB: (0.055 + 0.059 + 0.08 + 0.012 + 0.013 + 0.081) kWh x 494 g/kWh = 0.3 x 494
        //  = 148.2 g = 0.1482 kg a year x 2 years = 0.2964 kg
        QTest::newRow("swd-v4") << QByteArray(
                R"({"network": {"gb_per_year": 1, "model": "swd-v4"}})")
                                << 2.0 << 0.2964;
        // Green host: the data centre's operational 0.055 x 494 = 27.17 g goes: 148.2 - 27.17
        //  = 121.03 g x 2 years = 0.24206 kg
        QTest::newRow("swd-v4 green") << QByteArray(
                R"({"network": {"gb_per_year": 1, "model": "swd-v4", "green": true}})")
                                      << 2.0 << 0.24206;
        // Green hosting factor 0.5: 148.2 - 0.5 x 27.17 = 134.615 g x 2 years = 0.26923 kg
        QTest::newRow("swd-v4 green hosting factor") << QByteArray(
                R"({"network": {"gb_per_year": 1, "model": "swd-v4", "green_hosting_factor": 0.5}})")
                                                     << 2.0 << 0.26923;
        // SWD v3, 1 GB: 0.81 kWh x 472.94 g/kWh = 383.0814 g = 0.3830814 kg
        QTest::newRow("swd-v3") << QByteArray(
                R"({"network": {"gb_per_year": 1, "model": "swd-v3"}})")
                                << 1.0 << 0.3830814;
        // v3 green: the data centre (0.15 x 0.81 = 0.1215 kWh) at 50 instead of 472.94 g/kWh:
        //  383.0814 - 0.1215 x (472.94 - 50) = 383.0814 - 51.38721 = 331.69419 g
        QTest::newRow("swd-v3 green") << QByteArray(
                R"({"network": {"gb_per_year": 1, "model": "swd-v3", "green": true}})")
                                      << 1.0 << 0.33169419;
        // 2 MB x 100,000 visits x 12 months = 2,400 GB x 148.2 g = 355,680 g = 355.68 kg
        QTest::newRow("swd-v4 web page")
                << QByteArray(R"({"network": {"gb_per_year": 2400, "model": "swd-v4"}})") << 1.0
                << 355.68;
    }
    void models()
    {
        QFETCH(QByteArray, service);
        QFETCH(double, lifetime);
        QFETCH(double, expected);
        const Evaluation e = evaluate(service, lifetime);
        QVERIFY2(e.ok(), qPrintable(allDiagnostics(e.diagnostics)));
        QVERIFY2(e.diagnostics.isEmpty(), qPrintable(allDiagnostics(e.diagnostics)));
        QVERIFY2(near(e.result.stage(lca::Stage::UseDigital), expected),
                 qPrintable(QString::number(e.result.stage(lca::Stage::UseDigital), 'g', 17)));
        QVERIFY(near(e.result.total(), expected));
        QCOMPARE(e.result.contributions.size(), std::size_t(1));
        QCOMPARE(e.result.contributions[0].stage, lca::Stage::UseDigital);

        // totals(), the Monte Carlo path, agrees with calculate() at other values too.
        std::vector<double> values = e.built.inventory.centralValues();
        for (double &v : values)
            v *= 1.1;
        const lca::StageTotals totals = lca::FootprintCalculator::totals(e.built.inventory, values);
        const lca::FootprintResult full
                = lca::FootprintCalculator::calculate(e.built.inventory, values);
        QCOMPARE(totals.total, full.total());
        QCOMPARE(totals.stage(lca::Stage::UseDigital), full.stage(lca::Stage::UseDigital));
    }

    // Factors used as numbers are parameters "factors.<id>", listed among the result's factors,
    // and shared between the lines that use them.
    void numberFactorsAreParameters()
    {
        const Evaluation e = evaluate(R"({"compute": [
            {"vcpus": 1, "hours_per_year": 1, "utilisation": 0.5, "min_w_factor": "cloud_aws_vcpu_min_w",
             "max_w_factor": "cloud_aws_vcpu_max_w", "pue_factor": "dc_pue_ccf_aws", "grid": "grid_us_emaps_2024"},
            {"vcpus": 3, "hours_per_year": 1, "utilisation": 0.5, "min_w_factor": "cloud_aws_vcpu_min_w",
             "max_w_factor": "cloud_aws_vcpu_max_w", "pue_factor": "dc_pue_ccf_aws", "grid": "grid_us_emaps_2024"}]})");
        QVERIFY2(e.ok(), qPrintable(allDiagnostics(e.diagnostics)));
        QStringList paths;
        for (const lca::Parameter &p : e.built.inventory.parameters)
            paths << QString::fromStdString(p.path);
        QCOMPARE(paths.count(QStringLiteral("factors.cloud_aws_vcpu_min_w")), 1);
        QCOMPARE(paths.count(QStringLiteral("factors.dc_pue_ccf_aws")), 1);
        const int min = e.built.inventory.findFactor("cloud_aws_vcpu_min_w");
        QVERIFY(min >= 0);
        QCOMPARE(e.built.inventory.parameters[e.built.inventory.factors[min].value].value.value,
                 0.74);
        QCOMPARE(e.built.factorFor(min)->unit, QStringLiteral("W"));
        // (0.74 + 0.5 x (3.5 - 0.74)) = 2.12 W x (1 + 3) vCPU-hours = 8.48 Wh = 0.00848 kWh
        //  x 1.135 = 0.0096248 kWh x 0.409 = 0.0039365432 kg
        QVERIFY(near(e.result.total(), 0.0039365432));
    }

    void swdContributionNamesTheModel()
    {
        const Evaluation e = evaluate(R"({"network": {"gb_per_year": 1, "model": "swd-v3"}})");
        QVERIFY(e.ok());
        const Json json = ResultJson::toJson(e);
        const Json &c = json["contributions"][0];
        QCOMPARE(c["path"].get<std::string>(), std::string("digital_service.network"));
        QCOMPARE(c["stage"].get<std::string>(), std::string("use_digital"));
        QCOMPARE(c["factor"].get<std::string>(), std::string("swd-v3"));
        QCOMPARE(c["model"].get<std::string>(), std::string("swd-v3"));
        QVERIFY(json["factors"].empty()); // SWD's constants are built in, not read from factors
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("service");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        const QByteArray compute
                = R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "utilisation": 0.5,
            "min_w": 1, "max_w": 2, "pue": 1.1, "grid": "grid_us_emaps_2024", %1}]})";
        auto withCompute = [&compute](const char *fields) {
            QByteArray s = compute;
            return s.replace("%1", fields);
        };
        QTest::newRow("grid as W factor")
                << QByteArray(R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "utilisation": 0.5,
                        "min_w_factor": "grid_world_ember_2024", "max_w": 2, "pue": 1.1, "grid": "grid_us_emaps_2024"}]})")
                << "digital_service.compute[0].min_w_factor"
                << "expected a power factor in W";
        QTest::newRow("W factor as PUE")
                << QByteArray(R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "utilisation": 0.5,
                        "min_w": 1, "max_w": 2, "pue_factor": "acc_nvidia_t4_tdp", "grid": "grid_us_emaps_2024"}]})")
                << "digital_service.compute[0].pue_factor"
                << "expected a PUE";
        QTest::newRow("PUE as utilisation") << QByteArray(
                R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "utilisation_factor": "dc_pue_ccf_aws",
                        "min_w": 1, "max_w": 2, "pue": 1.1, "grid": "grid_us_emaps_2024"}]})")
                                            << "digital_service.compute[0].utilisation_factor"
                                            << "has the value 1.135";
        QTest::newRow("W factor as grid")
                << QByteArray(R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "utilisation": 0.5,
                        "min_w": 1, "max_w": 2, "pue": 1.1, "grid": "cloud_aws_vcpu_min_w"}]})")
                << "digital_service.compute[0].grid"
                << "expected a grid factor";
        QTest::newRow("number and factor") << withCompute(R"("pue_factor": "dc_pue_ccf_aws")")
                                           << "digital_service.compute[0].pue_factor"
                                           << "not both";
        QTest::newRow("utilisation missing") << QByteArray(
                R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "min_w": 1, "max_w": 2,
                        "pue": 1.1, "grid": "grid_us_emaps_2024"}]})")
                                             << "digital_service.compute[0].utilisation"
                                             << "utilisation_factor";
        QTest::newRow("utilisation above 1") << QByteArray(
                R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "utilisation": 1.5, "min_w": 1,
                        "max_w": 2, "pue": 1.1, "grid": "grid_us_emaps_2024"}]})")
                                             << "digital_service.compute[0].utilisation"
                                             << "from 0 to 1";
        QTest::newRow("no vCPUs") << QByteArray(
                R"({"compute": [{"vcpus": 0, "hours_per_year": 1, "utilisation": 0.5, "min_w": 1,
                        "max_w": 2, "pue": 1.1, "grid": "grid_us_emaps_2024"}]})")
                                  << "digital_service.compute[0].vcpus"
                                  << "greater than zero";
        QTest::newRow("min above max") << QByteArray(
                R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "utilisation": 0.5, "min_w": 5,
                        "max_w": 1, "pue": 1.1, "grid": "grid_us_emaps_2024"}]})")
                                       << "digital_service.compute[0].max_w"
                                       << "expected at least min_w";
        QTest::newRow("min factor above max factor")
                << QByteArray(R"({"compute": [{"vcpus": 1, "hours_per_year": 1, "utilisation": 0.5,
                        "min_w_factor": "cloud_aws_vcpu_max_w", "max_w_factor": "cloud_aws_vcpu_min_w",
                        "pue": 1.1, "grid": "grid_us_emaps_2024"}]})")
                << "digital_service.compute[0].max_w_factor"
                << "expected at least min_w (3.5 W)";
        QTest::newRow("compute not an array")
                << QByteArray(R"({"compute": {"vcpus": 1}})") << "digital_service.compute"
                << "expected an array";
        QTest::newRow("rated and idle") << QByteArray(
                R"({"accelerators": [{"count": 1, "power_w": 300, "idle_w": 30, "max_w": 300,
                        "hours_per_year": 1, "utilisation": 1, "pue": 1, "grid": "grid_us_emaps_2024"}]})")
                                        << "digital_service.accelerators[0]"
                                        << "not both";
        QTest::newRow("no power") << QByteArray(
                R"({"accelerators": [{"count": 1, "hours_per_year": 1, "utilisation": 1, "pue": 1,
                        "grid": "grid_us_emaps_2024"}]})")
                                  << "digital_service.accelerators[0].power_w"
                                  << "idle_w and max_w";
        QTest::newRow("idle without max") << QByteArray(
                R"({"accelerators": [{"count": 1, "idle_w_factor": "acc_ccf_t4_idle_w",
                        "hours_per_year": 1, "utilisation": 1, "pue": 1, "grid": "grid_us_emaps_2024"}]})")
                                          << "digital_service.accelerators[0].max_w"
                                          << "required field is missing";
        QTest::newRow("storage energy as replication")
                << QByteArray(R"({"storage": [{"tb": 1, "hours_per_year": 1, "wh_per_tb_h": 1,
                        "replication_factor": "cloud_storage_ssd_wh_per_tb_h", "pue": 1, "grid": "grid_us_emaps_2024"}]})")
                << "digital_service.storage[0].replication_factor"
                << "expected a replication factor";
        QTest::newRow("unknown storage factor") << QByteArray(
                R"({"storage": [{"tb": 1, "hours_per_year": 1, "wh_per_tb_h_factor": "no_such_factor",
                        "pue": 1, "grid": "grid_us_emaps_2024"}]})")
                                                << "digital_service.storage[0].wh_per_tb_h_factor"
                                                << "unknown factor id";
        QTest::newRow("v3 hosting factor") << QByteArray(
                R"({"network": {"gb_per_year": 1, "model": "swd-v3", "green_hosting_factor": 0.5}})")
                                           << "digital_service.network.green_hosting_factor"
                                           << "swd-v4";
        QTest::newRow("green not a boolean") << QByteArray(
                R"({"network": {"gb_per_year": 1, "model": "swd-v4", "green": "yes"}})")
                                             << "digital_service.network.green"
                                             << "true or false";
    }
    void errors()
    {
        QFETCH(QByteArray, service);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Evaluation e = evaluate(service);
        QVERIFY(!e.ok());
        const QString found = messagesAt(e.diagnostics, path, true);
        QVERIFY2(found.contains(message), qPrintable(allDiagnostics(e.diagnostics)));
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("service");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        QTest::newRow("SWD and a data centre")
                << QByteArray(R"({"network": {"gb_per_year": 1, "model": "swd-v4"},
                        "data_center": {"kwh_per_year": 1, "pue": 1.2, "grid": "grid_ie_emaps_2024"}})")
                << QByteArray() << "digital_service.network.model"
                << "data centre";
        QTest::newRow("SWD and the device")
                << QByteArray(R"({"network": {"gb_per_year": 1, "model": "swd-v4"}})")
                << QByteArray(R"(, "use": {"grid": "grid_us_emaps_2024", "annual_energy_kwh": 1})")
                << "digital_service.network.model"
                << "user device";
        QTest::newRow("SWD ignores kwh_per_gb") << QByteArray(
                R"({"network": {"gb_per_year": 1, "model": "swd-v4", "kwh_per_gb": 0.06}})")
                                                << QByteArray()
                                                << "digital_service.network.kwh_per_gb"
                                                << "ignored";
        QTest::newRow("green without SWD") << QByteArray(
                R"({"network": {"gb_per_year": 1, "kwh_per_gb": 0.06, "grid": "grid_us_emaps_2024",
                        "green": true}})") << QByteArray()
                                           << "digital_service.network.green"
                                           << "swd-v4 and swd-v3";
        QTest::newRow("PUE as replication")
                << QByteArray(R"({"storage": [{"tb": 1, "hours_per_year": 1, "wh_per_tb_h": 1,
                        "replication_factor": "dc_pue_ccf_aws", "pue": 1, "grid": "grid_us_emaps_2024"}]})")
                << QByteArray() << "digital_service.storage[0].replication_factor"
                << "category data_center";
        QTest::newRow("more hours than a year") << QByteArray(
                R"({"storage": [{"tb": 1, "hours_per_year": 10000, "wh_per_tb_h": 1, "pue": 1,
                        "grid": "grid_us_emaps_2024"}]})")
                                                << QByteArray()
                                                << "digital_service.storage[0].hours_per_year"
                                                << "more hours than a year";
    }
    void warnings()
    {
        QFETCH(QByteArray, service);
        QFETCH(QByteArray, extra);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Evaluation e = evaluate(service, 1.0, extra);
        QVERIFY2(e.ok(), qPrintable(allDiagnostics(e.diagnostics)));
        QVERIFY2(messagesAt(e.diagnostics, path, false).contains(message),
                 qPrintable(allDiagnostics(e.diagnostics)));
    }

    // The new fields are written back as read, unknown fields included.
    void roundTrip()
    {
        const QByteArray text = profileJson(R"({
            "network": {"gb_per_year": {"value": 2400, "min": 2000, "max": 3000}, "model": "swd-v4", "green": true},
            "compute": [{"name": "web", "vcpus": 2, "hours_per_year": 8760, "utilisation": {"value": 0.3, "gsd": 1.5},
                         "min_w_factor": "cloud_aws_vcpu_min_w", "max_w": 3.5, "pue_factor": "dc_pue_ccf_aws",
                         "grid": "grid_us_emaps_2024", "x_note": "kept"}],
            "accelerators": [{"count": 8, "power_w_factor": "acc_nvidia_a100_sxm_tdp", "hours_per_year": 100,
                              "utilisation": 1, "pue": 1.1, "grid": "grid_us_emaps_2024"}],
            "storage": [{"tb": 0.5, "hours_per_year": 8760, "wh_per_tb_h_factor": "cloud_storage_ssd_wh_per_tb_h",
                         "replication": 3, "pue": 1.2, "grid": "grid_se_emaps_2024"}]})",
                                            1.0);
        const auto first = ProfileReader::read(text);
        QVERIFY2(first.ok(), qPrintable(allDiagnostics(first.diagnostics)));
        const DigitalService &s = *first.profile->digitalService;
        QVERIFY(s.network->green);
        QCOMPARE(s.compute.size(), 1);
        QCOMPARE(s.compute[0].minW.factor, QStringLiteral("cloud_aws_vcpu_min_w"));
        QCOMPARE(s.compute[0].maxW.number->value, 3.5);
        QCOMPARE(s.compute[0].utilisation.number->distribution, lca::Distribution::Lognormal);
        QCOMPARE(s.storage[0].replication.number->value, 3.0);
        QCOMPARE(s.modelFactorIds(),
                 (QStringList{"cloud_aws_vcpu_min_w", "dc_pue_ccf_aws", "grid_us_emaps_2024",
                              "acc_nvidia_a100_sxm_tdp", "grid_us_emaps_2024",
                              "cloud_storage_ssd_wh_per_tb_h", "grid_se_emaps_2024"}));

        const QByteArray once = ProfileWriter::write(*first.profile, nullptr);
        const Json written = Json::parse(once.toStdString());
        const Json &ds = written["digital_service"];
        QCOMPARE(ds["network"]["green"].get<bool>(), true);
        QCOMPARE(ds["compute"][0]["x_note"].get<std::string>(), std::string("kept"));
        QCOMPARE(ds["compute"][0]["min_w_factor"].get<std::string>(),
                 std::string("cloud_aws_vcpu_min_w"));
        QVERIFY(!ds["compute"][0].contains("min_w"));
        QCOMPARE(ds["compute"][0]["utilisation"]["gsd"].get<double>(), 1.5);
        QCOMPARE(ds["accelerators"][0]["power_w_factor"].get<std::string>(),
                 std::string("acc_nvidia_a100_sxm_tdp"));
        QCOMPARE(ds["storage"][0]["replication"].get<double>(), 3.0);
        const auto second = ProfileReader::read(once);
        QVERIFY(second.ok());
        QCOMPARE(ProfileWriter::write(*second.profile, nullptr), once);
    }

    // Where to run: the data centre (grid_ie_emaps_2024 0.352) and a compute line
    // (grid_fr_ember_2024 0.04418) move together; the network stays out.
    //  data centre: 100 kWh x PUE 1.2 = 120 kWh; compute: 1 + 0.25 x 4 = 2 W x 2 vCPUs x 100 h
    //  = 0.4 kWh x PUE 1.5 = 0.6 kWh. Baseline 120 x 0.352 + 0.6 x 0.04418 = 42.24 + 0.026508
    //  = 42.266508 kg. On grid_se_emaps_2024 (0.023): 120.6 x 0.023 = 2.7738 kg, saving
    //  39.492708 kg. On grid_pl_ember_2024 (0.61498): 120.6 x 0.61498 = 74.166588 kg, saving
    //  42.266508 - 74.166588 = -31.90008 kg.
    void whereToRun()
    {
        const auto read = ProfileReader::read(profileJson(R"({
            "network": {"gb_per_year": 100, "model": "swd-v4"},
            "data_center": {"kwh_per_year": 100, "pue": 1.2, "grid": "grid_ie_emaps_2024"},
            "compute": [{"vcpus": 2, "hours_per_year": 100, "utilisation": 0.25, "min_w": 1, "max_w": 5,
                         "pue": 1.5, "grid": "grid_fr_ember_2024"}]})",
                                                          1.0));
        QVERIFY(read.ok());
        const WhereRunResult r = WhereRunAnalysis::run(
                *read.profile, m_db,
                {QStringLiteral("grid_pl_ember_2024"), QStringLiteral("grid_se_emaps_2024")});
        QVERIFY2(r.ok(), qPrintable(allDiagnostics(r.diagnostics)));
        QCOMPARE(r.parts,
                 (QStringList{"digital_service.data_center", "digital_service.compute[0]"}));
        QCOMPARE(r.baselineGrids, (QStringList{"grid_ie_emaps_2024", "grid_fr_ember_2024"}));
        QVERIFY(near(r.baselineKgCo2e, 42.266508));
        QCOMPARE(r.grids.size(), 2);
        QCOMPARE(r.grids[0].grid.id, QStringLiteral("grid_se_emaps_2024"));
        QVERIFY(near(r.grids[0].kgCo2e, 2.7738));
        QVERIFY(near(r.grids[0].savingKgCo2e, 39.492708));
        QVERIFY(near(r.grids[0].savingShare, 39.492708 / 42.266508));
        QCOMPARE(r.grids[1].grid.id, QStringLiteral("grid_pl_ember_2024"));
        QVERIFY(near(r.grids[1].kgCo2e, 74.166588));
        QVERIFY(near(r.grids[1].savingKgCo2e, -31.90008));
        QVERIFY(!r.grids[1].co2Only);
    }

    void whereToRunErrors()
    {
        const auto read = ProfileReader::read(profileJson(
                R"({"data_center": {"kwh_per_year": 1, "pue": 1, "grid": "grid_ie_emaps_2024"}})",
                1.0));
        QVERIFY(read.ok());
        WhereRunResult r
                = WhereRunAnalysis::run(*read.profile, m_db, {QStringLiteral("no_such_grid")});
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("no_such_grid")));
        r = WhereRunAnalysis::run(*read.profile, m_db, {QStringLiteral("cloud_aws_vcpu_min_w")});
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("expected a grid factor")));

        // CO2-only grids are accepted and marked: grid_cn_mee_national_2023 0.5306 kgCO2/kWh.
        r = WhereRunAnalysis::run(*read.profile, m_db,
                                  {QStringLiteral("grid_cn_mee_national_2023")});
        QVERIFY(r.ok());
        QVERIFY(r.grids[0].co2Only);
        QVERIFY(near(r.grids[0].kgCo2e, 0.5306));

        const auto network = ProfileReader::read(
                profileJson(R"({"network": {"gb_per_year": 1, "model": "swd-v4"}})", 1.0));
        r = WhereRunAnalysis::run(*network.profile, m_db, {QStringLiteral("grid_se_emaps_2024")});
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics[0].path, QStringLiteral("digital_service"));
    }

    void whereDefaultGrids()
    {
        const QStringList grids = WhereRunAnalysis::defaultGrids(m_db);
        QVERIFY(grids.contains(QStringLiteral("grid_us_strubell2019")));
        QVERIFY(grids.contains(QStringLiteral("grid_cn_mee_national_2023")));
        for (const QString &id : grids) {
            const auto f = m_db.factor(id);
            QVERIFY(f);
            QCOMPARE(f->category, QStringLiteral("grid_electricity"));
            QVERIFY(!f->region.isEmpty());
        }
    }

    // The default grids over the shipped factors. Counted by hand from
    // resources/factors/factors.csv: the grid_electricity factors with a stated basis that are
    // no fragment (td_losses, wtt) or constant, by (basis, method, scope, CO2e or CO2 only) and
    // distinct region:
    //  lifecycle / location / consumption, CO2e (Electricity Maps 2024): 30 zones
    //  lifecycle / location / generation, CO2e (Ember 2024): 24 regions
    //  combustion / location / generation, CO2e (eGRID 2022: US and 6 subregions; DESNZ GB): 8
    //  combustion / location / not stated, CO2 only (China MEE: CN and 7 regional grids): 8
    // Electricity Maps covers the most; each zone has one factor (2024): 30 ids.
    void whereDefaultSelection()
    {
        const WhereRunDefaults d = WhereRunAnalysis::defaultSelection(m_db);
        QCOMPARE(d.basis,
                 (GridBasis{QStringLiteral("lifecycle"), QStringLiteral("location"),
                            QStringLiteral("consumption"), false}));
        QCOMPARE(d.basis.text(), QStringLiteral("lifecycle / location / consumption, CO2e"));
        QCOMPARE(d.regions, 30);
        QCOMPARE(d.gridIds.size(), 30);
        QSet<QString> regions;
        for (const QString &id : d.gridIds) {
            QVERIFY2(id.endsWith(QStringLiteral("_emaps_2024")), qPrintable(id));
            const auto f = m_db.factor(id);
            QVERIFY(f);
            QVERIFY(f->offeredAsGrid());
            regions.insert(f->region);
        }
        QCOMPARE(regions.size(), 30);
        QVERIFY(d.gridIds.contains(QStringLiteral("grid_us_emaps_2024")));
        QVERIFY(d.gridIds.contains(QStringLiteral("grid_jp_tk_emaps_2024")));
    }

    // One grid a region, the newest year, ties by id; fragments and factors without a stated
    // basis stay out. User factors of the Electricity Maps basis:
    //  user_grid_se_2025 (SE, 2025) replaces grid_se_emaps_2024 (newer);
    //  user_grid_no_2024 (NO, 2024) ties with grid_no_emaps_2024, which has the lower id;
    //  user_grid_xx_2024 (XX, a new region) adds one: 31 regions;
    //  user_grid_yy_td_2024 (YY, td_losses) and user_grid_zz_2024 (ZZ, no basis) add none.
    void whereDefaultSelectionNewestYear()
    {
        FactorDatabase db;
        QVERIFY(db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                        m_dir.filePath(QStringLiteral("selection.sqlite"))));
        auto grid = [](const char *id, const char *region, int year, const char *basis,
                       const char *scope) {
            Factor f;
            f.id = QString::fromLatin1(id);
            f.category = QStringLiteral("grid_electricity");
            f.nameEn = f.id;
            f.value = 0.1;
            f.unit = QStringLiteral("kgCO2e/kWh");
            f.region = QString::fromLatin1(region);
            f.year = year;
            f.gridBasis = QString::fromLatin1(basis);
            f.gridMethod = QStringLiteral("location");
            f.gridScope = QString::fromLatin1(scope);
            return f;
        };
        for (const Factor &f : {grid("user_grid_se_2025", "SE", 2025, "lifecycle", "consumption"),
                                grid("user_grid_no_2024", "NO", 2024, "lifecycle", "consumption"),
                                grid("user_grid_xx_2024", "XX", 2024, "lifecycle", "consumption"),
                                grid("user_grid_yy_td_2024", "YY", 2024, "lifecycle", "td_losses"),
                                grid("user_grid_zz_2024", "ZZ", 2024, "", "consumption")}) {
            QString error;
            QVERIFY2(db.addUserFactor(f, &error), qPrintable(error));
        }
        const WhereRunDefaults d = WhereRunAnalysis::defaultSelection(db);
        QCOMPARE(d.basis.scope, QStringLiteral("consumption"));
        QCOMPARE(d.regions, 31);
        QVERIFY(d.gridIds.contains(QStringLiteral("user_grid_se_2025")));
        QVERIFY(!d.gridIds.contains(QStringLiteral("grid_se_emaps_2024")));
        QVERIFY(d.gridIds.contains(QStringLiteral("grid_no_emaps_2024")));
        QVERIFY(!d.gridIds.contains(QStringLiteral("user_grid_no_2024")));
        QVERIFY(d.gridIds.contains(QStringLiteral("user_grid_xx_2024")));
        QVERIFY(!d.gridIds.contains(QStringLiteral("user_grid_yy_td_2024")));
        QVERIFY(!d.gridIds.contains(QStringLiteral("user_grid_zz_2024")));
    }

    // runDefault ranks the Electricity Maps grids (lifecycle / location / consumption, CO2e)
    // and warns, at digital_service, when the profile's own grid is of another basis.
    void whereDefaultWarning_data()
    {
        QTest::addColumn<QString>("grid");
        QTest::addColumn<bool>("warns");
        QTest::newRow("Electricity Maps, same basis") << "grid_ie_emaps_2024" << false;
        QTest::newRow("Ember, generation") << "grid_fr_ember_2024" << true;
        QTest::newRow("eGRID, combustion") << "grid_us_egrid_camx_2022" << true;
        QTest::newRow("China MEE, CO2 only") << "grid_cn_mee_national_2023" << true;
        QTest::newRow("a paper's constant") << "grid_us_strubell2019" << true;
        QTest::newRow("a fragment, by id") << "grid_gb_desnz_td_2025" << true;
    }
    void whereDefaultWarning()
    {
        QFETCH(QString, grid);
        QFETCH(bool, warns);
        const auto read = ProfileReader::read(profileJson(
                QStringLiteral(R"({"data_center": {"kwh_per_year": 1, "pue": 1, "grid": "%1"}})")
                        .arg(grid)
                        .toUtf8(),
                1.0));
        QVERIFY(read.ok());
        const WhereRunResult r = WhereRunAnalysis::runDefault(*read.profile, m_db);
        QVERIFY2(r.ok(), qPrintable(allDiagnostics(r.diagnostics)));
        QVERIFY(r.basis);
        QCOMPARE(r.basis->scope, QStringLiteral("consumption"));
        QCOMPARE(r.grids.size(), 30);
        QStringList warnings;
        for (const Diagnostic &d : r.diagnostics) {
            if (!d.isError() && d.message.contains(QStringLiteral("another basis"))) {
                QCOMPARE(d.path, QStringLiteral("digital_service"));
                QVERIFY(d.message.contains(grid));
                QVERIFY(d.message.contains(QStringLiteral("lifecycle / location / consumption")));
                warnings.append(d.message);
            }
        }
        QCOMPARE(warnings.size(), warns ? 1 : 0);
        // Given grids are used as given, with no basis and no warning.
        const WhereRunResult given = WhereRunAnalysis::run(*read.profile, m_db, {grid});
        QVERIFY(given.ok());
        QVERIFY(!given.basis);
        QCOMPARE(given.grids.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    FactorDatabase m_db;
};

QTEST_GUILESS_MAIN(TestDigitalServiceModels)
#include "tst_digitalservicemodels.moc"
