#include "ui/appstyle.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace carbonlabel {

void AppStyle::apply(QApplication &app)
{
    app.setStyleSheet(QStringLiteral(R"(
QLineEdit[severity="2"], QComboBox[severity="2"], QPlainTextEdit[severity="2"] {
    border: 1px solid #c62828; border-radius: 2px; background: #fdecea; padding: 1px 2px; }
QLineEdit[severity="1"] { border: 1px solid #e08e2b; border-radius: 2px; padding: 1px 2px; }
QLabel#note { color: #5f6368; }
QLabel#unitLabel { color: #5f6368; }
QLabel#emptyState, QLabel#footprintEmpty { color: #80868b; font-size: 11pt; }
QLabel#factorCaption { color: #5f6368; font-size: 8.5pt; }
QLabel#factorCaption[changed="true"] { color: #a15c00; }
QLabel#productName { font-size: 13pt; font-weight: 600; }
QLabel#functionalUnit { color: #5f6368; }
QLabel#totalCaption { color: #5f6368; text-transform: uppercase; font-size: 8.5pt; letter-spacing: 1px; }
QLabel#totalValue { font-size: 30pt; font-weight: 600; color: #1f3b4d; }
QLabel#totalValue[stale="true"] { color: #9aa0a6; }
QLabel#totalUnit { font-size: 13pt; color: #5f6368; }
QLabel#staleNote, QLabel#analysisStaleNote { color: #c62828; }
QLabel#offsetsLine { color: #3c6e28; }
QLabel#sectionTitle { font-weight: 600; color: #3c4043; padding-top: 4px; }
QLabel#labelMessage { color: #5f6368; }
QLabel#labelFontWarning { color: #a15c00; background: #fff4d6; border: 1px solid #f0c36d;
    border-radius: 3px; padding: 4px 6px; }
QLabel#factorDialogMessage { color: #3c4043; }
QLabel#factorDialogMessage[severity="2"] { color: #c62828; }
QLabel#note[severity="2"] { color: #c62828; }
QFrame#snapshotBanner { background: #fff4d6; border: 1px solid #f0c36d; border-radius: 3px; }
QScrollArea#labelScroll { background: #e8eaed; }
QScrollArea#labelScroll > QWidget > QWidget { background: #e8eaed; }
)"));
}

void AppStyle::markProblem(QWidget *field, const QString &message)
{
    field->setProperty("severity", message.isEmpty() ? 0 : 2);
    field->setToolTip(message);
    field->style()->unpolish(field);
    field->style()->polish(field);
}

} // namespace carbonlabel
