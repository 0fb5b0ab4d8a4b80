// libFuzzer target: any bytes through the profile reader, the inventory builder, the footprint
// and the writer. Nothing may crash, and whatever reads cleanly must survive a save unchanged.
#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"
#include "core/profile/profilereader.h"
#include "core/profile/profilewriter.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdlib>
#include <memory>

namespace {

carbonlabel::FactorDatabase *database()
{
    static std::unique_ptr<carbonlabel::FactorDatabase> db = [] {
        static QTemporaryDir dir;
        auto d = std::make_unique<carbonlabel::FactorDatabase>();
        if (!d->open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                     dir.filePath(QStringLiteral("user.sqlite"))))
            std::abort();
        return d;
    }();
    return db.get();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace carbonlabel;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ProfileReader::Result read = ProfileReader::read(bytes);
    if (!read.profile)
        return 0;
    const Evaluation e = ProfileEvaluator::evaluate(*read.profile, *database());
    const QByteArray written = ProfileWriter::write(*read.profile, nullptr);
    if (read.ok()) {
        // a profile that reads cleanly reads cleanly again after a save, and saves the same way
        const ProfileReader::Result again = ProfileReader::read(written);
        if (!again.ok() || ProfileWriter::write(*again.profile, nullptr) != written)
            std::abort();
    }
    (void)e;
    return 0;
}
