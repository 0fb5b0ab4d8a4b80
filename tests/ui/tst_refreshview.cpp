// The Refresh cycles view driven offscreen by objectName: a profile without a device shows what
// to add instead of a best cycle; the laptop's chart ticks at round values worked out by hand,
// and each of its lines has a colour and a marker shape of its own.
#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "core/factors/factordatabase.h"
#include "ui/languagemanager.h"
#include "ui/refreshview.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace carbonlabel;

namespace {

QString example(const char *name)
{
    return QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/") + QLatin1String(name)
            + QStringLiteral(".clprofile.json");
}

// The ticks a dynamic axis draws: anchor + n · interval within its range.
QList<double> ticks(const QValueAxis *axis)
{
    QList<double> values;
    const double step = axis->tickInterval();
    double t = axis->tickAnchor()
            + std::ceil((axis->min() - axis->tickAnchor()) / step - 1e-9) * step;
    for (; t <= axis->max() + 1e-9; t += step)
        values.append(t);
    return values;
}

QValueAxis *axis(QChartView *view, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.constFirst());
}

} // namespace

class TestRefreshView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactorDatabase m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("carbonlabel-test-refreshview"));
        Settings::setFileName(m_dir.filePath(QStringLiteral("settings.ini")));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY2(m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                           m_dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(m_db.errorString()));
    }

    void noDeviceShowsWhatToAdd()
    {
        // The AI assistant is a digital service alone: no materials, manufacturing or
        // distribution (e0 = 0) and no use phase (a0 = 0). Every cycle would tie at 0 kg.
        ProfileDocument document(&m_db);
        QString error;
        QVERIFY2(document.open(example("ai-assistant"), &error), qPrintable(error));
        RefreshView view(&document);
        view.resize(480, 640);
        view.show();
        view.refresh();
        auto *empty = view.findChild<QWidget *>(QStringLiteral("refreshEmptyState"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        const auto *title = empty->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
        const auto *text = empty->findChild<QLabel *>(QStringLiteral("emptyStateText"));
        QCOMPARE(title->text(), QStringLiteral("No device to replace"));
        QVERIFY2(text->text().contains(QStringLiteral("Add materials or a use phase")),
                 qPrintable(text->text()));
        // Centred in the view: the empty state takes the width, its texts are centred in it.
        QCOMPARE(text->alignment() & Qt::AlignHCenter, Qt::AlignHCenter);
        QVERIFY(!view.findChild<QChartView *>(QStringLiteral("refreshChart"))->isVisible());
        QVERIFY(!view.findChild<QTableView *>(QStringLiteral("refreshTable"))->isVisible());
        QVERIFY(!view.findChild<QWidget *>(QStringLiteral("refreshInputs"))->isVisible());
        // No best cycle is named.
        const auto *payback = view.findChild<QLabel *>(QStringLiteral("paybackLine"));
        QVERIFY(!payback->isVisible());
        QVERIFY(!payback->text().contains(QStringLiteral("Best")));

        // A device again (the laptop): the chart is back and the empty state gone.
        QVERIFY2(document.open(example("laptop-14"), &error), qPrintable(error));
        view.refresh();
        QTRY_VERIFY(view.findChild<QChartView *>(QStringLiteral("refreshChart"))->isVisible());
        QVERIFY(!empty->isVisible());
        QCOMPARE(payback->text().left(28), QStringLiteral("Best: replace every 8 years."));
    }

    void laptopChart()
    {
        // The laptop: e0 = 194.41 + 9.42 + 0.01 = 203.85 kg (materials and manufacturing,
        // distribution, end of life: tst_footprintcommand), a0 = 19.36 kWh a year on 0.21302
        // kg/kWh, so 4.124 kg of use a year. Replacing every 2 years over 12 buys 6 devices:
        // 6 x 203.85 + 12 x 4.124 = 1223.07 + 49.49 = 1272.56 kg, the highest line. A round step
        // for 0..1273 in at most 5 intervals: 1273 / 5 = 255, so 500: ticks 0, 500, 1000, 1500.
        ProfileDocument document(&m_db);
        QString error;
        QVERIFY2(document.open(example("laptop-14"), &error), qPrintable(error));
        RefreshView view(&document);
        view.resize(480, 720);
        view.show();
        view.refresh();
        auto *chart = view.findChild<QChartView *>(QStringLiteral("refreshChart"));
        QTRY_VERIFY(chart->isVisible());
        QValueAxis *y = axis(chart, Qt::Vertical);
        QValueAxis *x = axis(chart, Qt::Horizontal);
        QVERIFY(x && y);
        QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(ticks(y), (QList<double>{0, 500, 1000, 1500}));
        QCOMPARE(y->labelFormat(), QStringLiteral("%.0f"));
        QCOMPARE(y->titleText(), QStringLiteral("kg CO₂e, cumulative"));
        // Years 1 to 12 in at most 6 intervals: 11 / 6 = 1.8, a step of 2 years.
        QCOMPARE(x->min(), 1.0);
        QCOMPARE(x->max(), 12.0);
        QCOMPARE(ticks(x), (QList<double>{2, 4, 6, 8, 10, 12}));
        QCOMPARE(x->titleText(), QStringLiteral("year"));

        QSet<QRgb> colours;
        QSet<int> shapes;
        int lines = 0;
        for (QAbstractSeries *series : chart->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series);
                line && series->type() == QAbstractSeries::SeriesTypeLine) {
                colours.insert(line->pen().color().rgb());
                ++lines;
            } else if (auto *markers = qobject_cast<QScatterSeries *>(series)) {
                shapes.insert(markers->markerShape());
            }
        }
        // Cycles 2..8: seven lines, seven colours of the Okabe-Ito palette; six marker shapes
        // (the seventh line repeats the first shape in another colour).
        QCOMPARE(lines, 7);
        QCOMPARE(colours.size(), 7);
        QCOMPARE(shapes.size(), 6);
        QVERIFY(colours.contains(QColor(0xe6, 0x9f, 0x00).rgb()));
        QVERIFY(colours.contains(QColor(0x00, 0x72, 0xb2).rgb()));
        // Seven lines are named at their ends, so the legend is off.
        QVERIFY(!chart->chart()->legend()->isVisible());

        // A horizon of 20 years: 19 / 6 = 3.2, so 5 years a tick (2 would need 10).
        auto *horizon = view.findChild<QSpinBox *>(QStringLiteral("horizon"));
        horizon->setValue(20);
        view.refresh();
        QTRY_COMPARE(axis(chart, Qt::Horizontal)->max(), 20.0);
        QCOMPARE(ticks(axis(chart, Qt::Horizontal)), (QList<double>{5, 10, 15, 20}));
    }
};

QTEST_MAIN(TestRefreshView)
#include "tst_refreshview.moc"
