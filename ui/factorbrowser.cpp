#include "ui/factorbrowser.h"

#include "core/base/numbertext.h"
#include "core/document/factorsearchmodel.h"
#include "core/factors/componentclass.h"
#include "core/factors/factordatabase.h"
#include "core/factors/factorlibrary.h"
#include "core/profile/fieldnames.h"
#include "ui/factordialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace carbonlabel {

namespace {

// The value column by the number policy (NumberText::quantity); the model has every digit,
// and the details below the table show them.
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        bool ok = false;
        const double value = index.data(Qt::EditRole).toDouble(&ok);
        if (ok)
            option->text = NumberText::quantity(value);
    }
};

} // namespace

QString FactorBrowser::categoryName(const QString &category)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
            {"material", QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Materials")},
            {"electronic_component",
             QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Electronic components")},
            {"packaging", QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Packaging")},
            {"grid_electricity",
             QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Grid electricity")},
            {"manufacturing_energy",
             QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Manufacturing energy")},
            {"transport", QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Transport")},
            {"end_of_life", QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "End of life")},
            {"network_transfer",
             QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Network transfer")},
            {"data_center", QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Data centres")},
            {"cloud_compute", QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Cloud compute")},
            {"cloud_storage", QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Cloud storage")},
            {"accelerator_power", QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Accelerators")},
            {"reference_result",
             QT_TRANSLATE_NOOP("carbonlabel::FactorBrowser", "Reference results")},
    };
    for (const auto &n : names) {
        if (category == QLatin1String(n.key))
            return QCoreApplication::translate("carbonlabel::FactorBrowser", n.name);
    }
    return category;
}

FactorBrowser::FactorBrowser(FactorLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new FactorSearchModel(library, this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("factorBrowser"));
    m_search->setObjectName(QStringLiteral("factorSearch"));
    m_search->setClearButtonEnabled(true);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_view->setObjectName(QStringLiteral("factorTable"));
    m_details->setObjectName(QStringLiteral("factorDetails"));
    m_count->setObjectName(QStringLiteral("factorCount"));
    m_add->setObjectName(QStringLiteral("addFactor"));
    m_edit->setObjectName(QStringLiteral("editFactor"));
    m_remove->setObjectName(QStringLiteral("removeFactor"));
    m_import->setObjectName(QStringLiteral("importFactors"));
    m_export->setObjectName(QStringLiteral("exportFactors"));

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(FactorSearchModel::Value, new ValueDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FactorSearchModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    for (int c : {int(FactorSearchModel::Region), int(FactorSearchModel::Year),
                  int(FactorSearchModel::Source), int(FactorSearchModel::Id)})
        m_view->setColumnHidden(c, true);
    m_view->setDragEnabled(true);
    m_details->setOpenExternalLinks(true);

    connect(m_search, &QLineEdit::textChanged, m_model, &FactorSearchModel::setQuery);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setCategory(m_category->currentData().toString()); });
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRegion(m_region->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n factor(s)", nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        showDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FactorBrowser::showDetails);
    connect(m_library, &FactorLibrary::changed, this, &FactorBrowser::fillFilters);
    connect(m_add, &QPushButton::clicked, this, &FactorBrowser::addFactor);
    connect(m_edit, &QPushButton::clicked, this, &FactorBrowser::editFactor);
    connect(m_view, &QTableView::doubleClicked, this, &FactorBrowser::editFactor);
    connect(m_remove, &QPushButton::clicked, this, &FactorBrowser::removeFactor);
    connect(m_import, &QPushButton::clicked, this, &FactorBrowser::importFactors);
    connect(m_export, &QPushButton::clicked, this, &FactorBrowser::exportFactors);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_region, 1);
    auto *buttons = new QGridLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_edit, 0, 1);
    buttons->addWidget(m_remove, 0, 2);
    buttons->addWidget(m_import, 1, 0);
    buttons->addWidget(m_export, 1, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(6);
    topLayout->addWidget(m_search);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_count);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    fillFilters();
    retranslateUi();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void FactorBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FactorBrowser::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search factors, e.g. aluminium, 电网, ship"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add a factor of your own to the user layer"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(
            tr("Edit the selected factor; a shipped factor is overridden by a user copy"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected user factor"));
    m_import->setText(tr("Import CSV…"));
    m_export->setText(tr("Export CSV…"));
    m_count->setText(tr("%n factor(s)", nullptr, m_model->rowCount()));
    m_model->retranslate();
    fillFilters();
    showDetails();
}

void FactorBrowser::fillFilters()
{
    const FactorDatabase *db = m_library->database();
    const QString category = m_category->currentData().toString();
    const QString region = m_region->currentData().toString();
    {
        const QSignalBlocker b1(m_category);
        const QSignalBlocker b2(m_region);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString &c : db->categories())
            m_category->addItem(categoryName(c), c);
        m_region->clear();
        m_region->addItem(tr("All regions"), QString());
        for (const QString &r : db->regions()) {
            if (!r.isEmpty())
                m_region->addItem(r, r);
        }
        m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
        m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    }
}

const Factor *FactorBrowser::selected() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? &m_model->factor(i.row()) : nullptr;
}

void FactorBrowser::showDetails()
{
    const Factor *f = selected();
    m_edit->setEnabled(f != nullptr);
    m_remove->setEnabled(f && f->userDefined);
    if (!f) {
        m_details->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                                   .arg(m_model->query().isEmpty()
                                                ? tr("Select a factor to see where it comes from.")
                                                : tr("No factor matches “%1”. Try fewer or other "
                                                     "words, in English or Chinese.")
                                                          .arg(m_model->query().toHtmlEscaped())));
        return;
    }
    auto row = [](const QString &name, const QString &value) {
        return value.isEmpty()
                ? QString()
                : QStringLiteral(
                          "<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
                          .arg(name, value.toHtmlEscaped());
    };
    // The value by the number policy, and every digit after it when it has more.
    const QString shown = NumberText::quantity(f->value);
    const QString all = NumberText::parse(shown) == f->value
            ? QString()
            : QStringLiteral(" (%1)").arg(NumberText::display(f->value));
    QString html
            = QStringLiteral(
                      "<p><b>%1</b><br>%2</p><p style='font-size:large'><b>%3</b> %4%5</p><table>")
                      .arg(f->nameEn.toHtmlEscaped(), f->nameZh.toHtmlEscaped(), shown,
                           f->unit.toHtmlEscaped(), all);
    html += row(tr("Category"), categoryName(f->category));
    html += row(tr("Component"), ComponentClass::translated(f->componentClass));
    html += row(tr("Region"), f->region);
    html += row(tr("Year"), f->year > 0 ? QString::number(f->year) : QString());
    html += row(tr("Source"), f->source);
    html += row(tr("Retrieved from"), f->sourceDetail); // after the publisher, as cited
    html += row(tr("Basic uncertainty (GSD)"),
                f->uncertaintyGsd > 0.0 ? NumberText::display(f->uncertaintyGsd) : QString());
    if (f->pedigree.isScored()) {
        const std::array<int, 5> s = f->pedigree.toArray();
        html += row(tr("Data quality"),
                    tr("reliability %1, completeness %2, temporal %3, geographical %4, "
                       "technological %5: GSD %6")
                            .arg(s[0])
                            .arg(s[1])
                            .arg(s[2])
                            .arg(s[3])
                            .arg(s[4])
                            .arg(QLocale().toString(f->gsd(), 'f', 3)));
        html += row(tr("Why"), f->qualityNote(FieldNames::language()));
    }
    html += row(tr("Dataset"),
                f->userDefined ? tr("your own factor (user layer)") : f->datasetVersion);
    html += row(tr("ID"), f->id);
    html += QStringLiteral("</table>");
    if (const QString notes = f->notes(FieldNames::language()); !notes.isEmpty())
        html += QStringLiteral("<p style='color:#444'>%1</p>").arg(notes.toHtmlEscaped());
    m_details->setHtml(html);
}

void FactorBrowser::addFactor()
{
    FactorDialog dialog(m_library, nullptr, this);
    dialog.exec();
}

void FactorBrowser::editFactor()
{
    const Factor *f = selected();
    if (!f)
        return;
    const Factor copy = *f;
    FactorDialog dialog(m_library, &copy, this);
    dialog.exec();
}

void FactorBrowser::removeFactor()
{
    const Factor *f = selected();
    if (!f || !f->userDefined)
        return;
    const QString id = f->id;
    if (QMessageBox::question(this, tr("Remove factor"), tr("Remove your factor “%1”?").arg(id))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_library->removeUserFactor(id, &error))
        QMessageBox::warning(this, tr("Remove factor"), error);
}

void FactorBrowser::importFactors()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import factors"), QString(),
                                                      tr("Factor tables (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QStringList errors;
    const int n = m_library->importUserCsv(file, &errors);
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import factors"),
                        tr("Nothing was imported: the file has %n problem(s).", nullptr,
                           static_cast<int>(errors.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    QMessageBox::information(this, tr("Import factors"), tr("Imported %n factor(s).", nullptr, n));
}

void FactorBrowser::exportFactors()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export your factors"),
                                                      QStringLiteral("user-factors.csv"),
                                                      tr("Factor tables (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_library->exportUserCsv(file, &error))
        QMessageBox::warning(this, tr("Export factors"), error);
}

} // namespace carbonlabel
