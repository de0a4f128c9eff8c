#pragma once

#include <QDate>
#include <QStringView>
#include <QTime>

namespace kith::linkedin {

// A day, and the time of day when the text gives one (wall-clock time, as LinkedIn wrote it).
struct DateTime
{
    QDate date;
    QTime time;

    bool isValid() const { return date.isValid(); }
};

// Reads the dates of every LinkedIn export vintage, without depending on the locale:
//   "07 Dec 2024", "7 December 2024"         (Connections.csv, current)
//   "1/8/18, 6:14 PM", "12/09/22, 07:18 PM"  (older Connections, recommendations, invitations)
//   "Apr 08, 2024 07:00 AM"                  (Events.csv)
//   "2024-12-07", "2024-12-07 18:14:00 UTC"  (ISO, some newer files)
// Slash dates are month first, as LinkedIn writes them, unless the first number cannot be a
// month. Two-digit years are 20xx (LinkedIn began in 2003). Invalid when not understood.
DateTime parseDateTime(QStringView text);

} // namespace kith::linkedin
