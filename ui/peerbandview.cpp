#include "ui/peerbandview.h"

#include "core/base/numbertext.h"
#include "core/render/peerbandpainter.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QtMath>

namespace carbonlabel {

namespace {

// One band, drawn by the same painter as the product sheet's, in the window's font and the
// locale's numbers.
class BandWidget : public QWidget
{
public:
    BandWidget(const std::optional<BenchmarkComparison> &comparison, bool manufacturing,
               QWidget *parent)
        : QWidget(parent)
        , m_comparison(comparison)
        , m_manufacturing(manufacturing)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    QSize sizeHint() const override
    {
        return QSize(200, qCeil(PeerBandPainter::height(style())) + 2);
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_comparison)
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const BenchmarkComparison &c = *m_comparison;
        PeerBandPainter::draw(p, QRectF(rect()),
                              m_manufacturing ? c.group->manufacturing : c.group->total,
                              m_manufacturing ? c.manufacturingKg : c.totalKg,
                              PeerBandView::tr("this product"), style());
    }

private:
    PeerBandPainter::Style style() const
    {
        // About 4 pixels a millimetre of the sheet's drawing: a band as tall as two lines.
        PeerBandPainter::Style s = PeerBandPainter::printStyle(font(), 3.0);
        if (!isEnabled()) {
            const QColor grey = palette().color(QPalette::Disabled, QPalette::WindowText);
            s.band = s.median = s.mark = s.text = grey;
        }
        s.number = [](double v) { return NumberText::quantity(v); };
        s.font.setPointSizeF(s.font.pointSizeF() * 0.85);
        return s;
    }

    const std::optional<BenchmarkComparison> &m_comparison;
    bool m_manufacturing;
};

QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    return l;
}

} // namespace

PeerBandView::PeerBandView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_totalText(new QLabel(this))
    , m_totalBand(new BandWidget(m_comparison, false, this))
    , m_manufacturingText(new QLabel(this))
    , m_manufacturingBand(new BandWidget(m_comparison, true, this))
    , m_attribution(wrapped(this, QStringLiteral("peerAttribution")))
{
    setObjectName(QStringLiteral("peerBands"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_totalText->setObjectName(QStringLiteral("peerTotalText"));
    m_manufacturingText->setObjectName(QStringLiteral("peerManufacturingText"));
    m_totalBand->setObjectName(QStringLiteral("peerTotalBand"));
    m_manufacturingBand->setObjectName(QStringLiteral("peerManufacturingBand"));
    QFont small = m_attribution->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_attribution->setFont(small);
    m_attribution->setForegroundRole(QPalette::PlaceholderText);
    m_attribution->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_attribution->setOpenExternalLinks(true);

    // Each band beside a short caption (what it measures, n, the product's percentile), so
    // that the two bands take four lines of the panel, not eight.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_totalText, 1, 0, Qt::AlignVCenter);
    layout->addWidget(m_totalBand, 1, 1);
    layout->addWidget(m_manufacturingText, 2, 0, Qt::AlignVCenter);
    layout->addWidget(m_manufacturingBand, 2, 1);
    layout->addWidget(m_attribution, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    retranslateUi();
    setVisible(false);
}

void PeerBandView::setComparison(const std::optional<BenchmarkComparison> &comparison, bool stale)
{
    m_comparison = comparison;
    setEnabled(!stale);
    retranslateUi();
    setVisible(comparison.has_value());
    m_totalBand->update();
    m_manufacturingBand->update();
}

void PeerBandView::retranslateUi()
{
    if (!m_comparison) {
        m_title->setText(tr("Published peers"));
        return;
    }
    const BenchmarkComparison &c = *m_comparison;
    m_title->setText(tr("Compared with published %1").arg(c.group->displayName()));
    const auto caption = [](const QString &what, const PeerStatistics &s, double percentile) {
        return tr("%1\nn=%2 · percentile %3").arg(what).arg(s.n).arg(std::lround(percentile));
    };
    m_totalText->setText(caption(tr("Total"), c.group->total, c.percentileTotal));
    m_manufacturingText->setText(caption(tr("Manufacturing", "materials and manufacturing"),
                                         c.group->manufacturing, c.percentileManufacturing));
    m_totalText->setToolTip(PeerBenchmark::bandText(c, false));
    m_manufacturingText->setToolTip(PeerBenchmark::bandText(c, true));
    const PeerBenchmark &b = PeerBenchmark::shipped();
    m_attribution->setText(tr("Bars: P10–P90, tick: median, whiskers: P5–P95. Derived from "
                              "<a href=\"%1\">%2</a>, %3. A plausibility check, not part of the "
                              "footprint.")
                                   .arg(b.sourceUrl().toHtmlEscaped(), b.source().toHtmlEscaped(),
                                        b.licence().toHtmlEscaped()));
}

} // namespace carbonlabel
