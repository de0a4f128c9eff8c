#include "LinkedInDates.h"
#include "LinkedInFiles.h"
#include "model/Validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace kith::linkedin::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::linkedin", text);
}

// Dates LinkedIn wrote in a way nobody reads are noted; this many are named one by one.
constexpr int maxDateNotes = 20;

struct Columns
{
    qsizetype first, last, url, email, company, position, connectedOn;

    explicit Columns(const csv::Header &h)
        : first(h.indexOf(u"First Name"))
        , last(h.indexOf(u"Last Name"))
        , url(h.indexOfAny({u"URL", u"Profile URL", u"Public Profile URL"}))
        , email(h.indexOfAny({u"Email Address", u"E-mail Address", u"Email", u"Emailaddress"}))
        , company(h.indexOf(u"Company"))
        , position(h.indexOfAny({u"Position", u"Title", u"Job Title"}))
        , connectedOn(h.indexOfAny({u"Connected On", u"Connected on"}))
    {}
};

} // namespace

Status readConnections(const QString &text, const QString &where, const QDate &exportDate,
                       ImportBatch &batch)
{
    Result<Table> table = Table::open(text, where, {u"First Name", u"Last Name"});
    if (!table)
        return table.error();
    const Columns c(table->header());
    // A row a line: growing the list row by row moved every person already read, again and
    // again (a tenth of reading 100,000 connections).
    batch.people.reserve(batch.people.size() +
                         std::min<qsizetype>(text.count(QLatin1Char('\n')), importRecordLimit()));
    int unreadableDates = 0;
    csv::Row row;
    while (table->next(row)) {
        const SourceLocation location{where, row.line};
        if (Status room = batch.checkRoom(location); !room)
            return room;
        if (row.unterminatedQuote) {
            batch.rejected.append(
                {location,
                 tr("A quoted field is never closed; the rest of the file is unusable.")});
            continue;
        }
        const QString first = row.value(c.first).simplified();
        const auto [family, credentials] = splitCredentials(row.value(c.last));
        const QString url = row.value(c.url).trimmed();
        const QString email = row.value(c.email).trimmed();
        const QString company = row.value(c.company).simplified();
        const QString position = row.value(c.position).simplified();
        if (first.isEmpty() && family.isEmpty()) {
            // LinkedIn lists members who hid themselves as rows empty but for the date.
            if (url.isEmpty() && email.isEmpty() && company.isEmpty() && position.isEmpty())
                ++batch.skippedEmpty;
            else
                batch.rejected.append({location, tr("The row has no name.")});
            continue;
        }

        IncomingPerson in;
        in.where = location;
        in.rolesAsOf = exportDate;
        Person &p = in.person;
        p.origin = Origin::LinkedIn;
        p.givenName = first;
        p.familyName = family;
        p.displayName = (first + QLatin1Char(' ') + family).trimmed();
        QStringList notes;
        if (!credentials.isEmpty())
            notes.append(tr("Credentials: %1").arg(credentials));
        if (const QString address = profileAddress(url); !address.isEmpty())
            p.profiles.append({ProfileKind::LinkedIn, address});
        else if (!url.isEmpty())
            notes.append(tr("LinkedIn address as exported: %1").arg(url));
        if (!email.isEmpty()) {
            if (validation::isValidEmail(email))
                p.emails.append({email, {}});
            else
                notes.append(tr("E-mail address as exported: %1").arg(email));
        }
        if (!company.isEmpty() || !position.isEmpty()) {
            Role role;
            role.organizationName = company;
            role.title = position;
            p.roles.append(role);
        }
        const QString connectedOn = row.value(c.connectedOn).trimmed();
        p.knownSince = parseDateTime(connectedOn).date;
        if (!p.knownSince.isValid() && !connectedOn.isEmpty() && ++unreadableDates <= maxDateNotes)
            batch.notes.append(tr("%1: the date “%2” was not understood; known since is left "
                                  "to the day of the import.")
                                   .arg(location.display(), connectedOn));
        p.notes = notes.join(QLatin1Char('\n'));
        batch.people.append(std::move(in));
    }
    if (unreadableDates > maxDateNotes)
        batch.notes.append(tr("%1: %2 more dates were not understood.")
                               .arg(where)
                               .arg(unreadableDates - maxDateNotes));
    return {};
}

} // namespace kith::linkedin::detail
