#include "core/document/profiledocument.h"

#include "core/base/numbertext.h"
#include "core/base/savefile.h"
#include "core/document/replaceprofilecommand.h"
#include "core/document/rowcommand.h"
#include "core/document/setfieldcommand.h"
#include "core/document/snapshotcommand.h"
#include "core/factors/factordatabase.h"
#include "core/profile/factorsnapshot.h"
#include "core/profile/fieldnames.h"
#include "core/profile/jsonpath.h"
#include "core/profile/profilereader.h"
#include "core/profile/profilevalidator.h"
#include "core/profile/profilewriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace carbonlabel {

namespace {

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

bool sameState(const ProfileDocument::FieldState &a, const ProfileDocument::FieldState &b)
{
    return a.value == b.value && a.raw == b.raw;
}

// `path` lies inside `ancestor` ("materials[0].quantity" inside "materials[0]").
bool inside(const QString &path, const QString &ancestor)
{
    return path.size() > ancestor.size() && path.startsWith(ancestor)
            && (path[ancestor.size()] == QLatin1Char('.')
                || path[ancestor.size()] == QLatin1Char('['));
}

} // namespace

ProfileDocument::ProfileDocument(const FactorDatabase *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    m_profile = blankProfile({});
    reevaluate();
}

ProfileDocument::~ProfileDocument() = default;

Profile ProfileDocument::blankProfile(const QString &defaultGrid)
{
    Profile p;
    p.product.id = QStringLiteral("new-product");
    p.product.name.en = tr("New product");
    p.product.name.zh = QStringLiteral("新产品");
    p.product.lifetimeYears = UncertainValue::fixed(3.0);
    ProfileFields::setSection(p, QStringLiteral("manufacturing"), true, defaultGrid);
    ProfileFields::setSection(p, QStringLiteral("use"), true, defaultGrid);
    return p;
}

bool ProfileDocument::open(const QString &fileName, QString *errorString)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = tr("Cannot open %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return openData(file.readAll(), fileName, errorString);
}

bool ProfileDocument::openData(const QByteArray &data, const QString &fileName,
                               QString *errorString)
{
    ProfileReader::Result read = ProfileReader::read(data);
    if (!read.profile) {
        if (errorString) {
            const Diagnostic d = read.diagnostics.value(0);
            *errorString = tr("%1 is not a profile this program can open: %2")
                                   .arg(fileName.isEmpty() ? tr("The file")
                                                           : QFileInfo(fileName).fileName(),
                                        d.toString());
        }
        return false;
    }
    reset(*read.profile, fileName);
    m_fileDiagnostics = fileOnlyDiagnostics(read.diagnostics);
    if (!m_fileDiagnostics.isEmpty())
        reevaluate();
    if (hasErrors(read.diagnostics)) {
        // The reader keeps what it could read; put the rest back as it was in the file, so
        // opening and saving a broken file loses nothing.
        Json root;
        try {
            root = Json::parse(data.constBegin(), data.constEnd());
        } catch (const std::exception &) {
            return true;
        }
        recoverRawTexts(root, read.diagnostics);
        reevaluate();
    }
    return true;
}

Diagnostics ProfileDocument::fileOnlyDiagnostics(const Diagnostics &read)
{
    static const QStringList prefixes{QStringLiteral("digital_service.compute"),
                                      QStringLiteral("digital_service.accelerators"),
                                      QStringLiteral("digital_service.storage"),
                                      QStringLiteral("digital_service.network.green"),
                                      QStringLiteral("factor_snapshot"),
                                      QStringLiteral("pact")};
    Diagnostics kept;
    for (const Diagnostic &d : read) {
        for (const QString &prefix : prefixes) {
            if (d.path == prefix || d.path.startsWith(prefix + QLatin1Char('.'))
                || d.path.startsWith(prefix + QLatin1Char('['))) {
                kept.append(d);
                break;
            }
        }
    }
    return kept;
}

void ProfileDocument::recoverRawTexts(const Json &root, const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError() || d.path.isEmpty())
            continue;
        QString path = d.path;
        // A distribution's member ("quantity.min") belongs to its number.
        if (ProfileFields::kind(path) == ProfileFields::Kind::None) {
            const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
            if (dot < 0)
                continue;
            path.truncate(dot);
        }
        const ProfileFields::Kind kind = ProfileFields::kind(path);
        if (kind == ProfileFields::Kind::None || m_raw.contains(path))
            continue;
        const Json *value = JsonPath::find(root, ProfileFields::split(path));
        if (!value)
            continue;
        if (kind == ProfileFields::Kind::Text && value->is_string())
            continue; // read as it is
        if (kind != ProfileFields::Kind::Text && value->is_number()) {
            // Out of range: the reader left it out, the profile holds it, the reader says why.
            const double v = value->get<double>();
            const ProfileFields::Value number = kind == ProfileFields::Kind::OptionalPlainNumber
                    ? ProfileFields::Value(v)
                    : ProfileFields::Value(UncertainValue::fixed(v));
            if (ProfileFields::setValue(m_profile, path, number))
                continue;
        }
        m_raw.insert(path, *value);
    }
}

