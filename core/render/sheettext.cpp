#include "core/render/sheettext.h"

#include "core/evaluation/profileevaluator.h"
#include "core/render/labelformat.h"

#include <QRegularExpression>

namespace carbonlabel {

namespace {

LocalizedText bi(const QString &en, const QString &zh)
{
    return LocalizedText{en, zh, {}};
}

// "materials[2].quantity" -> {"materials", 2, "quantity"}; index -1 without brackets.
struct PathParts
{
    QString section;
    int index = -1;
    QString rest;
};

PathParts split(const QString &path)
{
    const qsizetype open = path.indexOf(QLatin1Char('['));
    const qsizetype close = path.indexOf(QLatin1Char(']'), open);
    if (open < 0 || close < 0)
        return PathParts{path, -1, {}};
    QString rest = path.mid(close + 1);
    if (rest.startsWith(QLatin1Char('.')))
        rest.remove(0, 1);
    return PathParts{path.left(open), path.mid(open + 1, close - open - 1).toInt(), rest};
}

LocalizedText factorName(const Evaluation &e, const QString &id)
{
    for (const Factor &f : e.built.factors) {
        if (f.id == id)
            return bi(f.nameEn, f.nameZh.isEmpty() ? f.nameEn : f.nameZh);
    }
    return bi(id, id);
}

LocalizedText lineName(const Evaluation &e, const QList<MaterialLine> &lines, int index)
{
    if (index < 0 || index >= lines.size())
        return {};
    const MaterialLine &line = lines[index];
    return line.part.isEmpty() ? factorName(e, line.factor) : line.part;
}

LocalizedText prefixed(const QString &en, const QString &zh, const QString &name)
{
    return name.isEmpty() ? bi(en, zh)
                          : bi(en + QStringLiteral(": ") + name, zh + QStringLiteral("：") + name);
}

} // namespace

SheetText::SheetText(QStringList languages)
    : m_languages(std::move(languages))
{ }

QString SheetText::inline_(const QString &en, const QString &zh) const
{
    if (both())
        return en == zh ? en : en + QStringLiteral(" / ") + zh;
    return m_languages.constFirst() == QLatin1String("zh") ? zh : en;
}

QString SheetText::stacked(const QString &en, const QString &zh) const
{
    if (both())
        return en == zh ? en : en + QLatin1Char('\n') + zh;
    return m_languages.constFirst() == QLatin1String("zh") ? zh : en;
}

QString SheetText::stacked(const LocalizedText &text) const
{
    return stacked(text.text(QStringLiteral("en")), text.text(QStringLiteral("zh")));
}

LocalizedText SheetText::partName(const Evaluation &e, const std::string &path) const
{
    const Profile &p = *e.profile;
    const PathParts parts = split(QString::fromStdString(path));
    const QString n = LabelFormat::count(parts.index + 1);
    const QString &s = parts.section;
    if (s == QLatin1String("materials"))
        return lineName(e, p.materials, parts.index);
    if (s == QLatin1String("packaging"))
        return lineName(e, p.packaging, parts.index);
    if (s == QLatin1String("manufacturing"))
        return bi(QStringLiteral("Assembly energy"), QStringLiteral("组装能耗"));
    if (s == QLatin1String("distribution"))
        return bi(QStringLiteral("Transport, leg %1").arg(n), QStringLiteral("运输第%1段").arg(n));
    if (s == QLatin1String("use.modes") && p.use && parts.index < p.use->modes.size())
        return prefixed(QStringLiteral("Use"), QStringLiteral("使用"),
                        p.use->modes[parts.index].name);
    if (s == QLatin1String("use"))
        return bi(QStringLiteral("Use, annual energy"), QStringLiteral("使用阶段年能耗"));
    if (s == QLatin1String("end_of_life.routes"))
        return bi(QStringLiteral("End of life, route %1").arg(n),
                  QStringLiteral("废弃处理路线%1").arg(n));
    if (s.startsWith(QLatin1String("digital_service"))) {
        const DigitalService *d = p.digitalService ? &*p.digitalService : nullptr;
        const int i = parts.index;
        if (s.startsWith(QLatin1String("digital_service.network")))
            return bi(QStringLiteral("Network"), QStringLiteral("网络传输"));
        if (s.startsWith(QLatin1String("digital_service.data_center")))
            return bi(QStringLiteral("Data centre"), QStringLiteral("数据中心"));
        if (s.startsWith(QLatin1String("digital_service.ai.training")))
            return bi(QStringLiteral("AI training, amortised"), QStringLiteral("AI训练（分摊）"));
        if (s.startsWith(QLatin1String("digital_service.ai")))
            return bi(QStringLiteral("AI inference"), QStringLiteral("AI推理"));
        if (s.endsWith(QLatin1String(".compute")))
            return prefixed(QStringLiteral("Compute"), QStringLiteral("计算"),
                            d && i >= 0 && i < d->compute.size() ? d->compute[i].name : n);
        if (s.endsWith(QLatin1String(".accelerators")))
            return prefixed(QStringLiteral("Accelerators"), QStringLiteral("加速器"),
                            d && i >= 0 && i < d->accelerators.size() ? d->accelerators[i].name
                                                                      : n);
        if (s.endsWith(QLatin1String(".storage")))
            return prefixed(QStringLiteral("Storage"), QStringLiteral("存储"),
                            d && i >= 0 && i < d->storage.size() ? d->storage[i].name : n);
    }
    const QString raw = QString::fromStdString(path);
    return bi(raw, raw);
}

LocalizedText SheetText::parameterName(const Evaluation &e, const std::string &path) const
{
    const QString p = QString::fromStdString(path);
    if (p.startsWith(QLatin1String("factors.")))
        return factorName(e, p.mid(8));
    if (p == QLatin1String("product.lifetime_years"))
        return bi(QStringLiteral("Lifetime"), QStringLiteral("使用寿命"));
    if (p == QLatin1String("product.mass_kg"))
        return bi(QStringLiteral("Product mass"), QStringLiteral("产品质量"));
    // The line's name, then the field as the profile spells it.
    const qsizetype dot = p.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return bi(p, p);
    const LocalizedText line = partName(e, p.left(dot).toStdString());
    const QString field = p.mid(dot + 1);
    return bi(line.en + QStringLiteral(" (") + field + QLatin1Char(')'),
              line.text(QStringLiteral("zh")) + QStringLiteral("（") + field
                      + QStringLiteral("）"));
}

} // namespace carbonlabel
