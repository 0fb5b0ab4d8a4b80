#include "ui/labelpreview.h"

#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "core/render/labelfonts.h"
#include "core/render/labelrenderer.h"
#include "ui/emptystate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <poppler-qt6.h>

namespace carbonlabel {

namespace {

// The steps of zoom in and out, as a viewer's.
constexpr double kZoomSteps[] = {0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
// Around the page inside the scroll area: the label's margin and the paper's shadow.
constexpr int kPageMargin = 12;
constexpr int kShadow = 4;

} // namespace

LabelPreview::LabelPreview(ProfileDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_times(new QLabel(QStringLiteral("×"), this))
    , m_range(new QCheckBox(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomLevel(new QLabel(this))
    , m_zoomIn(new QToolButton(this))
    , m_fitWidth(new QToolButton(this))
    , m_fitPage(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_scroll(new QScrollArea(this))
    , m_page(new QLabel)
    , m_fontWarning(new QLabel(this))
    , m_empty(new EmptyState(QStringLiteral("labelEmptyState"), this))
{
    setObjectName(QStringLiteral("labelPreview"));
    m_kind->setObjectName(QStringLiteral("labelKind"));
    m_language->setObjectName(QStringLiteral("labelLanguage"));
    m_width->setObjectName(QStringLiteral("labelWidth"));
    m_height->setObjectName(QStringLiteral("labelHeight"));
    m_range->setObjectName(QStringLiteral("labelRange"));
    m_export->setObjectName(QStringLiteral("exportLabel"));
    m_page->setObjectName(QStringLiteral("labelPage"));
    m_pageLabel->setObjectName(QStringLiteral("labelPageNumber"));
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomLevel->setObjectName(QStringLiteral("zoomLevel"));
    m_fitWidth->setObjectName(QStringLiteral("fitWidth"));
    m_fitPage->setObjectName(QStringLiteral("fitPage"));

    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setDecimals(1);
        box->setSingleStep(5.0);
        box->setSuffix(QStringLiteral(" mm"));
        box->setKeyboardTracking(false);
    }
    m_width->setRange(LabelOptions::kMinWidthMm, LabelOptions::kMaxWidthMm);
    m_height->setRange(LabelOptions::kMinHeightMm, LabelOptions::kMaxHeightMm);
    m_previous->setText(QStringLiteral("‹"));
    m_next->setText(QStringLiteral("›"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    for (QToolButton *b : {m_fitWidth, m_fitPage}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
    }
    m_zoomLevel->setAlignment(Qt::AlignCenter);
    // "400 %" fits without the row moving as the figure changes.
    m_zoomLevel->setMinimumWidth(
            m_zoomLevel->fontMetrics().horizontalAdvance(QStringLiteral("400 %")) + 8);
    m_fontWarning->setObjectName(QStringLiteral("labelFontWarning"));
    m_fontWarning->setWordWrap(true);
    m_fontWarning->setTextFormat(Qt::PlainText);
    m_fontWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fontWarning->hide();
    m_page->setAlignment(Qt::AlignCenter);
    m_page->setMargin(kPageMargin);
    m_scroll->setWidget(m_page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setObjectName(QStringLiteral("labelScroll"));

    // What the settings say a label is by default.
    Settings *s = Settings::instance();
    LabelOptions o;
    QString ignored;
    o.kind = LabelOptions::parseKind(s->value(Settings::LabelKind).toString(), &ignored)
                     .value_or(LabelOptions::Kind::Badge);
    o.language = LabelOptions::parseLanguage(s->value(Settings::LabelLanguage).toString(), &ignored)
                         .value_or(LabelOptions::Language::Both);
    o.sizeMm = QSizeF(s->value(Settings::LabelWidthMm).toDouble(),
                      s->value(Settings::LabelHeightMm).toDouble());
    retranslateUi();
    setOptions(o);

    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &LabelPreview::renderNow);
    connect(document, &ProfileDocument::evaluated, this, &LabelPreview::schedule);
    for (QComboBox *box : {m_kind, m_language}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            updateControls();
            m_pageIndex = 0;
            // A badge is read whole, a sheet line by line.
            if (box == m_kind)
                setZoomMode(options().kind == LabelOptions::Kind::Badge ? ZoomMode::FitPage
                                                                        : ZoomMode::FitWidth);
            emit optionsChanged();
            schedule();
        });
    }
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            emit optionsChanged();
            schedule();
        });
    }
    connect(m_range, &QCheckBox::toggled, this, [this] {
        emit optionsChanged();
        schedule();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] {
        m_pageIndex = std::max(0, m_pageIndex - 1);
        showPage();
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        m_pageIndex = std::min(m_pageCount - 1, m_pageIndex + 1);
        showPage();
    });
    connect(m_export, &QPushButton::clicked, this, &LabelPreview::exportPdf);
    connect(m_zoomIn, &QToolButton::clicked, this, &LabelPreview::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &LabelPreview::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, &LabelPreview::fitWidth);
    connect(m_fitPage, &QToolButton::clicked, this, &LabelPreview::fitPage);
    // While the preview has the focus; Ctrl+= as well, for keyboards with + on a shifted key.
    auto shortcut = [this](const QKeySequence &key, void (LabelPreview::*slot)()) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::ZoomIn, &LabelPreview::zoomIn);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), &LabelPreview::zoomIn);
    shortcut(QKeySequence::ZoomOut, &LabelPreview::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &LabelPreview::fitPage);
    m_scroll->viewport()->installEventFilter(this);
    connect(document, &ProfileDocument::evaluated, this, &LabelPreview::updateCanExport);

    // Two short rows rather than one long one: the panel shares the window with the editor.
    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_kind, 1);
    controls->addWidget(m_language, 1);
    auto *size = new QHBoxLayout;
    size->setSpacing(6);
    size->addWidget(m_sizeLabel);
    size->addWidget(m_width);
    size->addWidget(m_times);
    size->addWidget(m_height);
    size->addSpacing(12);
    size->addWidget(m_range);
    size->addStretch();
    auto *view = new QHBoxLayout;
    view->setSpacing(2);
    view->addWidget(m_zoomOut);
    view->addWidget(m_zoomLevel);
    view->addWidget(m_zoomIn);
    view->addSpacing(8);
    view->addWidget(m_fitWidth);
    view->addWidget(m_fitPage);
    view->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_previous);
    bottom->addWidget(m_pageLabel);
    bottom->addWidget(m_next);
    bottom->addStretch();
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(controls);
    layout->addLayout(size);
    layout->addLayout(view);
    layout->addWidget(m_fontWarning);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(bottom);
    updateControls();
    m_canExport = document->evaluation().hasFootprint();
    setZoomMode(options().kind == LabelOptions::Kind::Badge ? ZoomMode::FitPage
                                                            : ZoomMode::FitWidth);
}

