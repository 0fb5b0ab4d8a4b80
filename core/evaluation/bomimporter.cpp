#include "core/evaluation/bomimporter.h"

#include "core/base/csvreader.h"
#include "core/factors/factordatabase.h"
#include "lca/units.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace carbonlabel {

namespace {

enum Column { PartEn, PartZh, FactorId, Quantity, Unit, ColumnCount };

Diagnostic problem(Diagnostic::Severity severity, const QString &path, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.path = path;
    d.message = message;
    return d;
}

// Up to three factors whose names or ids resemble `text`: the whole text first, then each word,
// so "abs plastic" still finds ABS although no factor name holds both words.
QList<Factor> suggestions(const FactorDatabase &db, const QStringList &texts)
{
    QList<Factor> found;
    auto add = [&found](const QList<Factor> &more) {
        for (const Factor &f : more) {
            if (found.size() >= 3)
                return;
            if (std::none_of(found.cbegin(), found.cend(),
                             [&f](const Factor &g) { return g.id == f.id; }))
                found.append(f);
        }
    };
    // Each text whole, then word by word, before the next text: the factor as typed counts
    // more than the part's names.
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-/,;()]+"));
    for (const QString &text : texts) {
        if (text.trimmed().isEmpty())
            continue;
        add(db.search(text, 3));
        for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
            if (word.size() >= 2)
                add(db.search(word, 3));
        }
    }
    return found;
}

QString productIdFrom(const QString &fileName)
{
    QString base = QFileInfo(fileName).fileName();
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    static const QRegularExpression notId(QStringLiteral("[^A-Za-z0-9_.-]+"));
    base = base.replace(notId, QStringLiteral("-")).toLower();
    return base.isEmpty() ? QStringLiteral("imported-bom") : base;
}

} // namespace

QStringList BomImporter::columns()
{
    return {QStringLiteral("part_en"), QStringLiteral("part_zh"), QStringLiteral("factor"),
            QStringLiteral("quantity"), QStringLiteral("unit")};
}

QStringList BomImporter::chineseHeaders()
{
    return {QStringLiteral("部件英文名"), QStringLiteral("部件中文名"), QStringLiteral("排放因子"),
            QStringLiteral("数量"), QStringLiteral("单位")};
}

BomImporter::Result BomImporter::importFile(const QString &path, const FactorDatabase &database,
                                            const BomImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.diagnostics.append(problem(Diagnostic::Severity::Error, {},
                                     tr("cannot read: %1").arg(file.errorString())));
        return r;
    }
    return import(file.readAll(), path, database, options);
}

