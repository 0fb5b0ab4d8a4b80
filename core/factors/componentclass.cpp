#include "core/factors/componentclass.h"

#include "core/base/idtable.h"

namespace carbonlabel {

namespace {

// Each class once: the English name is also the source text of its translation, and the
// Chinese one is what a label prints whatever the UI language.
struct ClassName
{
    const char *id;
    const char *english;
    const char *chinese;
};

constexpr ClassName kClasses[] = {
        {"display", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Display"), "显示屏"},
        {"main_board", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Main board"), "主板"},
        {"processor", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Processor"), "处理器"},
        {"memory", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Memory"), "内存"},
        {"storage", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Storage"), "存储"},
        {"battery", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Battery"), "电池"},
        {"enclosure", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Enclosure"), "外壳"},
        {"power_supply",
         QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Power supply or adapter"),
         "电源或适配器"},
        {"thermal", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Cooling"), "散热"},
        {"input", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Keyboard and input"),
         "键盘与输入"},
        {"camera", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Camera"), "摄像头"},
        {"packaging", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Packaging"), "包装"},
        {"assembly", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Assembly"), "组装"},
        {"other", QT_TRANSLATE_NOOP("carbonlabel::ComponentClass", "Other part"), "其他部件"},
};

const ClassName *find(const QString &id)
{
    return findById(kClasses, id);
}

} // namespace

QStringList ComponentClass::ids()
{
    QStringList list;
    for (const ClassName &c : kClasses)
        list.append(QString::fromLatin1(c.id));
    return list;
}

bool ComponentClass::isKnown(const QString &id)
{
    return find(id) != nullptr;
}

QString ComponentClass::english(const QString &id)
{
    const ClassName *c = find(id);
    return c ? QString::fromUtf8(c->english) : QString();
}

QString ComponentClass::chinese(const QString &id)
{
    const ClassName *c = find(id);
    return c ? QString::fromUtf8(c->chinese) : QString();
}

QString ComponentClass::inLanguage(const QString &id, const QString &language)
{
    return language == QLatin1String("zh") ? chinese(id) : english(id);
}

QString ComponentClass::translated(const QString &id)
{
    const ClassName *c = find(id);
    return c ? tr(c->english) : QString();
}

} // namespace carbonlabel