LabelPreview::~LabelPreview() = default;

void LabelPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_fontWarnings.isEmpty())
            schedule(); // the warnings were made in the old language
    }
    QWidget::changeEvent(event);
}

void LabelPreview::retranslateUi()
{
    const QSignalBlocker b1(m_kind);
    const QSignalBlocker b2(m_language);
    const int kind = m_kind->currentIndex();
    const int language = m_language->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Badge (box label)"), static_cast<int>(LabelOptions::Kind::Badge));
    m_kind->addItem(tr("Product sheet (A4)"), static_cast<int>(LabelOptions::Kind::Sheet));
    m_language->clear();
    m_language->addItem(tr("Chinese and English"), static_cast<int>(LabelOptions::Language::Both));
    m_language->addItem(tr("English"), static_cast<int>(LabelOptions::Language::English));
    m_language->addItem(tr("Chinese"), static_cast<int>(LabelOptions::Language::Chinese));
    m_kind->setCurrentIndex(std::max(0, kind));
    m_language->setCurrentIndex(std::max(0, language));
    m_sizeLabel->setText(tr("Size"));
    m_range->setText(tr("90% range"));
    m_range->setToolTip(tr("Print the 90% range (P5–P95) under the total, from the same Monte "
                           "Carlo simulation as the product sheet"));
    m_export->setText(tr("Export PDF…"));
    m_previous->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_fitWidth->setText(tr("Fit width"));
    m_fitWidth->setToolTip(tr("Scale the page to the width of the view"));
    m_fitPage->setText(tr("Fit page"));
    m_fitPage->setToolTip(tr("Show the whole page (Ctrl+0)"));
    m_zoomLevel->setToolTip(tr("Zoom: 100 % is the printed size; Ctrl+wheel zooms"));
    m_shownKey.clear();
    showPage();
}