void ProfileDocument::reset(const Profile &profile, const QString &fileName)
{
    emit profileAboutToBeReset();
    m_profile = profile;
    m_raw.clear();
    m_fileDiagnostics.clear();
    m_lastValid = Evaluation{};
    m_undoStack->clear();
    m_undoStack->setClean();
    setFileName(fileName);
    emit profileReset();
    reevaluate();
    emit modifiedChanged(false);
}

Json ProfileDocument::jsonWithRawTexts(const Profile &profile) const
{
    Json root = ProfileWriter::toJson(profile, nullptr);
    for (auto it = m_raw.constBegin(); it != m_raw.constEnd(); ++it)
        JsonPath::patch(root, ProfileFields::split(it.key()), it.value());
    return root;
}

QByteArray ProfileDocument::toData() const
{
    Profile p = m_profile;
    p.factorSnapshot = FactorSnapshot::forSave(m_profile, m_database);
    return bytes(jsonWithRawTexts(p).dump(2) + "\n");
}

bool ProfileDocument::save(const QString &fileName, QString *errorString)
{
    const Json snapshot = FactorSnapshot::forSave(m_profile, m_database);
    Profile p = m_profile;
    p.factorSnapshot = snapshot;
    if (!SaveFile::write(fileName, bytes(jsonWithRawTexts(p).dump(2) + "\n"), errorString))
        return false;
    // Not an edit: the file now records what the database said, which changes no value shown.
    m_profile.factorSnapshot = snapshot;
    setFileName(fileName);
    setClean();
    return true;
}

void ProfileDocument::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

QString ProfileDocument::displayName() const
{
    return m_fileName.isEmpty() ? tr("Untitled") : QFileInfo(m_fileName).fileName();
}

bool ProfileDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProfileDocument::setClean()
{
    m_undoStack->setClean();
}

void ProfileDocument::markModified()
{
    m_undoStack->resetClean();
    emit modifiedChanged(true);
    emit contentChanged();
}

Diagnostics ProfileDocument::diagnosticsAt(const QString &path) const
{
    Diagnostics out;
    for (const Diagnostic &d : m_evaluation.diagnostics) {
        if (d.path.isEmpty())
            continue;
        if (d.path == path || inside(d.path, path) || inside(path, d.path))
            out.append(d);
    }
    return out;
}

int ProfileDocument::errorCount() const
{
    int n = 0;
    for (const Diagnostic &d : m_evaluation.diagnostics)
        n += d.isError() ? 1 : 0;
    return n;
}

QString ProfileDocument::fieldText(const QString &path) const
{
    if (const auto raw = m_raw.constFind(path); raw != m_raw.constEnd())
        return raw->is_string()  ? QString::fromStdString(raw->get<std::string>())
                : raw->is_null() ? QString()
                                 : QString::fromStdString(raw->dump());
    const auto value = ProfileFields::value(m_profile, path);
    if (!value)
        return {};
    if (const auto *s = std::get_if<QString>(&*value))
        return *s;
    if (const auto *n = std::get_if<UncertainValue>(&*value))
        return NumberText::edit(n->value);
    if (const auto *d = std::get_if<double>(&*value))
        return NumberText::edit(*d);
    return {};
}

ProfileDocument::FieldState ProfileDocument::fieldState(const QString &path) const
{
    FieldState s;
    s.value = ProfileFields::value(m_profile, path)
                      .value_or(ProfileFields::Value(std::monostate{}));
    if (const auto raw = m_raw.constFind(path); raw != m_raw.constEnd())
        s.raw = *raw;
    return s;
}

std::optional<ProfileDocument::FieldState> ProfileDocument::stateForText(const QString &path,
                                                                         const QString &text) const
{
    const ProfileFields::Kind kind = ProfileFields::kind(path);
    const auto current = ProfileFields::value(m_profile, path);
    if (kind == ProfileFields::Kind::None || !current)
        return std::nullopt;
    FieldState s;
    s.value = *current;
    if (kind == ProfileFields::Kind::Text) {
        s.value = text;
        return s;
    }
    const auto number = NumberText::parse(text);
    if (number) {
        if (kind == ProfileFields::Kind::OptionalPlainNumber) {
            s.value = *number;
        } else {
            // Only the value changes; a distribution around it is kept.
            UncertainValue v;
            if (const auto *old = std::get_if<UncertainValue>(&*current))
                v = *old;
            v.value = *number;
            s.value = v;
        }
    } else if (text.trimmed().isEmpty()) {
        if (kind == ProfileFields::Kind::Number)
            s.raw = Json(); // left out: the reader says it is required
        else
            s.value = std::monostate{};
    } else {
        s.raw = Json(text.toStdString());
    }
    return s;
}

