// The factor dialog, driven offscreen by objectName: a shipped factor shows its pedigree scores,
// a malformed pedigree is refused at its field, and saving a user copy keeps what the dialog
// does not show (the grid basis) and the scores typed.
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "ui/factordialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carbonlabel;

class TestFactorDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

    static void save(FactorDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                          m_dir.filePath(QStringLiteral("user.sqlite"))));
    }

    void pedigreeShownRefusedAndKept()
    {
        FactorLibrary library(&m_db);
        const std::optional<Factor> grid = m_db.factor(QStringLiteral("grid_cn_ember_2024"));
        QVERIFY(grid);
        FactorDialog dialog(&library, &*grid);
        dialog.show();
        auto *pedigree = dialog.findChild<QLineEdit *>(QStringLiteral("factor:pedigree"));
        QVERIFY(pedigree);
        QCOMPARE(pedigree->text(), u"(2;1;1;1;1)");

        // Four scores: refused, the message names the field, nothing saved.
        pedigree->setText(QStringLiteral("(2;1;1;1)"));
        save(dialog);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("factorDialogMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Data quality"), qPrintable(message->text()));
        QVERIFY(m_db.userFactors().isEmpty());

        // Five scores: saved in the user layer with them, the grid basis kept.
        pedigree->setText(QStringLiteral("(1;1;2;1;1)"));
        save(dialog);
        QTRY_VERIFY(!m_db.userFactors().isEmpty());
        const std::optional<Factor> mine = m_db.factor(QStringLiteral("grid_cn_ember_2024"));
        QVERIFY(mine && mine->userDefined);
        QCOMPARE(mine->pedigree, (lca::PedigreeScores{1, 1, 2, 1, 1}));
        QCOMPARE(mine->gridBasis, u"lifecycle");
        QCOMPARE(mine->gridScope, u"generation");
        QCOMPARE(mine->qualityNote, grid->qualityNote);
    }
};

QTEST_MAIN(TestFactorDialog)
#include "tst_factordialog.moc"