LabelOptions LabelPreview::options() const
{
    LabelOptions o;
    o.kind = static_cast<LabelOptions::Kind>(m_kind->currentData().toInt());
    o.language = static_cast<LabelOptions::Language>(m_language->currentData().toInt());
    o.sizeMm = QSizeF(m_width->value(), m_height->value());
    o.range = m_range->isChecked();
    return o;
}

void LabelPreview::setOptions(const LabelOptions &o)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(o.kind))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(static_cast<int>(o.language))));
    m_width->setValue(o.sizeMm.width());
    m_height->setValue(o.sizeMm.height());
    m_range->setChecked(o.range);
    updateControls();
    schedule();
}

void LabelPreview::updateControls()
{
    const bool badge = options().kind == LabelOptions::Kind::Badge;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_sizeLabel, m_width, m_times, m_height, m_range})
        w->setVisible(badge);
}

void LabelPreview::schedule()
{
    m_dirty = true;
    // Rendering costs a few milliseconds: only when the preview is on screen, after typing
    // has paused.
    if (isVisible())
        m_timer.start();
}

void LabelPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_timer.start(0);
}

void LabelPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_doc && m_zoomMode != ZoomMode::Custom)
        showPage();
}

bool LabelPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta > 0)
                zoomIn();
            else if (delta < 0)
                zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LabelPreview::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    showPage();
}

void LabelPreview::setZoom(double factor)
{
    m_zoom = std::clamp(factor, kMinZoom, kMaxZoom);
    setZoomMode(ZoomMode::Custom);
}

void LabelPreview::zoomIn()
{
    for (const double step : kZoomSteps) {
        if (step > m_shownZoom * 1.01)
            return setZoom(step);
    }
    setZoom(kMaxZoom);
}

void LabelPreview::zoomOut()
{
    for (auto it = std::rbegin(kZoomSteps); it != std::rend(kZoomSteps); ++it) {
        if (*it < m_shownZoom * 0.99)
            return setZoom(*it);
    }
    setZoom(kMinZoom);
}

void LabelPreview::fitWidth()
{
    setZoomMode(ZoomMode::FitWidth);
}

void LabelPreview::fitPage()
{
    setZoomMode(ZoomMode::FitPage);
}

