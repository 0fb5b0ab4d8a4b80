#include "factorcsv.h"

#include "core/base/csvreader.h"
#include "core/factors/componentclass.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <array>
#include <charconv>
#include <cmath>

namespace carbonlabel {

namespace {

const QString kId = QStringLiteral("id");
const QString kCategory = QStringLiteral("category");
const QString kNameEn = QStringLiteral("name_en");
const QString kNameZh = QStringLiteral("name_zh");
const QString kValue = QStringLiteral("value");
const QString kUnit = QStringLiteral("unit");
const QString kRegion = QStringLiteral("region");
const QString kYear = QStringLiteral("year");
const QString kSource = QStringLiteral("source");
const QString kSourceDetail = QStringLiteral("source_detail");
const QString kGsd = QStringLiteral("uncertainty_gsd");
const QString kNotes = QStringLiteral("notes");
const QString kComponentClass = QStringLiteral("component_class");
const QString kPedigree = QStringLiteral("pedigree");
const QString kQualityNote = QStringLiteral("quality_note");
const QString kGridBasis = QStringLiteral("grid_basis");
const QString kGridMethod = QStringLiteral("grid_method");
const QString kGridScope = QStringLiteral("grid_scope");
const QString kNotesZh = QStringLiteral("notes_zh");
const QString kQualityNoteZh = QStringLiteral("quality_note_zh");

const QStringList kGridBases = {QStringLiteral("lifecycle"), QStringLiteral("combustion")};
const QStringList kGridMethods
        = {QStringLiteral("location"), QStringLiteral("market"), QStringLiteral("residual")};
const QStringList kGridScopes
        = {QStringLiteral("generation"), QStringLiteral("consumption"), QStringLiteral("td_losses"),
           QStringLiteral("wtt"), QStringLiteral("constant")};

QByteArray formatNumber(double value)
{
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec != std::errc())
        return QByteArray::number(value, 'g', 17);
    return QByteArray(buffer.data(), end - buffer.data());
}

void appendField(QByteArray *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool needsQuotes = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')
            || utf8.contains('\r')
            || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes) {
        out->append(utf8);
        return;
    }
    out->append('"');
    for (const char c : utf8) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

} // namespace

QString FactorCsv::Error::toString() const
{
    QStringList place;
    if (line > 0)
        place.append(tr("row %1").arg(line));
    if (!column.isEmpty())
        place.append(tr("column \"%1\"").arg(column));
    QString where = place.join(QStringLiteral(", "));
    if (!file.isEmpty())
        where = where.isEmpty() ? file : tr("%1: %2").arg(file, where);
    return where.isEmpty() ? message : tr("%1: %2").arg(where, message);
}

QStringList FactorCsv::columns()
{
    return {kId,        kCategory,   kNameEn,         kNameZh,   kValue,
            kUnit,      kRegion,     kYear,           kSource,   kSourceDetail,
            kGsd,       kNotes,      kComponentClass, kPedigree, kQualityNote,
            kGridBasis, kGridMethod, kGridScope,      kNotesZh,  kQualityNoteZh};
}

std::optional<lca::PedigreeScores> FactorCsv::parsePedigree(const QString &text)
{
    // openLCA's notation: "(r;c;t;g;f)", each 1..5.
    const QString t = text.trimmed();
    if (t.isEmpty())
        return lca::PedigreeScores{};
    if (!t.startsWith(u'(') || !t.endsWith(u')'))
        return std::nullopt;
    const QStringList parts = t.mid(1, t.size() - 2).split(u';');
    if (parts.size() != 5)
        return std::nullopt;
    int s[5] = {};
    for (int i = 0; i < 5; ++i) {
        bool ok = false;
        s[i] = parts.at(i).trimmed().toInt(&ok);
        if (!ok || s[i] < 1 || s[i] > 5)
            return std::nullopt;
    }
    return lca::PedigreeScores{s[0], s[1], s[2], s[3], s[4]};
}

QString FactorCsv::formatPedigree(const lca::PedigreeScores &scores)
{
    if (!scores.isScored())
        return {};
    const std::array<int, 5> s = scores.toArray();
    return QStringLiteral("(%1;%2;%3;%4;%5)").arg(s[0]).arg(s[1]).arg(s[2]).arg(s[3]).arg(s[4]);
}

