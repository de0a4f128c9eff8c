// The LinkedIn export: the first byte chooses which file of the export the rest of the input
// is read as, or that it is a zip archive of the whole export.
#include "FuzzSupport.h"

#include "interchange/linkedin/LinkedIn.h"

#include <array>

namespace {

// The file each selector byte names; the empty slot is the archive (its place kept so that
// the seeds keep their meaning as files are added).
constexpr std::array<const char *, 8> fileNames{"Connections.csv",
                                                "Recommendations_Received.csv",
                                                "Recommendations_Given.csv",
                                                "Invitations.csv",
                                                "Events.csv",
                                                nullptr,
                                                "Endorsement_Received_Info.csv",
                                                "Endorsement_Given_Info.csv"};

bool acceptable(const kith::Result<kith::ImportBatch> &batch)
{
    return batch.ok() || batch.error().code() == kith::ErrorCode::Parse;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kith;
    if (size == 0)
        return 0;
    const char *fileName = fileNames[data[0] % fileNames.size()];
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);

    if (fileName) {
        if (!acceptable(linkedin::read(rest, QLatin1String(fileName))))
            __builtin_trap();
        return 0;
    }
    // Small inflation limits keep a run within the fuzzer's memory and time limits; the limits
    // themselves are what stop a zip bomb, whatever their values.
    linkedin::Limits limits;
    limits.maxFileBytes = 4 * 1024 * 1024;
    limits.maxArchiveBytes = 8 * 1024 * 1024;
    if (!acceptable(linkedin::readArchive(rest, QStringLiteral("fuzz.zip"), limits)))
        __builtin_trap();
    return 0;
}
