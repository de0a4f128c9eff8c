#pragma once

#include "model/Common.h"

// Reading a LOCATION back into Kith's venue, city, region and country.
namespace kith::ical {

struct PlaceParts
{
    QString venue;
    Location location;
};

// Splits a LOCATION at its commas and reads from the end: a country it recognises
// ("USA", "Canada"…), then a region (a code such as "CO", with or without a postal code,
// or a name when three or more parts remain), then the city; what is left is the venue.
// "Pennsylvania Convention Center, Philadelphia, PA, USA" → venue, city, region, country;
// "Denver, CO" → city and region; a text it cannot read as a place ("Room 204", "Zoom")
// is all venue. Kith's own LOCATION (locationText) reads back as it was written.
PlaceParts parsePlace(const QString &text);

} // namespace kith::ical