double LabelPreview::zoomFor(const QSizeF &points) const
{
    if (m_zoomMode == ZoomMode::Custom || points.isEmpty())
        return m_zoom;
    // The viewport without scroll bars, less the margins and the shadow; fitting the width
    // leaves room for the vertical scroll bar that a taller page brings.
    const QSize whole = m_scroll->maximumViewportSize();
    const double border = 2 * kPageMargin + kShadow + 2;
    double width = whole.width() - border;
    const double height = whole.height() - border;
    // Points to logical pixels at the printed size.
    const double pixelsPerPoint = logicalDpiX() / 72.0;
    double zoom = 0.0;
    if (m_zoomMode == ZoomMode::FitWidth) {
        width -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
        zoom = width / (points.width() * pixelsPerPoint);
    } else {
        zoom = std::min(width / (points.width() * pixelsPerPoint),
                        height / (points.height() * pixelsPerPoint));
    }
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

void LabelPreview::updateCanExport()
{
    const bool can = m_document->evaluation().hasFootprint();
    if (can == m_canExport)
        return;
    m_canExport = can;
    m_export->setEnabled(can);
    emit canExportChanged(can);
}

void LabelPreview::renderNow()
{
    m_timer.stop();
    m_dirty = false;
    m_error.clear();
    m_fontWarnings.clear();
    m_pdf.clear();
    m_doc.reset();
    m_shownKey.clear();
    m_pageCount = 0;
    const Evaluation &e = m_document->evaluation();
    if (!e.ok()) {
        m_state = State::Problems;
    } else if (!e.hasFootprint()) {
        m_state = State::Empty;
    } else {
        m_pdf = LabelRenderer::render(e, options(), &m_error, &m_fontWarnings);
        if (!LabelFonts::load().warning.isEmpty())
            m_fontWarnings.prepend(LabelFonts::load().warning);
        if (!m_pdf.isEmpty())
            m_doc = Poppler::Document::loadFromData(m_pdf);
        if (m_doc) {
            m_doc->setRenderHint(Poppler::Document::Antialiasing);
            m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
            m_doc->setRenderHint(Poppler::Document::TextHinting);
            m_pageCount = m_doc->numPages();
        }
        m_state = m_pageCount > 0 ? State::Page : State::Failed;
    }
    m_pageIndex = std::clamp(m_pageIndex, 0, std::max(0, m_pageCount - 1));
    updateCanExport();
    showFontWarnings();
    showPage();
}

void LabelPreview::showFontWarnings()
{
    QStringList lines;
    for (QString w : std::as_const(m_fontWarnings)) {
        if (!w.isEmpty())
            w[0] = w[0].toUpper(); // the CLI prints them after "warning: "
        lines << QStringLiteral("⚠ ") + w;
    }
    m_fontWarning->setText(lines.join(QLatin1Char('\n')));
    m_fontWarning->setVisible(!lines.isEmpty());
}

void LabelPreview::showPage()
{
    const bool shown = m_state == State::Page && m_doc;
    m_scroll->setVisible(shown);
    m_empty->setVisible(!shown);
    switch (m_state) {
    case State::Pending: // not rendered yet: a blank moment rather than a wrong message
        m_empty->setTexts(QString(), QString());
        break;
    case State::Page:
        break;
    case State::Problems:
        m_empty->setTexts(QString(), tr("The label appears when the profile has no problems."));
        break;
    case State::Empty:
        m_empty->setTexts(tr("Nothing to print yet"),
                          tr("Add a material or a use phase, and the label appears here as it "
                             "will print."));
        break;
    case State::Failed:
        m_empty->setTexts(QString(), m_error);
        break;
    }
    m_export->setEnabled(m_canExport);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_zoomOut, m_zoomLevel, m_zoomIn, m_fitWidth, m_fitPage})
        w->setVisible(shown);
    const bool pages = shown && m_pageCount > 1;
    m_previous->setVisible(pages);
    m_next->setVisible(pages);
    m_pageLabel->setVisible(pages);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_pageIndex + 1).arg(m_pageCount));
    m_previous->setEnabled(m_pageIndex > 0);
    m_next->setEnabled(m_pageIndex + 1 < m_pageCount);
    m_fitWidth->setChecked(m_zoomMode == ZoomMode::FitWidth);
    m_fitPage->setChecked(m_zoomMode == ZoomMode::FitPage);
    if (!shown) {
        m_page->setPixmap({});
        m_shownKey.clear();
        return;
    }
    const std::unique_ptr<Poppler::Page> page = m_doc->page(m_pageIndex);
    if (!page)
        return;
    const QSizeF points = page->pageSizeF();
    m_shownZoom = zoomFor(points);
    m_zoomIn->setEnabled(m_shownZoom < kMaxZoom * 0.999);
    m_zoomOut->setEnabled(m_shownZoom > kMinZoom * 1.001);
    m_zoomLevel->setText(QStringLiteral("%1 %").arg(qRound(m_shownZoom * 100.0)));
    // The page is rendered at the resolution it is shown at (and the screen's pixel ratio),
    // so that text stays sharp at every zoom; each page and resolution once.
    const qreal ratio = devicePixelRatioF();
    const double dpi = m_shownZoom * logicalDpiX() * ratio;
    const QString key = QStringLiteral("%1@%2").arg(m_pageIndex).arg(dpi, 0, 'f', 2);
    if (key == m_shownKey)
        return;
    // Where the view was, as a share of the page, to stay there at the new zoom; a page
    // wider than the view for the first time shows its left edge, another page its top.
    QScrollBar *hBar = m_scroll->horizontalScrollBar();
    QScrollBar *vBar = m_scroll->verticalScrollBar();
    const bool samePage = m_shownKey.section(QLatin1Char('@'), 0, 0).toInt() == m_pageIndex
            && !m_shownKey.isEmpty();
    const double hAt = hBar->maximum() > 0 ? double(hBar->value()) / hBar->maximum() : 0.0;
    const double vAt
            = samePage && vBar->maximum() > 0 ? double(vBar->value()) / vBar->maximum() : 0.0;
    m_shownKey = key;
    QImage image = page->renderToImage(dpi, dpi);
    image.setDevicePixelRatio(ratio);
    // A thin frame and a shadow make the page read as paper on the grey background.
    QImage framed(image.size() + QSize(kShadow + 2, kShadow + 2) * ratio,
                  QImage::Format_ARGB32_Premultiplied);
    framed.setDevicePixelRatio(ratio);
    framed.fill(Qt::transparent);
    QPainter p(&framed);
    const QSizeF logical = QSizeF(image.size()) / ratio;
    p.fillRect(QRectF(QPointF(kShadow, kShadow), logical), QColor(0, 0, 0, 40));
    p.drawImage(QPointF(0, 0), image);
    p.setPen(QColor(0xb0, 0xb0, 0xb0));
    p.drawRect(QRectF(QPointF(0, 0), logical).adjusted(0, 0, -0.5, -0.5));
    p.end();
    m_page->setPixmap(QPixmap::fromImage(framed));
    // The scroll bars take the new size once the layout has run.
    QTimer::singleShot(0, this, [hBar, vBar, hAt, vAt] {
        hBar->setValue(qRound(hAt * hBar->maximum()));
        vBar->setValue(qRound(vAt * vBar->maximum()));
    });
}

