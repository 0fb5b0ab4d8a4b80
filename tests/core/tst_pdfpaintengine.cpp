// PdfPaintEngine, the badge's PDF writer, through PdfPaintDevice and QPainter as a renderer
// uses it; every file is read back by Poppler, as a reader's viewer and text tools read it.

#include "core/render/labelfonts.h"
#include "core/render/labelpainter.h"
#include "core/render/pdfpaintdevice.h"

#include "tests/common/pdftext.h"

#include <QPainter>
#include <QPainterPath>
#include <QtTest>

#include <poppler-qt6.h>

using namespace carbonlabel;

namespace {

constexpr int kUnitsPerInch = 1200;
constexpr double kUnitsPerMm = kUnitsPerInch / 25.4;

template<typename Draw>
QByteArray drawPdf(const QSizeF &pageMm, Draw draw, QString *error = nullptr)
{
    PdfPaintDevice device(pageMm, kUnitsPerInch);
    QPainter painter(&device);
    draw(painter, device);
    painter.end();
    QString problem;
    const QByteArray bytes = device.finish(
            {QStringLiteral("Test / 测试"), QStringLiteral("CarbonLabel"), QDate(2026, 3, 1)},
            &problem);
    if (error)
        *error = problem;
    return bytes;
}

// The page at `dpi`, as a viewer shows it.
QImage renderPage(const QByteArray &pdf, int dpi)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return {};
    return doc->page(0)->renderToImage(dpi, dpi).convertToFormat(QImage::Format_RGB32);
}

QColor pixelAtMm(const QImage &image, int dpi, double xMm, double yMm)
{
    return image.pixelColor(int(xMm / 25.4 * dpi), int(yMm / 25.4 * dpi));
}

QRectF mmRect(double x, double y, double w, double h)
{
    return QRectF(x * kUnitsPerMm, y * kUnitsPerMm, w * kUnitsPerMm, h * kUnitsPerMm);
}

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
            && std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return QStringLiteral("(%1, %2, %3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

} // namespace

class TestPdfPaintEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(LabelFonts::load().ok(), qPrintable(LabelFonts::load().error)); }

    void pageIsExactlyTheSizeAsked_data()
    {
        QTest::addColumn<QSizeF>("mm");
        QTest::newRow("badge 70 x 105") << QSizeF(70, 105);
        QTest::newRow("half millimetres") << QSizeF(52.5, 148.5);
        QTest::newRow("A4") << QSizeF(210, 297);
    }

    void pageIsExactlyTheSizeAsked()
    {
        QFETCH(QSizeF, mm);
        const QByteArray pdf = drawPdf(mm, [](QPainter &, PdfPaintDevice &) {});
        const test::PdfText text = test::readPdf(pdf);
        QCOMPARE(text.sizesMm.size(), 1);
        QVERIFY(std::abs(text.sizesMm[0].width() - mm.width()) < 1e-3);
        QVERIFY(std::abs(text.sizesMm[0].height() - mm.height()) < 1e-3);
        // The document information, in any language.
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        QCOMPARE(doc->info(QStringLiteral("Title")), QStringLiteral("Test / 测试"));
        QCOMPARE(doc->info(QStringLiteral("Creator")), QStringLiteral("CarbonLabel"));
        QCOMPARE(doc->date(QStringLiteral("CreationDate")).toUTC(),
                 QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    }

    void textExtractsFromAnEmbeddedSubset()
    {
        const QString line = QStringLiteral("Carbon impact 1.22 kg CO2e / 碳足迹 原材料与制造 83%");
        const LabelPainter lp(LabelFonts::load().family, kUnitsPerMm);
        const QByteArray pdf = drawPdf(QSizeF(150, 30), [&](QPainter &p, PdfPaintDevice &) {
            lp.text(&p, line, lp.style(9.0, false, Qt::black), {lp.mm(5), lp.mm(5)}, lp.mm(140));
        });
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        QVERIFY(doc);
        QCOMPARE(doc->page(0)->text(QRectF()).trimmed(), line);
        const QList<Poppler::FontInfo> fonts = doc->fonts();
        QCOMPARE(fonts.size(), 1);
        QVERIFY(fonts[0].isEmbedded());
        QVERIFY(fonts[0].isSubset());
        QCOMPARE(fonts[0].type(), Poppler::FontInfo::CIDTrueType);
        QVERIFY2(fonts[0].name().contains(QStringLiteral("+WenQuanYiMicroHei")),
                 qPrintable(fonts[0].name()));
    }

    void syntheticBoldExtractsOnce()
    {
        // The label face is regular only: bold is drawn twice, the copy without text.
        const LabelPainter lp(LabelFonts::load().family, kUnitsPerMm);
        const QByteArray pdf = drawPdf(QSizeF(80, 20), [&](QPainter &p, PdfPaintDevice &) {
            lp.text(&p, QStringLiteral("83% 原材料"), lp.style(9.0, true, Qt::black),
                    {lp.mm(5), lp.mm(5)}, lp.mm(70));
        });
        QCOMPARE(test::readPdf(pdf).text, QStringLiteral("83% 原材料"));
    }

    void fillsAndOpacityAsAViewerShowsThem()
    {
        const QByteArray pdf = drawPdf(QSizeF(60, 30), [](QPainter &p, PdfPaintDevice &) {
            p.fillRect(mmRect(10, 10, 10, 10), QColor(200, 30, 30));
            p.fillRect(mmRect(30, 10, 10, 10), QColor(0, 0, 255, 128));
            p.setOpacity(0.5);
            p.fillRect(mmRect(45, 10, 10, 10), QColor(0, 0, 0));
        });
        const QImage page = renderPage(pdf, 150);
        QVERIFY(!page.isNull());
        // Over white, alpha a gives 255 (1 - a) + c a: 128/255 of blue is (127, 127, 255);
        // half of black is (128, 128, 128).
        const QColor red = pixelAtMm(page, 150, 15, 15);
        const QColor blue = pixelAtMm(page, 150, 35, 15);
        const QColor grey = pixelAtMm(page, 150, 50, 15);
        const QColor white = pixelAtMm(page, 150, 25, 25);
        QVERIFY2(near(red, QColor(200, 30, 30)), qPrintable(describe(red)));
        QVERIFY2(near(blue, QColor(127, 127, 255)), qPrintable(describe(blue)));
        QVERIFY2(near(grey, QColor(128, 128, 128)), qPrintable(describe(grey)));
        QVERIFY2(near(white, Qt::white), qPrintable(describe(white)));
    }

    void strokesKeepWidthAndDashes()
    {
        const QByteArray pdf = drawPdf(QSizeF(100, 30), [](QPainter &p, PdfPaintDevice &) {
            // A solid 2 mm line at y 10 mm and a dashed one (4 + 2 widths of 1 mm) at 20 mm.
            p.setPen(QPen(Qt::black, 2 * kUnitsPerMm, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(10, 10) * kUnitsPerMm, QPointF(90, 10) * kUnitsPerMm);
            QPen dashed(Qt::black, 1 * kUnitsPerMm, Qt::CustomDashLine, Qt::FlatCap);
            dashed.setDashPattern({4, 2});
            p.setPen(dashed);
            p.drawLine(QPointF(10, 20) * kUnitsPerMm, QPointF(90, 20) * kUnitsPerMm);
        });
        const QImage page = renderPage(pdf, 254); // 10 pixels a millimetre
        QVERIFY(!page.isNull());
        // The solid line covers 9.2 to 10.8 mm and not 11.2 mm; flat caps end it at 90 mm.
        QVERIFY(near(pixelAtMm(page, 254, 50, 9.2), Qt::black, 40));
        QVERIFY(near(pixelAtMm(page, 254, 50, 10.8), Qt::black, 40));
        QVERIFY(near(pixelAtMm(page, 254, 50, 11.2), Qt::white, 40));
        QVERIFY(near(pixelAtMm(page, 254, 90.3, 10), Qt::white, 40));
        // Dashes of 4 mm, gaps of 2 mm from x = 10 mm: ink at 12 and 18, paper at 15 and 21.
        QVERIFY(near(pixelAtMm(page, 254, 12, 20), Qt::black, 40));
        QVERIFY(near(pixelAtMm(page, 254, 18, 20), Qt::black, 40));
        QVERIFY(near(pixelAtMm(page, 254, 15, 20), Qt::white, 40));
        QVERIFY(near(pixelAtMm(page, 254, 21, 20), Qt::white, 40));
    }

    void curvesAndTransformsAreDrawn()
    {
        const QByteArray pdf = drawPdf(QSizeF(60, 60), [](QPainter &p, PdfPaintDevice &) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0, 128, 0));
            // A circle of radius 10 mm about (30, 30) mm, drawn from a translated origin.
            p.translate(30 * kUnitsPerMm, 30 * kUnitsPerMm);
            p.drawEllipse(QPointF(0, 0), 10 * kUnitsPerMm, 10 * kUnitsPerMm);
        });
        const QImage page = renderPage(pdf, 254);
        QVERIFY(near(pixelAtMm(page, 254, 30, 30), QColor(0, 128, 0)));
        QVERIFY(near(pixelAtMm(page, 254, 30, 21), QColor(0, 128, 0), 40));
        // Inside the circle's square but outside the circle: the corner at 45 degrees is at
        // 10 / sqrt(2) = 7.07 mm; (38, 38) is 11.3 mm from the centre.
        QVERIFY(near(pixelAtMm(page, 254, 38, 38), Qt::white));
    }

    void rotatedTextStillExtracts()
    {
        const LabelPainter lp(LabelFonts::load().family, kUnitsPerMm);
        const QByteArray pdf = drawPdf(QSizeF(40, 80), [&](QPainter &p, PdfPaintDevice &) {
            p.translate(lp.mm(20), lp.mm(10));
            p.rotate(90);
            lp.text(&p, QStringLiteral("碳足迹 2026"), lp.style(12.0, false, Qt::black), {},
                    lp.mm(60));
        });
        const test::PdfText text = test::readPdf(pdf);
        QCOMPARE(QString(text.text).remove(QLatin1Char(' ')), QStringLiteral("碳足迹2026"));
        // Running down the page: the words' box is taller than wide.
        QVERIFY(!text.boxesMm.isEmpty());
        QVERIFY(text.boxesMm[0].height() > text.boxesMm[0].width());
    }

    void pagesFollowEachOther()
    {
        const LabelPainter lp(LabelFonts::load().family, kUnitsPerMm);
        const QByteArray pdf = drawPdf(QSizeF(50, 50), [&](QPainter &p, PdfPaintDevice &device) {
            lp.text(&p, QStringLiteral("one 一"), lp.style(10.0, false, Qt::black),
                    {lp.mm(5), lp.mm(5)}, lp.mm(40));
            device.newPage();
            lp.text(&p, QStringLiteral("two 二"), lp.style(10.0, false, Qt::black),
                    {lp.mm(5), lp.mm(5)}, lp.mm(40));
        });
        const test::PdfText text = test::readPdf(pdf);
        QCOMPARE(text.pages, (QStringList{QStringLiteral("one 一"), QStringLiteral("two 二")}));
    }

    void sameDrawingSameBytes()
    {
        const LabelPainter lp(LabelFonts::load().family, kUnitsPerMm);
        auto draw = [&](QPainter &p, PdfPaintDevice &) {
            p.fillRect(mmRect(1, 1, 5, 5), Qt::blue);
            lp.text(&p, QStringLiteral("Same 同"), lp.style(10.0, false, Qt::black),
                    {lp.mm(5), lp.mm(5)}, lp.mm(40));
        };
        QCOMPARE(drawPdf(QSizeF(50, 50), draw), drawPdf(QSizeF(50, 50), draw));
    }

    void imagesAreRefused()
    {
        QString error;
        const QByteArray pdf = drawPdf(
                QSizeF(50, 50),
                [](QPainter &p, PdfPaintDevice &) {
                    QImage image(4, 4, QImage::Format_RGB32);
                    image.fill(Qt::red);
                    p.drawImage(QPointF(0, 0), image);
                },
                &error);
        QVERIFY(pdf.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("images")), qPrintable(error));
    }

    void nonSolidFillsAreRefused_data()
    {
        // Gradients, hatch patterns and textures have no writer here; a PDF that silently drew
        // them as flat colour would print something else than the screen showed.
        QTest::addColumn<QBrush>("brush");
        QTest::addColumn<int>("shape"); // 0 rectangle, 1 ellipse, 2 polygon
        QLinearGradient linear(0, 0, 100, 0);
        linear.setColorAt(0, Qt::red);
        linear.setColorAt(1, Qt::blue);
        QRadialGradient radial(50, 50, 50);
        radial.setColorAt(0, Qt::white);
        radial.setColorAt(1, Qt::black);
        QPixmap texture(4, 4);
        texture.fill(Qt::green);
        QTest::newRow("linear gradient, rectangle") << QBrush(linear) << 0;
        QTest::newRow("radial gradient, ellipse") << QBrush(radial) << 1;
        QTest::newRow("hatch pattern, polygon") << QBrush(Qt::black, Qt::Dense4Pattern) << 2;
        QTest::newRow("texture, rectangle") << QBrush(texture) << 0;
    }

    void nonSolidFillsAreRefused()
    {
        QFETCH(QBrush, brush);
        QFETCH(int, shape);
        QString error;
        const QByteArray pdf = drawPdf(
                QSizeF(50, 50),
                [&](QPainter &p, PdfPaintDevice &) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(brush);
                    const QRectF r = mmRect(5, 5, 20, 20);
                    if (shape == 0)
                        p.drawRect(r);
                    else if (shape == 1)
                        p.drawEllipse(r);
                    else
                        p.drawPolygon(QPolygonF({r.topLeft(), r.topRight(), r.bottomLeft()}));
                },
                &error);
        QVERIFY(pdf.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("solid")), qPrintable(error));
    }
};

QTEST_MAIN(TestPdfPaintEngine)
#include "tst_pdfpaintengine.moc"