void ProfileDocument::setFieldText(const QString &path, const QString &text)
{
    const auto after = stateForText(path, text);
    if (!after)
        return;
    const FieldState before = fieldState(path);
    if (sameState(before, *after))
        return;
    m_undoStack->push(new SetFieldCommand(this, path, before, *after));
}

void ProfileDocument::setFieldNumber(const QString &path, const UncertainValue &value)
{
    const ProfileFields::Kind kind = ProfileFields::kind(path);
    if (kind != ProfileFields::Kind::Number && kind != ProfileFields::Kind::OptionalNumber)
        return;
    const FieldState before = fieldState(path);
    FieldState after;
    after.value = value;
    if (sameState(before, after))
        return;
    closeEditing();
    m_undoStack->push(new SetFieldCommand(this, path, before, after));
    closeEditing();
}

std::optional<UncertainValue> ProfileDocument::fieldNumber(const QString &path) const
{
    if (m_raw.contains(path))
        return std::nullopt;
    const auto value = ProfileFields::value(m_profile, path);
    if (!value)
        return std::nullopt;
    if (const auto *n = std::get_if<UncertainValue>(&*value))
        return *n;
    return std::nullopt;
}

void ProfileDocument::closeEditing()
{
    ++m_editingGeneration;
}

void ProfileDocument::applyFieldState(const QString &path, const FieldState &state)
{
    ProfileFields::setValue(m_profile, path, state.value);
    if (state.raw)
        m_raw.insert(path, *state.raw);
    else
        m_raw.remove(path);
    emit fieldChanged(path);
    changed();
}

void ProfileDocument::insertRow(ProfileList list, int row)
{
    closeEditing();
    m_undoStack->push(new RowCommand(this, RowCommand::Action::Insert, list, row,
                                     ProfileFields::newRow(list, m_defaultGrid)));
}

void ProfileDocument::insertRow(ProfileList list, int row, const ProfileRow &data)
{
    closeEditing();
    m_undoStack->push(new RowCommand(this, RowCommand::Action::Insert, list, row, data));
}

void ProfileDocument::removeRow(ProfileList list, int row)
{
    if (row < 0 || row >= rowCount(list))
        return;
    closeEditing();
    m_undoStack->push(new RowCommand(this, RowCommand::Action::Remove, list, row));
}

void ProfileDocument::moveRow(ProfileList list, int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= rowCount(list) || to >= rowCount(list))
        return;
    closeEditing();
    // The row goes back in whole, with what was typed into it, under its new index.
    const ProfileRow data = ProfileFields::row(m_profile, list, from);
    const QString fromPath = ProfileFields::rowPath(list, from);
    const QString toPath = ProfileFields::rowPath(list, to);
    RawTexts raw;
    for (auto it = m_raw.constBegin(); it != m_raw.constEnd(); ++it) {
        if (inside(it.key(), fromPath))
            raw.insert(toPath + it.key().mid(fromPath.size()), it.value());
    }
    m_undoStack->beginMacro(tr("Move row"));
    m_undoStack->push(new RowCommand(this, RowCommand::Action::Remove, list, from));
    m_undoStack->push(new RowCommand(this, RowCommand::Action::Insert, list, to, data, raw));
    m_undoStack->endMacro();
}

void ProfileDocument::shiftRawTexts(ProfileList list, int fromRow, int delta)
{
    const QString prefix = ProfileFields::listPath(list) + QLatin1Char('[');
    RawTexts shifted;
    for (auto it = m_raw.constBegin(); it != m_raw.constEnd(); ++it) {
        QString key = it.key();
        if (key.startsWith(prefix)) {
            const qsizetype close = key.indexOf(QLatin1Char(']'), prefix.size());
            const int row = key.mid(prefix.size(), close - prefix.size()).toInt();
            if (row >= fromRow)
                key = prefix + QString::number(row + delta) + key.mid(close);
        }
        shifted.insert(key, it.value());
    }
    m_raw = shifted;
}

void ProfileDocument::applyInsertRow(ProfileList list, int row, const ProfileRow &data,
                                     const RawTexts &raw)
{
    emit rowsAboutToBeInserted(list, row, row);
    ProfileFields::insertRow(m_profile, list, row, data);
    shiftRawTexts(list, row, 1);
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
        m_raw.insert(it.key(), it.value());
    emit rowsInserted(list);
    changed();
}

