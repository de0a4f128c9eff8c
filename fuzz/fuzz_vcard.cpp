// kith::vcard::read on any bytes: every input gives a batch or a Parse error, within the
// sanitizers' rules and bounded time and memory.
#include "FuzzSupport.h"

#include "interchange/vcard/VCard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const kith::Result<kith::ImportBatch> batch =
        kith::vcard::read(kith::fuzz::bytes(data, size), QStringLiteral("fuzz.vcf"));
    if (!batch && batch.error().code() != kith::ErrorCode::Parse)
        __builtin_trap();
    return 0;
}