bool LabelPreview::exportTo(const QString &fileName, QString *error)
{
    const Evaluation &e = m_document->evaluation();
    if (!e.ok()) {
        if (error)
            *error = tr("The profile has problems; fix them before exporting a label.");
        return false;
    }
    if (!e.hasFootprint()) {
        if (error)
            *error = tr("There is nothing to print yet: add a material or a use phase first.");
        return false;
    }
    return LabelRenderer::renderToFile(e, options(), fileName, error);
}

void LabelPreview::exportPdf()
{
    QString error;
    if (!m_canExport && !exportTo(QString(), &error)) {
        QMessageBox::information(this, tr("Export label"), error);
        return;
    }
    QString stem = QFileInfo(m_document->fileName()).fileName();
    stem.remove(QStringLiteral(".clprofile.json"));
    if (stem.isEmpty())
        stem = m_document->profile().product.id;
    const QString suggested = stem + QLatin1Char('-') + LabelOptions::kindName(options().kind)
            + QStringLiteral(".pdf");
    const QString dir = Settings::instance()->value(Settings::LastDirectory).toString();
    const QString file = QFileDialog::getSaveFileName(
            this, tr("Export label"),
            dir.isEmpty() ? suggested : dir + QLatin1Char('/') + suggested,
            tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!exportTo(file, &error))
        QMessageBox::warning(this, tr("Export label"), error);
}

} // namespace carbonlabel
