#pragma once

#include "core/render/labeloptions.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace Poppler {
class Document;
}

namespace carbonlabel {

class EmptyState;
class ProfileDocument;

// The label as it will print: the PDF made by the same renderer as `carbonlabel-cli label`,
// rasterised by Poppler for the screen at the zoom's resolution. Kind, language, size and range
// controls; zoom (in, out, fit width, fit page; Ctrl+wheel, Ctrl++ and Ctrl+-, Ctrl+0 fits the
// page) and page navigation for the sheet's pages; export writes that very PDF. A profile
// with nothing to print yet (a new one) shows what to add instead, and cannot be exported.
class LabelPreview : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool canExport READ canExport NOTIFY canExportChanged)

public:
    enum class ZoomMode { FitPage, FitWidth, Custom };

    explicit LabelPreview(ProfileDocument *document, QWidget *parent = nullptr);
    ~LabelPreview() override;

    LabelOptions options() const;
    void setOptions(const LabelOptions &options);
    // The PDF last rendered (empty when the profile cannot be labelled).
    QByteArray pdf() const { return m_pdf; }
    // Renders now instead of after the short pause that lets typing settle.
    void renderNow();
    // Whether the profile has a label to export: it has no problems and a footprint.
    bool canExport() const { return m_canExport; }
    // Asks for a file and writes the PDF there.
    void exportPdf();
    // Writes the PDF for the current options; false and a message on failure.
    bool exportTo(const QString &fileName, QString *error);
    void retranslateUi();

    // The scale the page is shown at: 1 is its printed size on the screen.
    double zoom() const { return m_shownZoom; }
    ZoomMode zoomMode() const { return m_zoomMode; }
    void setZoom(double factor); // a fixed scale, within kMinZoom..kMaxZoom
    void zoomIn(); // to the next step (… 75 %, 100 %, 125 % …)
    void zoomOut();
    void fitWidth();
    void fitPage();
    int pageIndex() const { return m_pageIndex; }
    int pageCount() const { return m_pageCount; }
    // What the last rendering said of the label font: a missing font file, or texts with
    // characters it lacks, which print as empty boxes (LabelGlyphCheck). Shown above the page.
    QStringList fontWarnings() const { return m_fontWarnings; }

    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 4.0;

signals:
    void optionsChanged();
    // The profile gained or lost a label to export (MainWindow's Export label action follows).
    void canExportChanged(bool canExport);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // What the preview shows.
    enum class State { Pending, Page, Problems, Empty, Failed };

    void schedule();
    void showPage();
    void showFontWarnings();
    void updateControls();
    void updateCanExport();
    void setZoomMode(ZoomMode mode);
    // The scale `mode` gives a page of `points` in the view as it is now.
    double zoomFor(const QSizeF &points) const;

    ProfileDocument *m_document;
    QTimer m_timer;
    QComboBox *m_kind;
    QComboBox *m_language;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QLabel *m_sizeLabel;
    QLabel *m_times;
    QCheckBox *m_range; // the badge's 90 % range under the total
    QToolButton *m_zoomOut;
    QLabel *m_zoomLevel;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QToolButton *m_fitPage;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    QPushButton *m_export;
    QScrollArea *m_scroll;
    QLabel *m_page;
    QLabel *m_fontWarning;
    EmptyState *m_empty;
    QByteArray m_pdf;
    std::unique_ptr<Poppler::Document> m_doc; // m_pdf, loaded once for all its pages
    State m_state = State::Pending;
    QString m_error; // the renderer's, when it failed
    QStringList m_fontWarnings;
    int m_pageIndex = 0;
    int m_pageCount = 0;
    ZoomMode m_zoomMode = ZoomMode::FitPage;
    double m_zoom = 1.0; // the fixed scale of ZoomMode::Custom
    double m_shownZoom = 1.0;
    QString m_shownKey; // page and resolution of the image shown, to render each once
    bool m_dirty = true;
    bool m_canExport = false;
};

} // namespace carbonlabel
