#include "ui/batchexportdialog.h"

#include "core/render/labelbatch.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace carbonlabel {

BatchExportDialog::BatchExportDialog(const FactorDatabase *database, const LabelOptions &options,
                                     QWidget *parent)
    : FormDialog(QDialogButtonBox::Cancel, parent)
    , m_database(database)
    , m_options(options)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_outputLabel(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_browse(new QPushButton(this))
{
    setObjectName(QStringLiteral("batchExportDialog"));
    m_list->setObjectName(QStringLiteral("batchProfiles"));
    m_output->setObjectName(QStringLiteral("batchOutput"));
    m_intro->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QPushButton *exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("batchExport"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
                this, tr("Add profiles"), QString(),
                tr("CarbonLabel profiles (*.clprofile.json *.json)"));
        setProfiles(profiles() + files);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_list->selectedItems()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir
                = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_output->text());
        if (!dir.isEmpty())
            m_output->setText(dir);
    });

    auto *grid = new QGridLayout;
    grid->addWidget(m_list, 0, 0, 3, 1);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_remove, 1, 1);
    grid->setRowStretch(2, 1);
    auto *output = new QHBoxLayout;
    output->addWidget(m_outputLabel);
    output->addWidget(m_output, 1);
    output->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid, 1);
    layout->addLayout(output);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(620, 420);
}

void BatchExportDialog::accept()
{
    const Outcome outcome = run();
    if (!outcome.cancelled && outcome.failures.isEmpty())
        QDialog::accept();
}

void BatchExportDialog::retranslateUi()
{
    setWindowTitle(tr("Batch export labels"));
    m_intro->setText(
            tr("One PDF per profile, with the kind, language and size chosen in the label preview. "
               "A profile with problems is reported and skipped; the others are still written."));
    m_add->setText(tr("Add profiles…"));
    m_remove->setText(tr("Remove"));
    m_outputLabel->setText(tr("Output folder"));
    m_browse->setText(tr("Choose…"));
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setText(tr("Export"));
    }
}

void BatchExportDialog::setProfiles(const QStringList &files)
{
    m_list->clear();
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).fileName(), m_list);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
}

QStringList BatchExportDialog::profiles() const
{
    QStringList files;
    for (int i = 0; i < m_list->count(); ++i)
        files << m_list->item(i)->data(Qt::UserRole).toString();
    return files;
}

void BatchExportDialog::setOutputDirectory(const QString &dir)
{
    m_output->setText(dir);
}

BatchExportDialog::Outcome BatchExportDialog::run()
{
    Outcome outcome;
    const QStringList files = profiles();
    const QString dir = m_output->text().trimmed();
    if (files.isEmpty() || dir.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Add at least one profile and choose an output folder."));
        outcome.cancelled = true;
        return outcome;
    }
    const QStringList outputs = LabelBatch::outputNames(files, dir, m_options);
    QProgressDialog progress(tr("Writing labels…"), tr("Cancel"), 0, static_cast<int>(files.size()),
                             this);
    progress.setObjectName(QStringLiteral("batchProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress.wasCanceled()) {
            outcome.cancelled = true;
            break;
        }
        progress.setLabelText(tr("Writing %1 (%2 of %3)…")
                                      .arg(QFileInfo(files[i]).fileName())
                                      .arg(i + 1)
                                      .arg(files.size()));
        QString message;
        if (LabelBatch::makeOne(files[i], outputs[i], m_options, *m_database, &message))
            outcome.written << outputs[i];
        else
            outcome.failures << message;
        progress.setValue(static_cast<int>(i + 1));
        QApplication::processEvents();
    }
    progress.close();
    if (!outcome.failures.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, windowTitle(),
                        tr("%1 written, %2 skipped because of problems.")
                                .arg(outcome.written.size())
                                .arg(outcome.failures.size()),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("batchResult"));
        box.setDetailedText(outcome.failures.join(QLatin1Char('\n')));
        box.exec();
    }
    return outcome;
}

} // namespace carbonlabel
