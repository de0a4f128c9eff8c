// kith::ical::read (libical underneath, with Kith's own scanner in front of it) on any bytes.
#include "FuzzSupport.h"

#include "interchange/ical/ICalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const kith::Result<kith::ImportBatch> batch =
        kith::ical::read(kith::fuzz::bytes(data, size), QStringLiteral("fuzz.ics"));
    if (!batch && batch.error().code() != kith::ErrorCode::Parse)
        __builtin_trap();
    return 0;
}
