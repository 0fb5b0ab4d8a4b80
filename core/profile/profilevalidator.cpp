#include "core/profile/profilevalidator.h"

#include "core/factors/componentclass.h"
#include "core/factors/factorcsv.h"
#include "core/profile/fieldtable.h"
#include "core/profile/fieldtableio.h"
#include "core/profile/jsonvaluereader.h"
#include "core/profile/profilefields.h"
#include "core/profile/profilereader.h"

#include <QSet>
#include <cmath>

namespace carbonlabel {

namespace {

using Member = JsonValueReader;

bool isSwdModel(const QString &model)
{
    return model == QLatin1String("swd-v4") || model == QLatin1String("swd-v3");
}

class Checker
{
public:
    explicit Checker(Diagnostics &d)
        : r(d)
        , diagnostics(d)
    {
        for (const Diagnostic &e : d) {
            if (e.isError())
                flagged.insert(e.path);
        }
    }

    // Whether the reader already found something wrong at `path` or inside it.
    bool isFlagged(const QString &path) const
    {
        if (flagged.contains(path))
            return true;
        const QString inside = path + QLatin1Char('.');
        for (const QString &f : flagged) {
            if (f.startsWith(inside))
                return true;
        }
        return false;
    }

    void unknown(const UnknownFields &fields, const QString &path)
    {
        if (!fields.is_object())
            return;
        for (const auto &[key, value] : fields.items()) {
            r.warning(Member::member(path, key),
                      JsonValueReader::tr("unknown field; it is kept when the profile is saved"));
        }
    }

    void missing(const QString &path, const QString &expected)
    {
        if (!isFlagged(path))
            r.error(path,
                    JsonValueReader::tr("required field is missing; expected %1").arg(expected));
    }

    // The fields of one section object. False when a number is out of range.
    template<typename Object>
    bool fields(const Object &object, const QString &path, std::span<const FieldSpec<Object>> table)
    {
        bool numbersOk = true;
        for (const FieldSpec<Object> &spec : table) {
            const QString at = Member::member(path, spec.key);
            if (isFlagged(at))
                continue;
            std::visit(
                    [&](auto member) {
                        const auto &value = object.*member;
                        using M = std::remove_cvref_t<decltype(value)>;
                        if constexpr (std::is_same_v<M, QString>) {
                            const bool written
                                    = spec.required() || (spec.flags & FieldInfo::WriteEmpty);
                            // What the file would say: an empty text is written, and empty,
                            // when the field is required; else it is left out.
                            if (spec.required() && value.trimmed().isEmpty()) {
                                if (written)
                                    r.error(at, JsonValueReader::tr("must not be empty"));
                                else
                                    missing(at, JsonValueReader::tr("a text"));
                            }
                        } else if constexpr (std::is_same_v<M, LocalizedText>) {
                            // A conditional text (a material's part) is its section's to check.
                            if (!(spec.flags & FieldInfo::Conditional))
                                localized(value, at, spec.required());
                        } else if constexpr (std::is_same_v<M, UncertainValue>) {
                            numbersOk = r.checkNumber(value, at, spec.range) && numbersOk;
                        } else if constexpr (std::is_same_v<M, std::optional<UncertainValue>>) {
                            if (value)
                                numbersOk = r.checkNumber(*value, at, spec.range) && numbersOk;
                        } else {
                            if (value)
                                numbersOk = r.checkNumber(UncertainValue::fixed(*value), at,
                                                          spec.range)
                                        && numbersOk;
                        }
                    },
                    spec.member);
        }
        unknown(object.unknown, path);
        return numbersOk;
    }

    // A line's component, when given, is one of the classes the completeness check knows.
    void component(const QString &id, const QString &line)
    {
        const QString at = Member::member(line, "component");
        if (!id.isEmpty() && !ComponentClass::isKnown(id) && !isFlagged(at))
            r.error(at,
                    ProfileReader::tr("\"%1\" is not a component class; expected one of: %2")
                            .arg(id, ComponentClass::ids().join(u", ")));
    }

    // A line's own data-quality scores and data source, when given, are well formed.
    void lineQuality(const MaterialLine &m, const QString &line)
    {
        const QString pedigree = Member::member(line, "pedigree");
        // Empty text parses as "not scored", so a scored result is what the line must give.
        if (!m.pedigree.isEmpty() && !isFlagged(pedigree)
            && !FactorCsv::parsePedigree(m.pedigree).value_or(lca::PedigreeScores{}).isScored())
            r.error(pedigree,
                    ProfileReader::tr("\"%1\" is not a pedigree: write five scores 1 to 5 as "
                                      "\"(r;c;t;g;f)\", e.g. \"(2;3;1;1;4)\"")
                            .arg(m.pedigree));
        const QString source = Member::member(line, "data_source");
        if (!m.dataSource.isEmpty() && m.dataSource != u"primary" && m.dataSource != u"secondary"
            && !isFlagged(source))
            r.error(source,
                    ProfileReader::tr("\"%1\" is not a data source; expected \"primary\" or "
                                      "\"secondary\"")
                            .arg(m.dataSource));
    }

