// libFuzzer target: any bytes through the profile reader, the inventory builder, the footprint
// and the writer. Nothing may crash, and whatever reads cleanly must survive a save unchanged.
#include "fuzzdatabase.h"

#include "core/evaluation/profileevaluator.h"
#include "core/profile/profilereader.h"
#include "core/profile/profilewriter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace carbonlabel;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ProfileReader::Result read = ProfileReader::read(bytes);
    if (!read.profile)
        return 0;
    const Evaluation e = ProfileEvaluator::evaluate(*read.profile, *fuzzDatabase());
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
