#pragma once

#include <QStringList>

namespace kith::bench {

// The words a synthetic network is made of: names from many cultures (with the diacritics
// real address books have), places, jobs, topics and the phrases people write down.
namespace vocabulary {

struct City
{
    const char *city;
    const char *region;
    const char *country;
};

const QStringList &givenNames();
const QStringList &familyNames();
const QList<City> &cities();
const QStringList &jobTitles();
const QStringList &topics();
const QStringList &fields(); // "library science", "archives"… for organization and group names
const QStringList &tagNames();
// Interaction summaries with {first}, {topic}, {city} and {org} placeholders.
const QStringList &summaryTemplates();
const QStringList &recommendationTemplates(); // with {first} and {topic}
const QStringList &noteTemplates();           // with {topic} and {city}

// "zoe.muller" from "Zoë", "Müller": an e-mail local part in plain ASCII.
QString asciiHandle(const QString &given, const QString &family);

} // namespace vocabulary

} // namespace kith::bench
