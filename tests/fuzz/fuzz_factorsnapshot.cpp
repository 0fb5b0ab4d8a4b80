// libFuzzer target: any JSON value as the factor_snapshot of the wireless-mouse example,
// through the reader's check (SnapshotValidator) and FactorSnapshot's comparison with the
// database and record for a save. Nothing may throw; what the check accepts is compared, and
// with a database a save records a well-formed entry for every factor the database has.
#include "fuzzdatabase.h"

#include "core/profile/factorsnapshot.h"
#include "core/profile/profilereader.h"
#include "core/profile/snapshotvalidator.h"

#include <QFile>

namespace {

const carbonlabel::Profile &mouse()
{
    static const carbonlabel::Profile profile = [] {
        QFile f(QStringLiteral(CARBONLABEL_SOURCE_DIR
                               "/resources/examples/wireless-mouse.clprofile.json"));
        if (!f.open(QIODevice::ReadOnly))
            std::abort();
        const auto read = carbonlabel::ProfileReader::read(f.readAll());
        if (!read.ok())
            std::abort();
        return *read.profile;
    }();
    return profile;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace carbonlabel;
    Profile p = mouse();
    // Invalid JSON is the reader's business (fuzz_profilereader): here only values.
    p.factorSnapshot = Json::parse(data, data + size, nullptr, false);
    if (p.factorSnapshot.is_discarded())
        return 0;

    Diagnostics diagnostics;
    SnapshotValidator::check(p.factorSnapshot, diagnostics);
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError() || !d.path.startsWith(QLatin1String("factor_snapshot.")))
            std::abort();
    }
    (void)FactorSnapshot::differences(p, *fuzzDatabase());
    (void)FactorSnapshot::forSave(p, nullptr);
    const Json saved = FactorSnapshot::forSave(p, fuzzDatabase());
    for (const QString &id : p.factorIds()) {
        if (fuzzDatabase()->factor(id)
            && !SnapshotValidator::isValidEntry(saved.at(id.toStdString())))
            std::abort();
    }
    // What a save records, the reader accepts.
    Diagnostics again;
    SnapshotValidator::check(saved, again);
    if (!again.isEmpty())
        std::abort();
    return 0;
}
