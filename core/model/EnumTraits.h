#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace kith {

// Every enum of the model has a stable key (what the database and files store) and a
// translatable label (what people read). EnumTraits<E>::entries lists them once.
template <typename E>
struct EnumEntry
{
    E value;
    const char *key;
    const char *label; // marked with QT_TRANSLATE_NOOP("kith::Enum", ...)
};

template <typename E>
struct EnumTraits; // specialised in Enums.h for every model enum

template <typename E>
QString enumKey(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QString enumLabel(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("kith::Enum", entry.label);
    }
    return {};
}

template <typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto &entry : EnumTraits<E>::entries)
        values.append(entry.value);
    return values;
}

template <typename E>
QStringList enumKeys()
{
    QStringList keys;
    for (const auto &entry : EnumTraits<E>::entries)
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

} // namespace kith
