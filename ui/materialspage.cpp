#include "ui/materialspage.h"

#include "ui/diedialog.h"
#include "ui/listeditor.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace carbonlabel {

MaterialsPage::MaterialsPage(ProfileDocument *document, FactorLibrary *library, QWidget *parent)
    : EditorPage(document, library, parent)
{
    setObjectName(QStringLiteral("page:materials"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(addNote(
            QT_TR_NOOP("Each line is a part: a quantity of what an emission factor describes. Type "
                       "in the factor column to search the database in English or Chinese; the "
                       "unit list offers the units that convert to the factor's.")));
    ListEditor *list = addList(
            static_cast<int>(ProfileList::Materials),
            QT_TR_NOOP("No materials yet. Add the parts of the product with “+ Add line”."));
    layout->addWidget(list, 1);
    m_die = new QToolButton(this);
    m_die->setObjectName(QStringLiteral("addDie"));
    list->addButton(m_die);
    connect(m_die, &QToolButton::clicked, this, [this] {
        DieDialog dialog(m_document, m_library, this);
        dialog.exec();
    });
    retranslateUi();
}

void MaterialsPage::retranslateUi()
{
    EditorPage::retranslateUi();
    m_die->setText(tr("+ Processor by die area…"));
    m_die->setToolTip(tr("A logic die from its area, process node and fab, by ACT's per-area "
                         "model, added as a line of one piece"));
}

QStringList MaterialsPage::sections() const
{
    return {QStringLiteral("materials")};
}

QString MaterialsPage::title() const
{
    return tr("Materials");
}

} // namespace carbonlabel
