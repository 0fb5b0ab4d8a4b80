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
#include <QPlainTextEdit>
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
        QCOMPARE(mine->qualityNoteEn, grid->qualityNoteEn);
    }

    // The notes and the data-quality reason each have a Chinese field beside the English one,
    // filled from the factor and saved with the user copy.
    void chineseNotesShownAndSaved()
    {
        FactorLibrary library(&m_db);
        const std::optional<Factor> abs = m_db.factor(QStringLiteral("mat_abs_ice"));
        QVERIFY(abs && !abs->notesZh.isEmpty());
        FactorDialog dialog(&library, &*abs);
        dialog.show();
        auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("factor:notes"));
        auto *notesZh = dialog.findChild<QPlainTextEdit *>(QStringLiteral("factor:notes_zh"));
        auto *why = dialog.findChild<QLineEdit *>(QStringLiteral("factor:quality_note"));
        auto *whyZh = dialog.findChild<QLineEdit *>(QStringLiteral("factor:quality_note_zh"));
        QVERIFY(notes && notesZh && why && whyZh);
        QCOMPARE(notes->toPlainText(), abs->notesEn);
        QCOMPARE(notesZh->toPlainText(), abs->notesZh);
        QCOMPARE(why->text(), abs->qualityNoteEn);
        QCOMPARE(whyZh->text(), abs->qualityNoteZh);

        notesZh->setPlainText(QStringLiteral("  供应商实测。 "));
        whyZh->setText(QStringLiteral("供应商的EPD"));
        save(dialog);
        QTRY_VERIFY(m_db.factor(QStringLiteral("mat_abs_ice"))->userDefined);
        const std::optional<Factor> mine = m_db.factor(QStringLiteral("mat_abs_ice"));
        QCOMPARE(mine->notesZh, u"供应商实测。");
        QCOMPARE(mine->qualityNoteZh, u"供应商的EPD");
        QCOMPARE(mine->notesEn, abs->notesEn);
        QCOMPARE(mine->qualityNoteEn, abs->qualityNoteEn);
    }
};

QTEST_MAIN(TestFactorDialog)
#include "tst_factordialog.moc"
