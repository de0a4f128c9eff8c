#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace kith::fuzz {

// The fuzzer's bytes as a QByteArray without a copy: the readers take QByteArray, and a
// copy per run would hide reads past the end from AddressSanitizer behind Qt's allocation.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<qsizetype>(size));
}

} // namespace kith::fuzz
