// Footprint of a 50-line profile (goal: under 2 µs for the calculation), plus the
// whole path from JSON text for scale.
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"
#include "lca/footprintcalculator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class BenchFootprint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("u.sqlite"))));
        // 42 material lines over real factors in mixed units, assembly, 2 packaging lines,
        // 2 legs, a use mode and 2 end-of-life routes: 50 input lines.
        const char *factors[][2] = {{"mat_abs_ice", "g"},
                                    {"mat_pc_ice", "kg"},
                                    {"ec_cpu_die_boavizta", "mm2"},
                                    {"ec_dram_ddr4_per_gb_act", "GB"},
                                    {"ec_pcb_8layer_act", "cm2"},
                                    {"ec_ic_package_act", "piece"},
                                    {"mat_li_ion_battery_ivl2019_low", "Wh"},
                                    {"mat_copper_average_ice", "g"}};
        Json materials = Json::array();
        for (int i = 0; i < 42; ++i) {
            const auto &f = factors[i % 8];
            materials.push_back(Json{{"part", Json{{"en", "Part " + std::to_string(i)}}},
                                     {"factor", f[0]},
                                     {"quantity", 1.0 + i},
                                     {"unit", f[1]}});
        }
        const Json profile{
                {"format", "carbonlabel-profile"},
                {"version", 1},
                {"product",
                 Json{{"id", "bench"}, {"name", Json{{"en", "Bench"}}}, {"lifetime_years", 4}}},
                {"materials", materials},
                {"manufacturing",
                 Json{{"assembly_energy_kwh", 2},
                      {"grid", "grid_cn_ember_2024"},
                      {"yield_loss", 0.02}}},
                {"packaging",
                 Json::array(
                         {Json{{"factor", "pkg_board_desnz"}, {"quantity", 0.3}, {"unit", "kg"}},
                          Json{{"factor", "pkg_eps_ice"}, {"quantity", 20}, {"unit", "g"}}})},
                {"distribution",
                 Json::array(
                         {Json{{"mode", "transport_container_ship_avg"}, {"distance_km", 19000}},
                          Json{{"mode", "transport_hgv_avg_laden"}, {"distance_km", 600}}})},
                {"use",
                 Json{{"grid", "grid_de_ember_2024"},
                      {"modes",
                       Json::array({Json{
                               {"power_w", 5}, {"hours_per_day", 8}, {"days_per_year", 250}}})}}},
                {"end_of_life",
                 Json{{"routes",
                       Json::array(
                               {Json{{"factor", "eol_weee_mixed_recycling"}, {"share", 0.5}},
                                Json{{"factor", "eol_weee_mixed_landfill"}, {"share", 0.5}}})}}}};
        m_text = QByteArray::fromStdString(profile.dump());
        const auto read = ProfileReader::read(m_text);
        QVERIFY(read.ok());
        const Evaluation e = ProfileEvaluator::evaluate(*read.profile, m_db);
        QVERIFY(e.ok());
        m_inventory = e.built.inventory;
        QCOMPARE(e.result.contributions.size(), std::size_t(50));
    }

    void calculate50Lines()
    {
        double total = 0;
        QBENCHMARK {
            total += lca::FootprintCalculator::calculate(m_inventory).total();
        }
        QVERIFY(total > 0);
    }

    void totals50Lines()
    {
        const std::vector<double> values = m_inventory.centralValues();
        double total = 0;
        QBENCHMARK {
            total += lca::FootprintCalculator::totals(m_inventory, values).total;
        }
        QVERIFY(total > 0);
    }

    void fromJsonText()
    {
        QBENCHMARK {
            const auto read = ProfileReader::read(m_text);
            const Evaluation e = ProfileEvaluator::evaluate(*read.profile, m_db);
            QVERIFY(e.ok());
        }
    }

private:
    QTemporaryDir m_dir;
    FactorDatabase m_db;
    QByteArray m_text;
    lca::Inventory m_inventory;
};

QTEST_GUILESS_MAIN(BenchFootprint)
#include "bench_footprint.moc"
