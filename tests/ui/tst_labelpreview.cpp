// The Label tab's preview driven offscreen by objectName: a new empty profile shows what to add
// and cannot be exported, a name with characters the label font lacks is warned of above the
// page, zoom changes the size the page is rendered at (buttons, Ctrl+wheel,
// Ctrl+- and fit page), and the laptop's bilingual sheet pages from the first to the last.
#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "core/factors/factordatabase.h"
#include "ui/labelpreview.h"
#include "ui/languagemanager.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <poppler-qt6.h>

using namespace carbonlabel;

namespace {

QString example(const char *name)
{
    return QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/") + QLatin1String(name)
            + QStringLiteral(".clprofile.json");
}

// The page as shown, in logical pixels.
QSize pageSize(const LabelPreview &preview)
{
    const QPixmap pixmap = preview.findChild<QLabel *>(QStringLiteral("labelPage"))->pixmap();
    return (QSizeF(pixmap.size()) / pixmap.devicePixelRatio()).toSize();
}

QToolButton *button(const LabelPreview &preview, const char *name)
{
    return preview.findChild<QToolButton *>(QLatin1String(name));
}

LabelOptions sheet()
{
    LabelOptions o;
    o.kind = LabelOptions::Kind::Sheet;
    o.language = LabelOptions::Language::Both;
    return o;
}

// The laptop's bilingual sheet in `preview`, 420 x 640, shown and rendered.
void showLaptopSheet(ProfileDocument &document, LabelPreview &preview)
{
    QString error;
    QVERIFY2(document.open(example("laptop-14"), &error), qPrintable(error));
    preview.setOptions(sheet());
    preview.resize(420, 640);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.renderNow();
}

} // namespace

class TestLabelPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-test-labelpreview"));
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY2(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                           m_dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(m_db.errorString()));
    }

    void emptyProfileShowsWhatToAdd()
    {
        // A new document holds the blank profile: no materials, empty manufacturing and use
        // sections. It has no problems and a total of 0 kg: nothing to print.
        ProfileDocument document(&m_db);
        document.reset(ProfileDocument::blankProfile(QStringLiteral("grid_world_ember_2024")));
        QVERIFY(document.evaluation().ok());
        LabelPreview preview(&document);
        preview.resize(420, 640);
        preview.show();
        preview.renderNow();
        auto *empty = preview.findChild<QWidget *>(QStringLiteral("labelEmptyState"));
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->findChild<QLabel *>(QStringLiteral("emptyStateTitle"))->text(),
                 QStringLiteral("Nothing to print yet"));
        QVERIFY(empty->findChild<QLabel *>(QStringLiteral("emptyStateText"))
                        ->text()
                        .startsWith(QStringLiteral("Add a material or a use phase")));
        QVERIFY(!preview.findChild<QScrollArea *>(QStringLiteral("labelScroll"))->isVisible());
        QVERIFY(preview.pdf().isEmpty());
        QVERIFY(!preview.canExport());
        QVERIFY(!preview.findChild<QPushButton *>(QStringLiteral("exportLabel"))->isEnabled());
        QVERIFY(!button(preview, "zoomIn")->isVisible());
        QString error;
        QVERIFY(!preview.exportTo(m_dir.filePath(QStringLiteral("empty.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("nothing to print")), qPrintable(error));

        // A product with materials: the badge, and export allowed (the signal tells the window).
        QSignalSpy canExport(&preview, &LabelPreview::canExportChanged);
        QVERIFY2(document.open(example("wireless-mouse"), &error), qPrintable(error));
        QCOMPARE(canExport.count(), 1);
        QCOMPARE(canExport.constFirst().constFirst().toBool(), true);
        preview.renderNow();
        QVERIFY(!empty->isVisible());
        QVERIFY(!preview.pdf().isEmpty());
        QVERIFY(preview.findChild<QPushButton *>(QStringLiteral("exportLabel"))->isEnabled());
    }

    void characterOutsideTheFontIsWarnedAbove()
    {
        // The label font is a GB2312 subset: the traditional 無 (U+7121) and 線 (U+7DDA) of
        // 無線滑鼠 are not in GB2312 (its simplified forms 无 and 线 are), so they would print as
        // empty boxes; the preview says so above the page and the warning names both.
        ProfileDocument document(&m_db);
        QString error;
        QVERIFY2(document.open(example("wireless-mouse"), &error), qPrintable(error));
        LabelPreview preview(&document);
        preview.resize(420, 640);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.renderNow();
        auto *warning = preview.findChild<QLabel *>(QStringLiteral("labelFontWarning"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisible()); // 无线鼠标 M1 is all in the font
        QVERIFY(preview.fontWarnings().isEmpty());

        document.setFieldText(QStringLiteral("product.name.zh"), QStringLiteral("無線滑鼠 M1"));
        QTRY_VERIFY(warning->isVisible());
        QCOMPARE(preview.fontWarnings().size(), 1);
        QVERIFY2(warning->text().contains(QStringLiteral("U+7121 無")),
                 qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(QStringLiteral("U+7DDA 線")),
                 qPrintable(warning->text()));
        QVERIFY(!warning->text().contains(QStringLiteral("U+6ED1"))); // 滑 is in GB2312
        QVERIFY(!preview.pdf().isEmpty()); // the label is still made

        // Undone, the name is printable again and the warning goes.
        document.undoStack()->undo();
        QTRY_VERIFY(!warning->isVisible());
        QVERIFY(preview.fontWarnings().isEmpty());
    }

    void zoomChangesTheRenderedSize()
    {
        ProfileDocument document(&m_db);
        LabelPreview preview(&document);
        showLaptopSheet(document, preview);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(preview.zoomMode(), LabelPreview::ZoomMode::FitWidth); // a sheet is read
        QVERIFY(button(preview, "fitWidth")->isChecked());
        const QSize fitted = pageSize(preview);
        QVERIFY(!fitted.isEmpty());
        auto *scroll = preview.findChild<QScrollArea *>(QStringLiteral("labelScroll"));
        // Fit width: the page and its shadow fill the view's width (less its margins and the
        // scroll bar's room).
        QVERIFY(fitted.width() <= scroll->viewport()->width());
        QVERIFY2(fitted.width() >= scroll->viewport()->width() - 60,
                 qPrintable(QStringLiteral("%1 of %2")
                                    .arg(fitted.width())
                                    .arg(scroll->viewport()->width())));

        // 100 %: A4 is 595.3 points wide, 595.3 / 72 inches at the screen's logical dpi, plus
        // the shadow (4 px) and the frame (2 px).
        preview.setZoom(1.0);
        const int a4 = qRound(595.28 / 72.0 * preview.logicalDpiX()) + 6;
        QVERIFY2(std::abs(pageSize(preview).width() - a4) <= 1,
                 qPrintable(QString::number(pageSize(preview).width())));
        QCOMPARE(preview.findChild<QLabel *>(QStringLiteral("zoomLevel"))->text(),
                 QStringLiteral("100 %"));
        QVERIFY(!button(preview, "fitWidth")->isChecked());

        // Zoom in: the next step, 125 %; the page is rendered 1.25 times as wide.
        QTest::mouseClick(button(preview, "zoomIn"), Qt::LeftButton);
        QCOMPARE(preview.zoom(), 1.25);
        const int at125 = pageSize(preview).width() - 6;
        QVERIFY2(std::abs(at125 - 1.25 * (a4 - 6)) <= 1.5, qPrintable(QString::number(at125)));
        QCOMPARE(preview.findChild<QLabel *>(QStringLiteral("zoomLevel"))->text(),
                 QStringLiteral("125 %"));

        // Ctrl+wheel up over the page: 150 %; a wheel without Ctrl scrolls and keeps the zoom.
        QWidget *viewport = scroll->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent up(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &up);
        QCOMPARE(preview.zoom(), 1.5);
        QWheelEvent plain(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &plain);
        QCOMPARE(preview.zoom(), 1.5);

        // Ctrl+- while the preview has the focus: back to 125 %.
        preview.activateWindow();
        scroll->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&preview));
        QTest::keyClick(scroll, Qt::Key_Minus, Qt::ControlModifier);
        QTRY_COMPARE(preview.zoom(), 1.25);

        // Fit page in a wide view: the height limits, the whole page inside the view, and it
        // follows the view as it is resized.
        preview.resize(900, 560);
        QTest::mouseClick(button(preview, "fitPage"), Qt::LeftButton);
        QCOMPARE(preview.zoomMode(), LabelPreview::ZoomMode::FitPage);
        QVERIFY(button(preview, "fitPage")->isChecked());
        const QSize whole = pageSize(preview);
        QVERIFY(whole.height() <= scroll->maximumViewportSize().height());
        QVERIFY(whole.width() < scroll->maximumViewportSize().width() - 100);
        preview.resize(900, 760);
        QTRY_VERIFY(pageSize(preview).height() > whole.height());
        // Zoom stays within its limits.
        preview.setZoom(100.0);
        QCOMPARE(preview.zoom(), LabelPreview::kMaxZoom);
        QVERIFY(!button(preview, "zoomIn")->isEnabled());
    }

    void pagesOfTheBilingualSheet()
    {
        // laptop-14 as a sheet in both languages: the English pages, then the Chinese ones, as
        // many as the PDF has.
        ProfileDocument document(&m_db);
        LabelPreview preview(&document);
        showLaptopSheet(document, preview);
        if (QTest::currentTestFailed())
            return;
        const auto pdf = Poppler::Document::loadFromData(preview.pdf());
        QVERIFY(pdf);
        const int pages = pdf->numPages();
        QVERIFY(pages >= 2);
        QCOMPARE(preview.pageCount(), pages);
        auto *number = preview.findChild<QLabel *>(QStringLiteral("labelPageNumber"));
        QToolButton *previous = button(preview, "previousPage");
        QToolButton *next = button(preview, "nextPage");
        QVERIFY(number->isVisible());
        QCOMPARE(number->text(), QStringLiteral("Page 1 of %1").arg(pages));
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        const QImage first
                = preview.findChild<QLabel *>(QStringLiteral("labelPage"))->pixmap().toImage();

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(preview.pageIndex(), 1);
        QCOMPARE(number->text(), QStringLiteral("Page 2 of %1").arg(pages));
        QVERIFY(previous->isEnabled());
        QCOMPARE(next->isEnabled(), pages > 2);
        const QImage second
                = preview.findChild<QLabel *>(QStringLiteral("labelPage"))->pixmap().toImage();
        QCOMPARE(second.size(), first.size()); // both A4
        QVERIFY(second != first);
        for (int i = 2; i < pages; ++i)
            QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(number->text(), QStringLiteral("Page %1 of %1").arg(pages));
        QVERIFY(!next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton); // disabled: stays on the last page
        QCOMPARE(preview.pageIndex(), pages - 1);
        for (int i = pages - 1; i > 1; --i)
            QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(preview.pageIndex(), 1);

        // A zoom applies to the page turned to; back to page 1 at 50 %.
        preview.setZoom(0.5);
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(number->text(), QStringLiteral("Page 1 of %1").arg(pages));
        QCOMPARE(preview.zoom(), 0.5);

        // The badge is one page: no page navigation.
        LabelOptions badge = sheet();
        badge.kind = LabelOptions::Kind::Badge;
        badge.sizeMm = QSizeF(60, 90);
        preview.setOptions(badge);
        preview.renderNow();
        QCOMPARE(preview.pageCount(), 1);
        QVERIFY(!number->isVisible());
        QVERIFY(!next->isVisible());
    }
};

QTEST_MAIN(TestLabelPreview)
#include "tst_labelpreview.moc"