BomImporter::Result BomImporter::import(const QByteArray &csv, const QString &fileName,
                                        const FactorDatabase &database,
                                        const BomImportOptions &options)
{
    using Severity = Diagnostic::Severity;
    Result r;
    const CsvReader::Result parsed = CsvReader::parse(csv);
    if (!parsed.ok()) {
        Diagnostic d = problem(Severity::Error, {}, parsed.error);
        d.line = parsed.errorLine;
        d.column = parsed.errorColumn;
        r.diagnostics.append(d);
        return r;
    }
    if (parsed.rows.isEmpty()) {
        r.diagnostics.append(problem(Severity::Error, {},
                                     tr("empty file; the first line must name the columns %1")
                                             .arg(columns().join(QStringLiteral(", ")))));
        return r;
    }

    // The header: each column once, in any order, named in English or in Chinese.
    const CsvReader::Row &header = parsed.rows.constFirst();
    std::array<int, ColumnCount> index;
    index.fill(-1);
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed();
        qsizetype k = columns().indexOf(name.toLower());
        if (k < 0)
            k = chineseHeaders().indexOf(name);
        const QString where = tr("line %1, column %2").arg(header.line).arg(c + 1);
        if (k < 0) {
            r.diagnostics.append(
                    problem(Severity::Error, where,
                            tr("unknown column \"%1\"; expected %2 (or %3)")
                                    .arg(name, columns().join(QStringLiteral(", ")),
                                         chineseHeaders().join(QStringLiteral("、")))));
        } else if (index[k] >= 0) {
            r.diagnostics.append(
                    problem(Severity::Error, where, tr("column \"%1\" appears twice").arg(name)));
        } else {
            index[k] = int(c);
        }
    }
    for (int k : {FactorId, Quantity, Unit}) {
        if (index[k] < 0)
            r.diagnostics.append(problem(
                    Severity::Error, tr("line %1").arg(header.line),
                    tr("missing column \"%1\" (%2)").arg(columns().at(k), chineseHeaders().at(k))));
    }
    if (index[PartEn] < 0 && index[PartZh] < 0)
        r.diagnostics.append(problem(
                Severity::Error, tr("line %1").arg(header.line),
                tr("missing column \"part_en\" or \"part_zh\" (部件英文名 or 部件中文名)")));
    if (hasErrors(r.diagnostics))
        return r;

    Profile profile;
    for (qsizetype i = 1; i < parsed.rows.size(); ++i) {
        const CsvReader::Row &row = parsed.rows.at(i);
        auto cell = [&](int k) {
            return index[k] < 0 ? QString() : row.fields.value(index[k]).trimmed();
        };
        auto where = [&](int k) {
            return tr("line %1, column %2 (%3)")
                    .arg(row.line)
                    .arg(index[k] + 1)
                    .arg(columns().at(k));
        };
        const qsizetype errorsBefore
                = std::count_if(r.diagnostics.cbegin(), r.diagnostics.cend(),
                                [](const Diagnostic &d) { return d.isError(); });
        if (row.fields.size() > header.fields.size()) {
            r.diagnostics.append(problem(Severity::Error, tr("line %1").arg(row.line),
                                         tr("%1 fields, but the header names %2 columns")
                                                 .arg(row.fields.size())
                                                 .arg(header.fields.size())));
            continue;
        }
        MaterialLine line;
        line.part.en = cell(PartEn);
        line.part.zh = cell(PartZh);
        if (line.part.isEmpty())
            r.diagnostics.append(problem(Severity::Error,
                                         where(index[PartEn] >= 0 ? PartEn : PartZh),
                                         tr("the part needs a name in English or Chinese")));

        line.factor = cell(FactorId);
        std::optional<Factor> factor;
        if (line.factor.isEmpty()) {
            r.diagnostics.append(problem(Severity::Error, where(FactorId),
                                         tr("empty; name an emission factor id")));
        } else if (!(factor = database.factor(line.factor))) {
            const QList<Factor> near
                    = suggestions(database, {line.factor, line.part.en, line.part.zh});
            QStringList names;
            for (const Factor &f : near)
                names << QStringLiteral("%1 (%2 / %3, %4)").arg(f.id, f.nameEn, f.nameZh, f.unit);
            r.diagnostics.append(
                    problem(Severity::Error, where(FactorId),
                            names.isEmpty() ? tr("unknown factor \"%1\"; search with: "
                                                 "carbonlabel-cli factors search WORDS")
                                                      .arg(line.factor)
                                            : tr("unknown factor \"%1\"; did you mean %2?")
                                                      .arg(line.factor, names.join(tr(" or ")))));
        }

        bool numberOk = false;
        const QString quantityText = cell(Quantity);
        const double quantity = quantityText.toDouble(&numberOk);
        if (!numberOk || !std::isfinite(quantity) || !(quantity > 0.0))
            r.diagnostics.append(
                    problem(Severity::Error, where(Quantity),
                            tr("\"%1\" is not a number greater than zero").arg(quantityText)));
        line.quantity = UncertainValue::fixed(quantity);

        line.unit = cell(Unit);
        const std::optional<lca::Unit> unit = lca::findUnit(line.unit.toStdString());
        if (!unit) {
            r.diagnostics.append(problem(Severity::Error, where(Unit),
                                         tr("unknown unit \"%1\"").arg(line.unit)));
        } else if (factor) {
            const auto factorUnit = lca::parseFactorUnit(factor->unit.toStdString());
            if (!factorUnit) {
                r.diagnostics.append(problem(Severity::Error, where(FactorId),
                                             tr("%1 is not an emission factor (its unit is %2)")
                                                     .arg(factor->id, factor->unit)));
            } else if (!lca::conversionFactor(line.unit.toStdString(), factorUnit->denominator)) {
                r.diagnostics.append(
                        problem(Severity::Error, where(Unit),
                                tr("unit \"%1\" does not fit factor %2, which is per %3")
                                        .arg(line.unit, factor->id,
                                             QString::fromStdString(factorUnit->denominator))));
            }
        }
        const qsizetype errorsAfter
                = std::count_if(r.diagnostics.cbegin(), r.diagnostics.cend(),
                                [](const Diagnostic &d) { return d.isError(); });
        if (errorsAfter == errorsBefore)
            profile.materials.append(line);
    }
    if (parsed.rows.size() == 1)
        r.diagnostics.append(problem(Severity::Error, {}, tr("no rows after the header")));
    if (hasErrors(r.diagnostics))
        return r;

    profile.product.id = options.productId.isEmpty() ? productIdFrom(fileName) : options.productId;
    profile.product.name = options.productName;
    if (profile.product.name.isEmpty())
        profile.product.name.en = profile.product.id;
    if (options.lifetimeYears) {
        profile.product.lifetimeYears = UncertainValue::fixed(*options.lifetimeYears);
    } else {
        // A profile needs a lifetime; 1 year keeps it valid until the analyst fills it in.
        profile.product.lifetimeYears = UncertainValue::fixed(1.0);
        r.diagnostics.append(
                problem(Severity::Warning, QStringLiteral("product.lifetime_years"),
                        tr("set to 1 as a placeholder; give --lifetime or edit the profile")));
    }
    if (options.massKg)
        profile.product.massKg = UncertainValue::fixed(*options.massKg);
    // Profile content in both languages, not interface text: not translated.
    profile.product.description.en
            = QStringLiteral("Imported from the bill of materials %1. Manufacturing, packaging, "
                             "distribution, use and end of life are still to be filled in.")
                      .arg(QFileInfo(fileName).fileName());
    profile.product.description.zh
            = QStringLiteral("由物料清单 %1 导入。制造、包装、运输、使用和报废阶段尚待填写。")
                      .arg(QFileInfo(fileName).fileName());
    r.profile = std::move(profile);
    return r;
}

} // namespace carbonlabel
