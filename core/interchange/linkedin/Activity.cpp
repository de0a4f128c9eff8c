#include "LinkedInDates.h"
#include "LinkedInFiles.h"
#include "interchange/MatchKeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace kith::linkedin::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::linkedin", text);
}

// A UID made of what identifies the row, so importing the same file again recognises it.
QString stableUid(const char *prefix, const QStringList &parts)
{
    const QByteArray digest =
        QCryptographicHash::hash(parts.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1);
    return QLatin1String(prefix) + QString::fromLatin1(digest.toHex().left(24));
}

// The people of the batch so far (Connections.csv comes first), by profile and by name.
struct KnownPeople
{
    QHash<QString, qsizetype> profiles;
    QHash<QString, qsizetype> names;

    explicit KnownPeople(const ImportBatch &batch)
    {
        for (qsizetype i = 0; i < batch.people.size(); ++i)
            add(batch.people[i].person, i);
    }
    // The row of the batch's people that `person` is, by profile address, else by name;
    // added when there is none: someone invited, or endorsing, who is not (or no longer) a
    // connection is still someone the user dealt with.
    qsizetype findOrAdd(Person person, const QString &url, const SourceLocation &where,
                        ImportBatch &batch)
    {
        qsizetype row = -1;
        if (!url.isEmpty())
            row = profiles.value(interchange::profileKey(url), -1);
        if (row < 0)
            row = names.value(interchange::nameKey(person.displayName), -1);
        if (row >= 0)
            return row;
        IncomingPerson in;
        in.where = where;
        in.person = std::move(person);
        in.person.origin = Origin::LinkedIn;
        if (!url.isEmpty())
            in.person.profiles.append({ProfileKind::LinkedIn, url});
        row = batch.people.size();
        add(in.person, row);
        batch.people.append(std::move(in));
        return row;
    }

    void add(const Person &person, qsizetype row)
    {
        for (const ProfileLink &profile : person.profiles) {
            const QString key = interchange::profileKey(profile.url);
            if (!profiles.contains(key))
                profiles.insert(key, row);
        }
        const QString name = interchange::nameKey(person.displayName);
        if (!names.contains(name))
            names.insert(name, row);
    }
};

EventStatus eventStatusOf(QStringView status)
{
    if (status.contains(u"RELINQUISH", Qt::CaseInsensitive) ||
        status.contains(u"DECLIN", Qt::CaseInsensitive) ||
        status.contains(u"NOT", Qt::CaseInsensitive))
        return EventStatus::Skipped;
    if (status.contains(u"ATTENDED", Qt::CaseInsensitive))
        return EventStatus::Attended;
    if (status.contains(u"ATTEND", Qt::CaseInsensitive) ||
        status.contains(u"REGISTER", Qt::CaseInsensitive) ||
        status.contains(u"GOING", Qt::CaseInsensitive))
        return EventStatus::Registered;
    return EventStatus::Considering;
}

} // namespace

Status readInvitations(const QString &text, const QString &where, ImportBatch &batch)
{
    Result<Table> table = Table::open(text, where, {u"From", u"To", u"Direction"});
    if (!table)
        return table.error();
    const csv::Header &h = table->header();
    const qsizetype from = h.indexOf(u"From"), to = h.indexOf(u"To"),
                    sentAt = h.indexOfAny({u"Sent At", u"Sent at", u"Date"}),
                    message = h.indexOf(u"Message"), direction = h.indexOf(u"Direction"),
                    inviter = h.indexOf(u"inviterProfileUrl"),
                    invitee = h.indexOf(u"inviteeProfileUrl");
    KnownPeople known(batch);
    csv::Row row;
    while (table->next(row)) {
        const SourceLocation location{where, row.line};
        if (Status room = batch.checkRoom(location); !room)
            return room;
        if (row.isBlank()) {
            ++batch.skippedEmpty;
            continue;
        }
        const QString way = row.value(direction).trimmed().toUpper();
        const bool outgoing = way == QLatin1String("OUTGOING");
        if (!outgoing && way != QLatin1String("INCOMING")) {
            batch.rejected.append(
                {location, tr("The direction “%1” is neither OUTGOING nor INCOMING.")
                               .arg(row.value(direction).trimmed())});
            continue;
        }
        const QString name = row.value(outgoing ? to : from).simplified();
        const QString url = profileAddress(row.value(outgoing ? invitee : inviter));
        const DateTime sent = parseDateTime(row.value(sentAt));
        if (name.isEmpty() || !sent.isValid()) {
            batch.rejected.append({location, name.isEmpty()
                                                 ? tr("The invitation names nobody.")
                                                 : tr("The invitation has no readable date.")});
            continue;
        }

        Person named;
        named.displayName = name;
        named.knownSince = sent.date;
        IncomingInteraction in;
        in.where = location;
        in.personIndexes = {known.findOrAdd(std::move(named), url, location, batch)};
        Interaction &i = in.interaction;
        i.kind = InteractionKind::Message;
        i.date = sent.date;
        const QString words = row.value(message).trimmed();
        const QString summary =
            outgoing ? tr("LinkedIn invitation sent") : tr("LinkedIn invitation received");
        i.summary = words.isEmpty() ? summary : summary + QStringLiteral(": ") + words;
        i.uid = stableUid("linkedin-invitation-",
                          {way, row.value(from), row.value(to), row.value(sentAt), words});
        batch.interactions.append(std::move(in));
    }
    return {};
}

