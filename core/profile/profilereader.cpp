#include "core/profile/profilereader.h"

#include "core/profile/digitalservicereader.h"
#include "core/profile/fieldtableio.h"
#include "core/profile/jsonvaluereader.h"
#include "core/profile/profilevalidator.h"
#include "core/profile/snapshotvalidator.h"

#include <QFile>
#include <cmath>

namespace carbonlabel {

namespace {

// Line and column (1-based) of a byte offset, counting columns in characters.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column
            = static_cast<int>(
                      QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size())
            + 1;
    return {line, column};
}

// The offset where nesting first passes `maxDepth`, or -1. Strings are skipped.
qsizetype excessiveNesting(const QByteArray &data, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

// Finds the JSON path where parsing stopped, for errors nlohmann reports without one (a number
// too large for a double, such as 1e400).
class PathTrackingSax : public nlohmann::json_sax<Json>
{
public:
    QString errorPath;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool string(string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool start_object(std::size_t) override
    {
        m_stack.push_back(Frame{false, 0, {}});
        return true;
    }
    bool key(string_t &key) override
    {
        m_stack.back().key = key;
        return true;
    }
    bool end_object() override
    {
        m_stack.pop_back();
        return value();
    }
    bool start_array(std::size_t) override
    {
        m_stack.push_back(Frame{true, 0, {}});
        return true;
    }
    bool end_array() override
    {
        m_stack.pop_back();
        return value();
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        for (const Frame &f : m_stack) {
            errorPath = f.array ? JsonValueReader::element(errorPath, f.index)
                                : JsonValueReader::member(errorPath, f.key);
        }
        return false;
    }

private:
    struct Frame
    {
        bool array = false;
        qsizetype index = 0;
        std::string key;
    };

    bool value()
    {
        if (!m_stack.empty() && m_stack.back().array)
            ++m_stack.back().index;
        return true;
    }

    std::vector<Frame> m_stack;
};

class SectionReader
{
public:
    explicit SectionReader(Diagnostics &d)
        : r(d)
    { }

    void readProduct(const Json &root, ProductInfo &p)
    {
        const Json *v = r.find(root, "product", {}, true, ProfileReader::tr("an object"));
        if (!v || !r.expectObject(*v, QStringLiteral("product")))
            return;
        const QString path = QStringLiteral("product");
        FieldTableIo::read(r, *v, path, p, FieldTable::product());
        p.unknown = r.unknownFields(*v, FieldTable::keys(FieldTable::product()), path);
    }

    QList<MaterialLine> readLines(const Json &root, std::string_view key)
    {
        return FieldTableIo::readList(r, root, key, {}, FieldTable::line())
                .value_or(QList<MaterialLine>());
    }

    std::optional<Manufacturing> readManufacturing(const Json &root)
    {
        const QString path = QStringLiteral("manufacturing");
        const Json *v = r.find(root, "manufacturing", {}, false, {});
        if (!v || !r.expectObject(*v, path))
            return std::nullopt;
        Manufacturing m;
        const auto table = FieldTable::manufacturing();
        FieldTableIo::read(r, *v, path, m, table);
        m.unknown = r.unknownFields(*v, FieldTable::keys(table), path);
        return m;
    }

    QList<DistributionLeg> readDistribution(const Json &root)
    {
        return FieldTableIo::readList(r, root, "distribution", {}, FieldTable::distributionLeg())
                .value_or(QList<DistributionLeg>());
    }

    std::optional<UsePhase> readUse(const Json &root)
    {
        const QString path = QStringLiteral("use");
        const Json *v = r.find(root, "use", {}, false, {});
        if (!v || !r.expectObject(*v, path))
            return std::nullopt;
        UsePhase use;
        FieldTableIo::read(r, *v, path, use, FieldTable::use());
        if (auto modes = FieldTableIo::readList(r, *v, "modes", path, FieldTable::useMode()))
            use.modes = std::move(*modes);
        else if (!use.annualEnergyKwh && !v->contains("modes"))
            r.error(path, ProfileReader::tr("expected annual_energy_kwh or a list of modes"));
        use.unknown = r.unknownFields(*v, FieldTable::keys(FieldTable::use(), {"modes"}), path);
        return use;
    }

    std::optional<EndOfLife> readEndOfLife(const Json &root)
    {
        const QString path = QStringLiteral("end_of_life");
        const Json *v = r.find(root, "end_of_life", {}, false, {});
        if (!v || !r.expectObject(*v, path))
            return std::nullopt;
        EndOfLife eol;
        eol.routes = FieldTableIo::readList(r, *v, "routes", path, FieldTable::endOfLifeRoute(),
                                            true, ProfileReader::tr("an array of routes"))
                             .value_or(QList<EndOfLifeRoute>());
        eol.unknown = r.unknownFields(*v, {"routes"}, path);
        return eol;
    }

    std::optional<Offsets> readOffsets(const Json &root)
    {
        const QString path = QStringLiteral("offsets");
        const Json *v = r.find(root, "offsets", {}, false, {});
        if (!v || !r.expectObject(*v, path))
            return std::nullopt;
        Offsets o;
        FieldTableIo::read(r, *v, path, o, FieldTable::offsets());
        o.unknown = r.unknownFields(*v, FieldTable::keys(FieldTable::offsets()), path);
        return o;
    }

    bool readHeader(const Json &root)
    {
        const QString expectedFormat = QString::fromLatin1(Profile::kFormat);
        const Json *format
                = r.find(root, "format", {}, true, QStringLiteral("\"%1\"").arg(expectedFormat));
        if (!format)
            return false;
        if (!format->is_string() || format->get<std::string>() != Profile::kFormat) {
            r.error(QStringLiteral("format"),
                    ProfileReader::tr(
                            "expected \"%1\", found %2; this is not a CarbonLabel profile")
                            .arg(expectedFormat, JsonValueReader::describe(*format)));
            return false;
        }
        const Json *version = r.find(root, "version", {}, true, QStringLiteral("1"));
        if (!version)
            return false;
        if (!version->is_number_integer() && !version->is_number_unsigned()) {
            r.error(QStringLiteral("version"),
                    ProfileReader::tr("expected the whole number 1, found %1")
                            .arg(JsonValueReader::describe(*version)));
            return false;
        }
        if (version->get<long long>() != Profile::kVersion) {
            r.error(QStringLiteral("version"),
                    ProfileReader::tr("unsupported version %1; this program reads version %2")
                            .arg(version->get<long long>())
                            .arg(Profile::kVersion));
            return false;
        }
        return true;
    }

    JsonValueReader r;
};

} // namespace

ProfileReader::Result ProfileReader::readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.diagnostics.append(
                Diagnostic{Diagnostic::Severity::Error,
                           {},
                           tr("cannot open the file: %1").arg(file.errorString())});
        return result;
    }
    return read(file.readAll());
}

