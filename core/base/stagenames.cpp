#include "core/base/stagenames.h"

namespace carbonlabel {

namespace {

// Each stage's name once: the English one is also the source text of its translation.
struct StageName
{
    lca::Stage stage;
    struct
    {
        const char *text;
        const char *comment;
    } english;
    const char *chinese;
};

constexpr StageName kNames[] = {
        {lca::Stage::MaterialsManufacturing,
         {QT_TRANSLATE_NOOP("StageNames", "Materials & manufacturing"), nullptr},
         "原材料与制造"},
        {lca::Stage::Distribution,
         QT_TRANSLATE_NOOP3("StageNames", "Distribution", "lifecycle stage"), "运输分销"},
        {lca::Stage::UseDevice,
         {QT_TRANSLATE_NOOP("StageNames", "Use (device)"), nullptr},
         "使用阶段（设备）"},
        {lca::Stage::UseDigital,
         {QT_TRANSLATE_NOOP("StageNames", "Use (digital service)"), nullptr},
         "使用阶段（数字服务）"},
        {lca::Stage::EndOfLife,
         {QT_TRANSLATE_NOOP("StageNames", "End of life"), nullptr},
         "废弃处理"},
};

const StageName *find(lca::Stage stage)
{
    for (const StageName &n : kNames) {
        if (n.stage == stage)
            return &n;
    }
    return nullptr;
}

} // namespace

QString StageNames::english(lca::Stage stage)
{
    const StageName *n = find(stage);
    return n ? QString::fromUtf8(n->english.text) : QString();
}

QString StageNames::chinese(lca::Stage stage)
{
    const StageName *n = find(stage);
    return n ? QString::fromUtf8(n->chinese) : QString();
}

QString StageNames::inLanguage(lca::Stage stage, const QString &language)
{
    return language == QLatin1String("zh") ? chinese(stage) : english(stage);
}

QString StageNames::translated(lca::Stage stage)
{
    const StageName *n = find(stage);
    return n ? QCoreApplication::translate("StageNames", n->english.text, n->english.comment)
             : QString();
}

} // namespace carbonlabel