    void localized(const LocalizedText &text, const QString &path, bool required)
    {
        if (required && text.en.trimmed().isEmpty() && text.zh.trimmed().isEmpty()
            && !isFlagged(path))
            r.error(path,
                    JsonValueReader::tr(
                            "expected a text in at least one language (\"en\" or \"zh\")"));
        unknown(text.unknown, path);
    }

    template<typename Object>
    void list(const QList<Object> &items, const QString &path,
              std::span<const FieldSpec<Object>> table)
    {
        for (qsizetype i = 0; i < items.size(); ++i)
            fields(items[i], Member::element(path, i), table);
    }

    void network(const NetworkUse &n, const QString &path);
    void ai(const AiUse &a, const QString &path);
    void endOfLife(const EndOfLife &eol, const QString &path);

    JsonValueReader r;
    Diagnostics &diagnostics;
    QSet<QString> flagged;
};

void Checker::network(const NetworkUse &n, const QString &path)
{
    fields(n, path, FieldTable::network());
    const QString modelPath = Member::member(path, "model");
    if (!n.model.isEmpty() && !isSwdModel(n.model) && n.model != QLatin1String("energy")
        && !isFlagged(modelPath)) {
        r.error(modelPath,
                ProfileReader::tr("expected \"energy\", \"swd-v4\" or \"swd-v3\", found \"%1\"")
                        .arg(n.model));
    }
    const QString kwhPath = Member::member(path, "kwh_per_gb");
    const QString gridPath = Member::member(path, "grid");
    const QString factorPath = Member::member(path, "green_hosting_factor");
    if (!isSwdModel(n.model)) {
        if (!n.kwhPerGb)
            missing(kwhPath, Member::describe(NumberRange::NonNegative));
        if (n.grid.isEmpty())
            missing(gridPath, JsonValueReader::tr("a text"));
        if (n.green)
            r.warning(Member::member(path, "green"),
                      ProfileReader::tr("ignored: applies only to the models swd-v4 and swd-v3"));
        if (n.greenHostingFactor)
            r.warning(factorPath,
                      ProfileReader::tr("ignored: applies only to the models swd-v4 and swd-v3"));
        return;
    }
    // Sustainable Web Design brings its own kWh per GB and grid (docs/digital-services.md).
    if (n.kwhPerGb)
        r.warning(
                kwhPath,
                ProfileReader::tr("ignored: the model %1 has its own energy per GB").arg(n.model));
    if (!n.grid.isEmpty())
        r.warning(gridPath,
                  ProfileReader::tr("ignored: the model %1 uses its own global grid intensity")
                          .arg(n.model));
    if (n.greenHostingFactor && n.model == QLatin1String("swd-v3"))
        r.error(factorPath,
                ProfileReader::tr(
                        "applies only to the model swd-v4; for swd-v3 use \"green\": true"));
    else if (n.greenHostingFactor && n.green)
        r.warning(factorPath,
                  ProfileReader::tr("ignored: a green host (\"green\": true) has the factor 1"));
}

void Checker::ai(const AiUse &a, const QString &path)
{
    fields(a, path, FieldTable::ai());
    if (!a.trainingMwh)
        return;
    // Training energy needs its grid and the queries it is shared over.
    if (a.trainingGrid.isEmpty())
        missing(Member::member(path, "training_grid"), JsonValueReader::tr("a text"));
    if (!a.trainingAmortisedOverQueries)
        missing(Member::member(path, "training_amortised_over_queries"),
                Member::describe(NumberRange::Positive));
}

void Checker::endOfLife(const EndOfLife &eol, const QString &path)
{
    const QString routesPath = Member::member(path, "routes");
    // An end of life with no route would count nothing while looking complete.
    if (eol.routes.isEmpty() && !isFlagged(routesPath)) {
        r.error(routesPath,
                ProfileReader::tr("expected at least one route; remove end_of_life when the "
                                  "product's end of life is not assessed"));
    }
    double sum = 0.0;
    bool allShares = true;
    for (qsizetype i = 0; i < eol.routes.size(); ++i) {
        const QString at = Member::element(routesPath, i);
        const bool ok = fields(eol.routes[i], at, FieldTable::endOfLifeRoute());
        allShares = allShares && ok && !isFlagged(Member::member(at, "share")) && !isFlagged(at);
        sum += eol.routes[i].share.value;
    }
    if (allShares && !eol.routes.isEmpty() && std::abs(sum - 1.0) > 1e-6) {
        r.error(routesPath,
                ProfileReader::tr("the shares add up to %1; they must add up to 1")
                        .arg(QString::number(sum, 'g', 10)));
    }
    unknown(eol.unknown, path);
}

} // namespace

void ProfileValidator::check(const Profile &p, Diagnostics &diagnostics)
{
    Checker c(diagnostics);
    c.fields(p.product, QStringLiteral("product"), FieldTable::product());
    const QString materials = QStringLiteral("materials");
    c.list(p.materials, materials, FieldTable::line());
    for (qsizetype i = 0; i < p.materials.size(); ++i) {
        // A materials line names its part; packaging may leave it out.
        const QString part = Member::member(Member::element(materials, i), "part");
        const LocalizedText &t = p.materials[i].part;
        if (t.isEmpty() && t.unknown.empty())
            c.missing(part, JsonValueReader::tr("an object with \"en\" and \"zh\" texts"));
        else
            c.localized(t, part, true);
        c.component(p.materials[i].component, Member::element(materials, i));
        c.lineQuality(p.materials[i], Member::element(materials, i));
    }
    for (qsizetype i = 0; i < p.packaging.size(); ++i) {
        const QString line = Member::element(QStringLiteral("packaging"), i);
        c.localized(p.packaging[i].part, Member::member(line, "part"), false);
        c.lineQuality(p.packaging[i], line);
    }
    c.list(p.packaging, QStringLiteral("packaging"), FieldTable::line());
    if (p.manufacturing) {
        const Manufacturing &m = *p.manufacturing;
        c.fields(m, QStringLiteral("manufacturing"), FieldTable::manufacturing());
        // Assembly energy needs the grid it is drawn from.
        if (m.assemblyEnergyKwh && m.assemblyEnergyKwh->value > 0.0 && m.grid.isEmpty())
            c.missing(QStringLiteral("manufacturing.grid"), JsonValueReader::tr("a text"));
    }
    c.list(p.distribution, QStringLiteral("distribution"), FieldTable::distributionLeg());
    if (p.use) {
        c.fields(*p.use, QStringLiteral("use"), FieldTable::use());
        c.list(p.use->modes, QStringLiteral("use.modes"), FieldTable::useMode());
    }
    if (p.digitalService) {
        const DigitalService &s = *p.digitalService;
        const QString path = QStringLiteral("digital_service");
        if (s.network)
            c.network(*s.network, Member::member(path, "network"));
        if (s.dataCenter)
            c.fields(*s.dataCenter, Member::member(path, "data_center"), FieldTable::dataCenter());
        if (s.ai)
            c.ai(*s.ai, Member::member(path, "ai"));
        // The cloud models are checked by the reader; their unknown fields are reported here.
        auto unknownIn = [&c](const auto &items, const QString &listPath) {
            for (qsizetype i = 0; i < items.size(); ++i)
                c.unknown(items[i].unknown, Member::element(listPath, i));
        };
        unknownIn(s.compute, Member::member(path, "compute"));
        unknownIn(s.accelerators, Member::member(path, "accelerators"));
        unknownIn(s.storage, Member::member(path, "storage"));
        c.unknown(s.unknown, path);
    }
    if (p.endOfLife)
        c.endOfLife(*p.endOfLife, QStringLiteral("end_of_life"));
    if (p.offsets)
        c.fields(*p.offsets, QStringLiteral("offsets"), FieldTable::offsets());
    c.unknown(p.unknown, {});
}

void ProfileValidator::checkNumber(const QString &path, const UncertainValue &value,
                                   Diagnostics &diagnostics)
{
    JsonValueReader r(diagnostics);
    const FieldInfo *f = FieldTable::find(path);
    r.checkNumber(value, path, f ? f->range : NumberRange::Any);
}

void ProfileValidator::checkRawValues(const QHash<QString, Json> &raw, Diagnostics &diagnostics)
{
    JsonValueReader r(diagnostics);
    QStringList paths = raw.keys();
    paths.sort(); // the same order on every run
    for (const QString &path : std::as_const(paths)) {
        const FieldInfo *f = FieldTable::find(path);
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        if (!f || dot < 0)
            continue;
        const QString parent = path.left(dot);
        const std::string key = path.mid(dot + 1).toStdString();
        const Json object{{key, raw.value(path)}};
        switch (f->type) {
        case FieldType::Text:
        case FieldType::LocalizedText:
            r.string(object, key, parent, f->required());
            break;
        case FieldType::Number:
        case FieldType::OptionalNumber:
            r.number(object, key, parent, f->range, f->required());
            break;
        case FieldType::OptionalPlainNumber:
            r.plainNumber(object, key, parent, f->range, f->required());
            break;
        }
    }
}

} // namespace carbonlabel