ProfileReader::Result ProfileReader::read(const QByteArray &data)
{
    Result result;
    auto fail = [&result](const QString &message, qsizetype offset, const QByteArray &bytes) {
        const auto [line, column] = lineAndColumn(bytes, offset);
        result.diagnostics.append(
                Diagnostic{Diagnostic::Severity::Error, {}, message, line, column});
        return result;
    };

    if (const qsizetype at = excessiveNesting(data, kMaxDepth); at >= 0)
        return fail(tr("broken JSON: nested more than %1 levels deep").arg(kMaxDepth), at, data);

    Json root;
    try {
        root = Json::parse(data.constBegin(), data.constEnd());
    } catch (const Json::parse_error &e) {
        // nlohmann's message starts with its own position; ours is counted in characters.
        std::string what = e.what();
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        const qsizetype offset = e.byte > 0 ? static_cast<qsizetype>(e.byte) - 1 : 0;
        return fail(tr("broken JSON: %1").arg(QString::fromStdString(what)), offset, data);
    } catch (const Json::out_of_range &) {
        // A number beyond the range of a double: say where, by its JSON path.
        PathTrackingSax sax;
        Json::sax_parse(data.constBegin(), data.constEnd(), &sax);
        result.diagnostics.append(Diagnostic{Diagnostic::Severity::Error, sax.errorPath,
                                             tr("number out of range; expected a finite number")});
        return result;
    } catch (const std::exception &e) {
        return fail(tr("broken JSON: %1").arg(QString::fromUtf8(e.what())), 0, data);
    }

    SectionReader reader(result.diagnostics);
    if (!root.is_object()) {
        reader.r.error(
                {}, tr("expected a profile object, found %1").arg(JsonValueReader::describe(root)));
        return result;
    }
    if (!reader.readHeader(root))
        return result;

    Profile profile;
    reader.readProduct(root, profile.product);
    profile.materials = reader.readLines(root, "materials");
    profile.manufacturing = reader.readManufacturing(root);
    profile.packaging = reader.readLines(root, "packaging");
    profile.distribution = reader.readDistribution(root);
    profile.use = reader.readUse(root);
    profile.digitalService = DigitalServiceReader(reader.r).read(root);
    profile.endOfLife = reader.readEndOfLife(root);
    profile.offsets = reader.readOffsets(root);
    if (const auto it = root.find("factor_snapshot"); it != root.end()) {
        if (reader.r.expectObject(*it, QStringLiteral("factor_snapshot"))) {
            SnapshotValidator::check(*it, result.diagnostics);
            profile.factorSnapshot = *it; // as read, malformed entries too: a save repairs them
        }
    }
    if (const auto it = root.find("pact"); it != root.end())
        profile.pact = *it;
    profile.unknown
            = reader.r.unknownFields(root,
                                     {"format", "version", "product", "materials", "manufacturing",
                                      "packaging", "distribution", "use", "digital_service",
                                      "end_of_life", "offsets", "factor_snapshot", "pact"},
                                     {});
    // The values' ranges and the rules between fields, as the window checks them after an edit.
    ProfileValidator::check(profile, result.diagnostics);
    result.profile = std::move(profile);
    return result;
}

} // namespace carbonlabel
