#include "ui/labelpreview.h"

#include "core/document/profiledocument.h"
#include "core/document/settings.h"
#include "core/render/labelrenderer.h"

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
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace carbonlabel {

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
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_scroll(new QScrollArea(this))
    , m_page(new QLabel)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("labelPreview"));
    m_kind->setObjectName(QStringLiteral("labelKind"));
    m_language->setObjectName(QStringLiteral("labelLanguage"));
    m_width->setObjectName(QStringLiteral("labelWidth"));
    m_height->setObjectName(QStringLiteral("labelHeight"));
    m_range->setObjectName(QStringLiteral("labelRange"));
    m_export->setObjectName(QStringLiteral("exportLabel"));
    m_page->setObjectName(QStringLiteral("labelPage"));
    m_message->setObjectName(QStringLiteral("labelMessage"));
    m_pageLabel->setObjectName(QStringLiteral("labelPageNumber"));

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
    m_page->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
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
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            m_pageIndex = 0;
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
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    updateControls();
}

void LabelPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
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
    if (!m_pdf.isEmpty())
        showPage();
}

void LabelPreview::renderNow()
{
    m_timer.stop();
    m_dirty = false;
    m_error.clear();
    m_pdf.clear();
    const Evaluation &e = m_document->evaluation();
    if (!e.ok())
        m_error = tr("The label appears when the profile has no problems.");
    else
        m_pdf = LabelRenderer::render(e, options(), &m_error);
    m_pageCount = 0;
    if (!m_pdf.isEmpty()) {
        if (const auto doc = Poppler::Document::loadFromData(m_pdf))
            m_pageCount = doc->numPages();
    }
    m_pageIndex = std::clamp(m_pageIndex, 0, std::max(0, m_pageCount - 1));
    showPage();
}

void LabelPreview::showPage()
{
    m_export->setEnabled(!m_pdf.isEmpty());
    m_message->setText(m_error);
    m_message->setVisible(!m_error.isEmpty());
    const bool pages = m_pageCount > 1;
    m_previous->setVisible(pages);
    m_next->setVisible(pages);
    m_pageLabel->setVisible(pages);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_pageIndex + 1).arg(m_pageCount));
    m_previous->setEnabled(m_pageIndex > 0);
    m_next->setEnabled(m_pageIndex + 1 < m_pageCount);
    if (m_pdf.isEmpty()) {
        m_page->setPixmap({});
        return;
    }
    const auto doc = Poppler::Document::loadFromData(m_pdf);
    if (!doc)
        return;
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    doc->setRenderHint(Poppler::Document::TextHinting);
    const auto page = doc->page(m_pageIndex);
    if (!page)
        return;
    // Fit the page into the view, never larger than twice its real size.
    const QSizeF points = page->pageSizeF();
    const QSize area = m_scroll->viewport()->size() - QSize(24, 24);
    const qreal ratio = devicePixelRatioF();
    double dpi = std::min(area.width() / points.width(), area.height() / points.height()) * 72.0;
    dpi = std::clamp(dpi, 24.0, 144.0) * ratio;
    QImage image = page->renderToImage(dpi, dpi);
    image.setDevicePixelRatio(ratio);
    // A thin frame and a shadow make the page read as paper on the grey background.
    QImage framed(image.size() + QSize(6, 6) * ratio, QImage::Format_ARGB32_Premultiplied);
    framed.setDevicePixelRatio(ratio);
    framed.fill(Qt::transparent);
    QPainter p(&framed);
    const QSizeF logical = QSizeF(image.size()) / ratio;
    p.fillRect(QRectF(QPointF(4, 4), logical), QColor(0, 0, 0, 40));
    p.drawImage(QPointF(0, 0), image);
    p.setPen(QColor(0xb0, 0xb0, 0xb0));
    p.drawRect(QRectF(QPointF(0, 0), logical).adjusted(0, 0, -0.5, -0.5));
    p.end();
    m_page->setPixmap(QPixmap::fromImage(framed));
}

bool LabelPreview::exportTo(const QString &fileName, QString *error)
{
    const Evaluation &e = m_document->evaluation();
    if (!e.ok()) {
        if (error)
            *error = tr("The profile has problems; fix them before exporting a label.");
        return false;
    }
    return LabelRenderer::renderToFile(e, options(), fileName, error);
}

void LabelPreview::exportPdf()
{
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
    QString error;
    if (!exportTo(file, &error))
        QMessageBox::warning(this, tr("Export label"), error);
}

} // namespace carbonlabel
