// The completeness check (docs/benchmark.md, "Completeness"): which component classes a
// bill of materials has, by a line's own "component" or its factor's class, and one warning
// per class its peer group's list has and the profile lacks.
#include "core/evaluation/completenesscheck.h"
#include "core/evaluation/profileevaluator.h"

#include "tests/common/exampleprofiles.h"

#include <QTest>

#include <algorithm>

using namespace carbonlabel;

class TestCompletenessCheck : public QObject
{
    Q_OBJECT

    test::ExampleProfiles m_examples;

    static Profile laptop(const test::ExampleProfiles &examples)
    {
        return *examples.example(QStringLiteral("laptop-14")).profile;
    }

private slots:
    void initTestCase() { QVERIFY(m_examples.open()); }

    void requiredClasses_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("classes");
        QTest::newRow("laptop") << "laptop" << QStringList{"display",   "main_board",  "processor",
                                                           "memory",    "storage",     "battery",
                                                           "enclosure", "power_supply"};
        QTest::newRow("monitor") << "monitor"
                                 << QStringList{"display", "main_board", "enclosure",
                                                "power_supply"};
        QTest::newRow("no list") << "television" << QStringList{};
    }
    void requiredClasses()
    {
        QFETCH(QString, group);
        QFETCH(QStringList, classes);
        QCOMPARE(CompletenessCheck::requiredClasses(group), classes);
    }

    // The laptop example's lines, by hand: the display, battery, CPU die and base, LPDDR4,
    // the SSD, the populated board and the adapter have their factors' classes; the aluminium
    // chassis and the steel hinges say "enclosure" on the line. Nothing is missing.
    void laptopExample()
    {
        const Evaluation e = m_examples.example(QStringLiteral("laptop-14"));
        QVERIFY(e.ok());
        QVERIFY2(e.missingComponents.isEmpty(), qPrintable(e.missingComponents.join(u',')));
    }

    // The same laptop without its display line: the display is missing, and one warning on
    // the materials list names it.
    void laptopWithoutDisplay()
    {
        Profile p = laptop(m_examples);
        const auto display = std::find_if(p.materials.begin(), p.materials.end(), [](auto &l) {
            return l.factor == QLatin1String("ec_display_lcd_notebook_paia_hp");
        });
        QVERIFY(display != p.materials.end());
        p.materials.erase(display);
        const Evaluation e = ProfileEvaluator::evaluate(p, m_examples.database());
        QVERIFY(e.ok());
        QCOMPARE(e.missingComponents, QStringList{QStringLiteral("display")});
        int warnings = 0;
        for (const Diagnostic &d : e.diagnostics) {
            if (d.path == QLatin1String("materials") && d.message.contains(u"\"display\""))
                ++warnings;
        }
        QCOMPARE(warnings, 1);
    }

    // A line's component counts, and overrides its factor's class.
    void lineComponentCounts()
    {
        Profile p = laptop(m_examples);
        const BuiltInventory built = InventoryBuilder::build(p, m_examples.database());
        for (MaterialLine &line : p.materials)
            line.component.clear();
        // Without the lines' own components, aluminium and steel are only materials.
        QCOMPARE(CompletenessCheck::missing(p, built.factors, QStringLiteral("laptop")),
                 QStringList{QStringLiteral("enclosure")});
        p.materials[0].component = QStringLiteral("enclosure"); // the aluminium chassis
        QVERIFY(CompletenessCheck::missing(p, built.factors, QStringLiteral("laptop")).isEmpty());
        // The SSD line called a display: storage goes missing, the display is there.
        for (MaterialLine &line : p.materials) {
            if (line.factor == QLatin1String("ec_ssd_per_gb_tannu2022"))
                line.component = QStringLiteral("display");
        }
        QCOMPARE(CompletenessCheck::missing(p, built.factors, QStringLiteral("laptop")),
                 QStringList{QStringLiteral("storage")});
    }

    void warningsNameEachClass()
    {
        const Diagnostics d = CompletenessCheck::warnings({"display", "battery"}, "laptops");
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(d[0].path, QStringLiteral("materials"));
        QCOMPARE(d[0].message,
                 QStringLiteral("no line stands for the display (\"display\"), a part that "
                                "published breakdowns of laptops count: add one, or set "
                                "\"component\" on the line that holds it"));
        QVERIFY(d[1].message.contains(u"the battery (\"battery\")"));
    }

    // A product without a peer group is not checked.
    void noGroupNoCheck()
    {
        const Evaluation e = m_examples.example(QStringLiteral("wireless-mouse"));
        QVERIFY(e.ok());
        QVERIFY(e.missingComponents.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompletenessCheck)
#include "tst_completenesscheck.moc"