Status readEvents(const QString &text, const QString &where, ImportBatch &batch)
{
    Result<Table> table = Table::open(text, where, {u"Event Name"});
    if (!table)
        return table.error();
    const csv::Header &h = table->header();
    const qsizetype name = h.indexOf(u"Event Name"),
                    time = h.indexOfAny({u"Event Time", u"Time", u"Date"}),
                    status = h.indexOf(u"Status"),
                    url = h.indexOfAny({u"External Url", u"URL", u"Event Url"});
    csv::Row row;
    while (table->next(row)) {
        const SourceLocation location{where, row.line};
        if (Status room = batch.checkRoom(location); !room)
            return room;
        const QString title = row.value(name).simplified();
        if (title.isEmpty()) {
            if (row.isBlank() || row.value(time).trimmed().isEmpty())
                ++batch.skippedEmpty;
            else
                batch.rejected.append({location, tr("The event has no name.")});
            continue;
        }
        IncomingEvent in;
        in.where = location;
        Event &e = in.event;
        e.name = title;
        // LinkedIn events are mostly online sessions.
        e.kind = EventKind::Webinar;
        e.format = EventFormat::Online;
        e.status = eventStatusOf(row.value(status));
        const QString when = row.value(time).trimmed();
        const qsizetype dash = when.indexOf(QLatin1String(" - "));
        const DateTime start =
            parseDateTime(dash < 0 ? QStringView(when) : QStringView(when).first(dash));
        const DateTime end =
            dash < 0 ? DateTime() : parseDateTime(QStringView(when).sliced(dash + 3));
        e.startDate = start.date;
        e.startTime = start.time;
        const bool ordered =
            end.isValid() && start.isValid() &&
            (end.date > start.date ||
             (end.date == start.date &&
              (!start.time.isValid() || !end.time.isValid() || end.time >= start.time)));
        if (ordered) {
            e.endDate = end.date;
            e.endTime = start.time.isValid() ? end.time : QTime();
        }
        if (!start.time.isValid())
            e.startTime = QTime();
        e.url = profileAddress(row.value(url));
        if (!when.isEmpty() && !start.isValid())
            e.notes = tr("Time as exported: %1").arg(when);
        e.uid = stableUid("linkedin-event-", {title, when});
        batch.events.append(std::move(in));
    }
    return {};
}

Status readEndorsements(const QString &text, const QString &where, EndorsementDirection direction,
                        ImportBatch &batch)
{
    const bool received = direction == EndorsementDirection::Received;
    const QString other = received ? QStringLiteral("Endorser") : QStringLiteral("Endorsee");
    const QString firstColumn = other + QStringLiteral(" First Name");
    const QString lastColumn = other + QStringLiteral(" Last Name");
    const QString urlColumn = other + QStringLiteral(" Public Url");
    Result<Table> table = Table::open(text, where, {u"Skill Name", firstColumn, lastColumn});
    if (!table)
        return table.error();
    const csv::Header &h = table->header();
    const qsizetype date = h.indexOfAny({u"Endorsement Date", u"Date"}),
                    skill = h.indexOf(u"Skill Name"), first = h.indexOf(firstColumn),
                    last = h.indexOf(lastColumn), url = h.indexOf(urlColumn);
    KnownPeople known(batch);
    // Someone endorsing several skills at once is one interaction on that day, listing them.
    struct SameDay
    {
        qsizetype interaction; // into batch.interactions
        QStringList skills;
    };
    QHash<QString, SameDay> sameDay; // by person and day
    const QString heading =
        received ? tr("LinkedIn endorsement received") : tr("LinkedIn endorsement given");
    const auto summaryOf = [&](const QStringList &skills) {
        return skills.isEmpty()
                   ? heading
                   : heading + QStringLiteral(": ") + skills.join(QStringLiteral(", "));
    };
    csv::Row row;
    while (table->next(row)) {
        const SourceLocation location{where, row.line};
        if (Status room = batch.checkRoom(location); !room)
            return room;
        if (row.isBlank()) {
            ++batch.skippedEmpty;
            continue;
        }
        const QString given = row.value(first).simplified();
        const auto [family, credentials] = splitCredentials(row.value(last));
        const QString name = (given + QLatin1Char(' ') + family).trimmed();
        const QString address = profileAddress(row.value(url));
        const DateTime when = parseDateTime(row.value(date));
        if (name.isEmpty() || !when.isValid()) {
            batch.rejected.append({location, name.isEmpty()
                                                 ? tr("The endorsement names nobody.")
                                                 : tr("The endorsement has no readable date.")});
            continue;
        }
        Person named;
        named.displayName = name;
        named.givenName = given;
        named.familyName = family;
        named.notes = credentials;
        named.knownSince = when.date;
        const qsizetype person = known.findOrAdd(std::move(named), address, location, batch);
        const QString skillName = row.value(skill).simplified();
        const QStringList skills = skillName.isEmpty() ? QStringList() : QStringList{skillName};

        const QString key =
            QString::number(person) + QLatin1Char(' ') + when.date.toString(Qt::ISODate);
        if (const auto it = sameDay.find(key); it != sameDay.end()) {
            if (!skillName.isEmpty() && !it->skills.contains(skillName)) {
                it->skills.append(skillName);
                batch.interactions[it->interaction].interaction.summary = summaryOf(it->skills);
            }
            continue;
        }
        IncomingInteraction in;
        in.where = location;
        in.personIndexes = {person};
        Interaction &i = in.interaction;
        i.kind = InteractionKind::Social;
        i.date = when.date;
        i.summary = summaryOf(skills);
        // The person and the day identify it: a newer export lists the same endorsements.
        const QString personKey =
            address.isEmpty() ? interchange::nameKey(name) : interchange::profileKey(address);
        i.uid = stableUid("linkedin-endorsement-",
                          {received ? QStringLiteral("received") : QStringLiteral("given"),
                           personKey, when.date.toString(Qt::ISODate)});
        sameDay.insert(key, {batch.interactions.size(), skills});
        batch.interactions.append(std::move(in));
    }
    return {};
}

} // namespace kith::linkedin::detail