QStringList FactorCsv::requiredColumns()
{
    return {kId, kCategory, kNameEn, kValue, kUnit};
}

QList<FactorCsv::Error> FactorCsv::validate(const Factor &factor)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]+$"));
    QList<Error> errors;
    auto add = [&](const QString &column, const QString &message) {
        errors.append(Error{QString(), 0, column, message});
    };
    if (factor.id.isEmpty())
        add(kId, tr("the id is empty"));
    else if (!idPattern.match(factor.id).hasMatch())
        add(kId, tr("\"%1\" is not a valid id (use only a-z, 0-9 and _)").arg(factor.id));
    if (!std::isfinite(factor.value))
        add(kValue, tr("the value must be a finite number"));
    if (factor.unit.trimmed().isEmpty())
        add(kUnit, tr("the unit is empty"));
    if (!std::isfinite(factor.uncertaintyGsd)
        || (factor.uncertaintyGsd != 0.0 && factor.uncertaintyGsd < 1.0))
        add(kGsd,
            tr("%1: a geometric standard deviation must be at least 1 (leave it empty when "
               "unknown)")
                    .arg(factor.uncertaintyGsd));
    if (!factor.pedigree.isValid())
        add(kPedigree, tr("each of the five pedigree scores must be 1 to 5"));
    auto checkChoice = [&](const QString &column, const QString &value,
                           const QStringList &allowed) {
        if (!value.isEmpty() && !allowed.contains(value))
            add(column, tr("\"%1\" is not one of: %2, or empty").arg(value, allowed.join(u", ")));
    };
    checkChoice(kGridBasis, factor.gridBasis, kGridBases);
    checkChoice(kGridMethod, factor.gridMethod, kGridMethods);
    checkChoice(kGridScope, factor.gridScope, kGridScopes);
    if (!factor.componentClass.isEmpty() && !ComponentClass::isKnown(factor.componentClass))
        add(kComponentClass,
            tr("\"%1\" is not a component class (expected one of: %2, or empty)")
                    .arg(factor.componentClass, ComponentClass::ids().join(u", ")));
    return errors;
}

