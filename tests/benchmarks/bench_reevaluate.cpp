// What one keystroke costs the document: checking and evaluating the profile in memory
// (ProfileValidator, then ProfileEvaluator), against the way it was done before: writing the
// profile to JSON and reading it back to check it. Run with scripts/bench.sh; the figures are in
// docs/development.md.
#include "core/document/profiledocument.h"
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"
#include "core/profile/profilevalidator.h"
#include "core/profile/profilewriter.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class BenchReevaluate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;
    Profile m_profile;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
        const auto read = ProfileReader::readFile(QStringLiteral(
                CARBONLABEL_SOURCE_DIR "/resources/examples/laptop-14.clprofile.json"));
        QVERIFY(read.ok());
        m_profile = *read.profile;
    }

    // The document after a keystroke in the lifetime field (validation and evaluation).
    void keystroke()
    {
        ProfileDocument doc(&m_db);
        doc.reset(m_profile);
        int i = 0;
        QBENCHMARK {
            doc.setFieldText(QStringLiteral("product.lifetime_years"),
                             (++i % 2) ? QStringLiteral("5") : QStringLiteral("4"));
        }
        QVERIFY(doc.evaluation().ok());
    }

    // The check alone, in memory.
    void validateInMemory()
    {
        QBENCHMARK {
            Diagnostics d;
            ProfileValidator::check(m_profile, d);
            QVERIFY(d.isEmpty());
        }
    }

    // The check as it was: the profile to JSON and read back.
    void validateByJsonRoundTrip()
    {
        QBENCHMARK {
            const ProfileReader::Result read
                    = ProfileReader::read(ProfileWriter::write(m_profile, nullptr));
            QVERIFY(read.ok());
        }
    }

    // The evaluation both ways share.
    void evaluate()
    {
        QBENCHMARK {
            const Evaluation e = ProfileEvaluator::evaluate(m_profile, m_db);
            QVERIFY(e.ok());
        }
    }
};

QTEST_GUILESS_MAIN(BenchReevaluate)
#include "bench_reevaluate.moc"
