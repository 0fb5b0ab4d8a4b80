// DataQualitySummary and the data quality InventoryBuilder gives each factor: the temporal score
// against product.reference_year, the geographical one against the factory grid, a line's own
// scores, and the contribution-weighted scores, all worked by hand below.

#include "core/evaluation/dataqualitysummary.h"

#include "tests/common/exampleprofiles.h"

#include <QTest>

#include <cmath>

using namespace carbonlabel;

namespace {

// tests/core/data/dataquality.clprofile.json: reference year 2031; 1 kg and 2 kg of
// mat_pet_desnz (3.86390131 kg CO2e/kg, UK, 2025, pedigree (2;3;1;3;3)), the second with its
// own scores (1;1;1;1;1) and marked primary; 10 kWh of assembly on grid_cn_ember_2024
// (0.5575 kg CO2e/kWh, CN, 2024, pedigree (2;1;1;1;1)).
const QString kProfile
        = QStringLiteral(CARBONLABEL_SOURCE_DIR "/tests/core/data/dataquality.clprofile.json");

} // namespace

class TestDataQualitySummary : public QObject
{
    Q_OBJECT

    test::ExampleProfiles m_examples;
    Evaluation m_e;

private slots:
    void initTestCase()
    {
        QVERIFY(m_examples.open());
        m_e = m_examples.evaluate(kProfile);
        QVERIFY(m_e.ok());
    }

    void scoresForThisProfile()
    {
        const BuiltInventory &b = m_e.built;
        QCOMPARE(b.factors.size(), 2); // one entry per factor, the line's own draw aside
        QCOMPARE(b.factors.at(0).id, u"mat_pet_desnz");
        // Temporal: 2031 - 2025 = 6 years -> 3. Geographical: UK data for a CN factory -> 4.
        const BuiltInventory::FactorQuality pet = b.quality.at(0);
        QCOMPARE(pet.scores, (lca::PedigreeScores{2, 3, 3, 4, 3}));
        QVERIFY(pet.temporalFromProfile && pet.geographicalFromUse);
        // 0.0006 + 0.0006 + 0.002 + 0.0006 + 0.008 = 0.0118: GSD exp(sqrt(0.0118)) = 1.1147474.
        QVERIFY(std::abs(pet.gsd - 1.1147473696240136) < 1e-12);
        // The grid: 2031 - 2024 = 7 years -> 3; it is the factory's own region (score kept 1).
        const BuiltInventory::FactorQuality grid = b.quality.at(1);
        QCOMPARE(grid.scores, (lca::PedigreeScores{2, 1, 3, 1, 1}));
        QVERIFY(!grid.geographicalFromUse);
        QVERIFY(std::abs(grid.gsd - std::exp(std::sqrt(0.0006 + 0.002))) < 1e-12);
        // The second line's own scores, as given: no spread, so its own draw is fixed.
        QVERIFY(b.lineQuality.contains(QStringLiteral("materials[1]")));
        QCOMPARE(b.lineQuality.value(QStringLiteral("materials[1]")).gsd, 1.0);
        const lca::ProductLine &own = b.inventory.lines.at(1);
        QVERIFY(own.ownFactorValue != lca::kNoParam);
        QCOMPARE(b.inventory.parameters.at(std::size_t(own.ownFactorValue)).path,
                 std::string("materials[1].factor"));
        QVERIFY(!b.inventory.parameters.at(std::size_t(own.ownFactorValue)).value.isUncertain());
        QCOMPARE(b.inventory.lines.at(0).ownFactorValue, lca::kNoParam);
    }

    void weightedScores()
    {
        // Lines: 1 kg PET 3.86390131, 2 kg PET (own scores) 7.72780262, 10 kWh x 0.5575 = 5.575;
        // total 17.16670393. Rows largest first: the own line, the grid, the shared PET.
        const DataQualitySummary s = DataQualitySummary::of(m_e);
        QCOMPARE(s.rows.size(), 3);
        QCOMPARE(s.rows.at(0).line, u"materials[1]");
        QCOMPARE(s.rows.at(1).factorId, u"grid_cn_ember_2024");
        QCOMPARE(s.rows.at(2).factorId, u"mat_pet_desnz");
        QVERIFY(std::abs(s.rows.at(2).share - 3.86390131 / 17.16670393) < 1e-12);
        // Reliability: (7.72780262 x 1 + 5.575 x 2 + 3.86390131 x 2) / 17.16670393 = 1.5498377;
        // temporal: (7.72780262 + 5.575 x 3 + 3.86390131 x 3) / 17.16670393 = 2.0996754;
        // geographical: (7.72780262 + 5.575 + 3.86390131 x 4) / 17.16670393 = 1.6752434.
        QVERIFY(std::abs(s.weighted[0] - 1.5498377177406124) < 1e-12);
        QVERIFY(std::abs(s.weighted[2] - 2.099675435481225) < 1e-12);
        QVERIFY(std::abs(s.weighted[3] - 1.6752434233890816) < 1e-12);
        // Completeness and technology: (7.72780262 + 5.575 + 3.86390131 x 3) / 17.16670393.
        QVERIFY(std::abs(s.weighted[1] - 1.4501622822593878) < 1e-12);
        QVERIFY(std::abs(s.rating - 1.6450162282259388) < 1e-12);
        QCOMPARE(s.band(), DataQualitySummary::Band::Good);
        QCOMPARE(s.scoredShare, 1.0);
    }

    void withoutReferenceYear()
    {
        // Without product.reference_year the factors' own temporal scores stand.
        const Evaluation mouse = m_examples.example(QStringLiteral("wireless-mouse"));
        for (const BuiltInventory::FactorQuality &q : mouse.built.quality)
            QVERIFY(!q.temporalFromProfile);
    }
};

QTEST_GUILESS_MAIN(TestDataQualitySummary)
#include "tst_dataqualitysummary.moc"