FactorCsv::Result FactorCsv::read(const QByteArray &data, const QString &fileName)
{
    Result result;
    auto addError = [&](int line, const QString &column, const QString &message) {
        result.errors.append(Error{fileName, line, column, message});
    };

    // On a syntax error the rows before it are still checked, so one run reports them all.
    const CsvReader::Result csv = CsvReader::parse(data);
    auto addSyntaxError = [&] {
        if (!csv.ok()) {
            addError(csv.errorLine, QString(),
                     tr("character %1: %2").arg(csv.errorColumn).arg(csv.error));
            result.factors.clear();
        }
    };
    if (csv.rows.isEmpty()) {
        if (!csv.ok()) {
            addSyntaxError();
            return result;
        }
        addError(0, QString(), tr("the file is empty; it needs a header row"));
        return result;
    }

    // Map each known column to its position in this file.
    const CsvReader::Row &header = csv.rows.first();
    const QStringList known = columns();
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (!known.contains(name))
            addError(header.line, name,
                     tr("unknown column (expected some of: %1)").arg(known.join(u", ")));
        else if (position.contains(name))
            addError(header.line, name, tr("the column appears twice"));
        else
            position.insert(name, i);
    }
    for (const QString &name : requiredColumns()) {
        if (!position.contains(name))
            addError(header.line, name, tr("the required column is missing"));
    }
    if (!result.ok()) {
        addSyntaxError();
        return result;
    }

    QHash<QString, int> firstLineOfId;
    for (qsizetype r = 1; r < csv.rows.size(); ++r) {
        const CsvReader::Row &row = csv.rows.at(r);
        if (row.fields.size() != header.fields.size()) {
            addError(row.line, QString(),
                     tr("the row has %1 fields but the header has %2")
                             .arg(row.fields.size())
                             .arg(header.fields.size()));
            continue;
        }
        auto field = [&](const QString &name) {
            const qsizetype i = position.value(name, -1);
            return i < 0 ? QString() : row.fields.at(i);
        };
        const qsizetype errorsBefore = result.errors.size();
        QStringList badColumns; // already reported while parsing, so not validated again

        Factor factor;
        factor.id = field(kId);
        factor.category = field(kCategory);
        factor.nameEn = field(kNameEn);
        factor.nameZh = field(kNameZh);
        factor.unit = field(kUnit);
        factor.region = field(kRegion);
        factor.source = field(kSource);
        factor.sourceDetail = field(kSourceDetail);
        factor.notesEn = field(kNotes);
        factor.notesZh = field(kNotesZh);
        factor.componentClass = field(kComponentClass).trimmed();
        factor.qualityNoteEn = field(kQualityNote);
        factor.qualityNoteZh = field(kQualityNoteZh);
        factor.gridBasis = field(kGridBasis).trimmed();
        factor.gridMethod = field(kGridMethod).trimmed();
        factor.gridScope = field(kGridScope).trimmed();
        if (const auto scores = parsePedigree(field(kPedigree))) {
            factor.pedigree = *scores;
        } else {
            addError(row.line, kPedigree,
                     tr("\"%1\" is not a pedigree: write five scores 1 to 5 as (r;c;t;g;f), "
                        "e.g. (2;3;1;1;4)")
                             .arg(field(kPedigree).trimmed()));
            badColumns.append(kPedigree);
        }

        bool ok = false;
        const QString value = field(kValue).trimmed();
        factor.value = value.toDouble(&ok);
        if (value.isEmpty() || !ok) {
            addError(row.line, kValue,
                     value.isEmpty() ? tr("the value is empty")
                                     : tr("\"%1\" is not a number").arg(value));
            badColumns.append(kValue);
        }
        const QString year = field(kYear).trimmed();
        if (!year.isEmpty()) {
            factor.year = year.toInt(&ok);
            if (!ok) {
                addError(row.line, kYear, tr("\"%1\" is not a whole year").arg(year));
                factor.year = 0;
            }
        }
        const QString gsd = field(kGsd).trimmed();
        if (!gsd.isEmpty()) {
            factor.uncertaintyGsd = gsd.toDouble(&ok);
            if (!ok) {
                addError(row.line, kGsd, tr("\"%1\" is not a number").arg(gsd));
                badColumns.append(kGsd);
                factor.uncertaintyGsd = 0.0;
            } else if (factor.uncertaintyGsd == 0.0) {
                // 0 would read back as "unknown"; an explicit 0 is a mistake, not a gap.
                addError(row.line, kGsd,
                         tr("0: a geometric standard deviation must be at least 1 (leave it "
                            "empty when unknown)"));
                badColumns.append(kGsd);
            }
        }
        for (const Error &error : validate(factor)) {
            if (!badColumns.contains(error.column))
                addError(row.line, error.column, error.message);
        }
        if (!factor.id.isEmpty()) {
            if (const int first = firstLineOfId.value(factor.id, 0)) {
                addError(row.line, kId,
                         tr("the id \"%1\" is already used on row %2").arg(factor.id).arg(first));
            } else {
                firstLineOfId.insert(factor.id, row.line);
            }
        }
        if (result.errors.size() == errorsBefore)
            result.factors.append(factor);
    }
    addSyntaxError();
    if (!result.ok())
        result.factors.clear();
    return result;
}

FactorCsv::Result FactorCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append(Error{path, 0, QString(), file.errorString()});
        return result;
    }
    return read(file.readAll(), path);
}

QByteArray FactorCsv::write(const QList<Factor> &factors)
{
    QByteArray out;
    out.append(columns().join(u',').toUtf8()).append("\r\n");
    for (const Factor &f : factors) {
        const QString fields[] = {
                f.id,
                f.category,
                f.nameEn,
                f.nameZh,
                QString::fromLatin1(formatNumber(f.value)),
                f.unit,
                f.region,
                f.year != 0 ? QString::number(f.year) : QString(),
                f.source,
                f.sourceDetail,
                f.uncertaintyGsd != 0.0 ? QString::fromLatin1(formatNumber(f.uncertaintyGsd))
                                        : QString(),
                f.notesEn,
                f.componentClass,
                formatPedigree(f.pedigree),
                f.qualityNoteEn,
                f.gridBasis,
                f.gridMethod,
                f.gridScope,
                f.notesZh,
                f.qualityNoteZh,
        };
        bool first = true;
        for (const QString &field : fields) {
            if (!first)
                out.append(',');
            first = false;
            appendField(&out, field);
        }
        out.append("\r\n");
    }
    return out;
}

} // namespace carbonlabel
