#pragma once

#include "core/render/labeloptions.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace carbonlabel {

class ProfileDocument;

// The label as it will print: the PDF made by the same renderer as `carbonlabel-cli label`,
// rasterised by Poppler for the screen. Kind, language, size and range controls; export writes
// that very PDF.
class LabelPreview : public QWidget
{
    Q_OBJECT

public:
    explicit LabelPreview(ProfileDocument *document, QWidget *parent = nullptr);

    LabelOptions options() const;
    void setOptions(const LabelOptions &options);
    // The PDF last rendered (empty when the profile cannot be labelled).
    QByteArray pdf() const { return m_pdf; }
    // Renders now instead of after the short pause that lets typing settle.
    void renderNow();
    // Asks for a file and writes the PDF there.
    void exportPdf();
    // Writes the PDF for the current options; false and a message on failure.
    bool exportTo(const QString &fileName, QString *error);
    void retranslateUi();

signals:
    void optionsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void showPage();
    void updateControls();

    ProfileDocument *m_document;
    QTimer m_timer;
    QComboBox *m_kind;
    QComboBox *m_language;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QLabel *m_sizeLabel;
    QLabel *m_times;
    QCheckBox *m_range; // the badge's 90 % range under the total
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    QPushButton *m_export;
    QScrollArea *m_scroll;
    QLabel *m_page;
    QLabel *m_message;
    QByteArray m_pdf;
    QString m_error;
    int m_pageIndex = 0;
    int m_pageCount = 0;
    bool m_dirty = true;
};

} // namespace carbonlabel
