#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kith {

// Row ids as SQLite assigns them; 0 means "not saved yet".
using Id = qint64;

// Amounts are whole minor units (cents) so sums never drift; the currency is an ISO 4217
// code such as "USD".
struct Money
{
    qint64 cents = 0;
    QString currency;

    friend bool operator==(const Money &, const Money &) = default;
};

struct Location
{
    QString city;
    QString region;
    QString country;

    bool isEmpty() const { return city.isEmpty() && region.isEmpty() && country.isEmpty(); }
    // "Denver, CO, USA" with empty parts left out.
    QString display() const;

    friend bool operator==(const Location &, const Location &) = default;
};

struct ProfileLink
{
    ProfileKind kind = ProfileKind::Website;
    QString url;

    friend bool operator==(const ProfileLink &, const ProfileLink &) = default;
};

// Creation and last-change times that every stored record carries (UTC).
struct Timestamps
{
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace kith