ProfileRow ProfileDocument::applyRemoveRow(ProfileList list, int row, RawTexts *raw)
{
    emit rowsAboutToBeRemoved(list, row, row);
    const ProfileRow data = ProfileFields::row(m_profile, list, row);
    const QString rowPath = ProfileFields::rowPath(list, row);
    RawTexts removed;
    for (auto it = m_raw.begin(); it != m_raw.end();) {
        if (inside(it.key(), rowPath)) {
            removed.insert(it.key(), it.value());
            it = m_raw.erase(it);
        } else {
            ++it;
        }
    }
    if (raw)
        *raw = removed;
    ProfileFields::removeRow(m_profile, list, row);
    shiftRawTexts(list, row + 1, -1);
    emit rowsRemoved(list);
    changed();
    return data;
}

bool ProfileDocument::hasSection(const QString &section) const
{
    return ProfileFields::hasSection(m_profile, section);
}

void ProfileDocument::setSection(const QString &section, bool present)
{
    if (hasSection(section) == present)
        return;
    closeEditing();
    Profile after = m_profile;
    ProfileFields::setSection(after, section, present, m_defaultGrid);
    RawTexts raw = m_raw;
    if (!present) {
        for (auto it = raw.begin(); it != raw.end();)
            it = inside(it.key(), section) ? raw.erase(it) : std::next(it);
    }
    const QString name = FieldNames::section(section);
    const QString text = present ? tr("Add %1").arg(name) : tr("Remove %1").arg(name);
    m_undoStack->push(new ReplaceProfileCommand(this, after, raw, text));
}

void ProfileDocument::applyProfile(const Profile &profile, const RawTexts &raw)
{
    emit profileAboutToBeReset();
    m_profile = profile;
    m_raw = raw;
    emit profileReset();
    changed();
}

std::optional<ProfileDocument::SnapshotDifference>
ProfileDocument::snapshotDifference(const QString &factorId) const
{
    for (const SnapshotDifference &d : m_snapshotDifferences) {
        if (d.factorId == factorId)
            return d;
    }
    return std::nullopt;
}

void ProfileDocument::updateSnapshot(const QString &factorId)
{
    if (!m_database || !snapshotDifference(factorId))
        return;
    const auto factor = m_database->factor(factorId);
    if (!factor)
        return;
    const Json entry = ProfileWriter::snapshotEntry(*factor);
    closeEditing();
    m_undoStack->push(new SnapshotCommand(this, factorId, entry));
}

void ProfileDocument::applySnapshotEntry(const QString &factorId, const Json &entry)
{
    if (!m_profile.factorSnapshot.is_object())
        m_profile.factorSnapshot = Json::object();
    const std::string k = factorId.toStdString();
    if (entry.is_null())
        m_profile.factorSnapshot.erase(k);
    else
        m_profile.factorSnapshot[k] = entry;
    emit snapshotChanged();
    changed();
}

void ProfileDocument::changed()
{
    reevaluate();
    emit contentChanged();
}

std::optional<Factor> ProfileDocument::factor(const QString &id) const
{
    if (!m_database || id.isEmpty())
        return std::nullopt;
    auto it = m_factorCache.constFind(id);
    if (it == m_factorCache.constEnd())
        it = m_factorCache.insert(id, m_database->factor(id));
    return *it;
}

void ProfileDocument::reevaluate()
{
    QElapsedTimer timer;
    timer.start();
    m_factorCache.clear();
    // The checks the reader makes on a file, made on the profile in memory (no JSON written and
    // read back), texts typed in place included, so the window's messages are the file's.
    Diagnostics diagnostics;
    for (const Diagnostic &d : std::as_const(m_fileDiagnostics)) {
        const bool gone = !m_profile.digitalService
                || (d.path.startsWith(QLatin1String("digital_service.network"))
                    && !m_profile.digitalService->network);
        if (!gone || !d.path.startsWith(QLatin1String("digital_service")))
            diagnostics.append(d);
    }
    ProfileValidator::checkRawValues(m_raw, diagnostics);
    ProfileValidator::check(m_profile, diagnostics);
    Evaluation e;
    if (m_database && m_database->isOpen()) {
        e = ProfileEvaluator::evaluate(m_profile, *m_database);
        e.diagnostics = diagnostics + e.diagnostics;
    } else {
        e.profile = m_profile;
        e.diagnostics = diagnostics;
    }
    m_evaluation = std::move(e);
    if (m_evaluation.ok())
        m_lastValid = m_evaluation;

    m_snapshotDifferences = m_database ? FactorSnapshot::differences(m_profile, *m_database)
                                       : QList<SnapshotDifference>();
    m_evaluationNs = timer.nsecsElapsed();
    emit evaluated();
}

} // namespace carbonlabel
