#pragma once

#include "common/Result.h"
#include "model/Event.h"
#include "model/Interaction.h"
#include "model/OnlineGroup.h"
#include "model/Organization.h"
#include "model/Person.h"
#include "model/Recommendation.h"

namespace kith {

// Where a record came from in its file, for messages that name the file, line and reason.
struct SourceLocation
{
    QString file; // as the user named it, or the entry inside an archive ("Connections.csv")
    int line = 0; // 1-based; 0 when the format has no lines (a zip entry, a JSON document)

    QString display() const; // "Connections.csv, line 12"
};

// A row or entry a reader could not use, and why. It is reported, never silently dropped.
struct RejectedRow
{
    SourceLocation where;
    QString reason;
};

// A person as a file describes them. The reader fills what the file says; the importer
// decides whether it is new, an update or a duplicate of someone already stored.
// Roles name their organization by name (organizationName); the importer finds or
// creates the organization.
struct IncomingPerson
{
    Person person;
    SourceLocation where;
    QDate rolesAsOf; // the day the file's current job and title were true (export date)
};

// A recommendation whose person is one of the batch's people (by index) or, when the file
// only names them, by name and company.
struct IncomingRecommendation
{
    Recommendation recommendation;
    std::optional<qsizetype> personIndex; // into ImportBatch::people
    QString personName;
    QString personCompany;
    QString personTitle; // their job title, for the person created when nobody matches
    SourceLocation where;
};

struct IncomingEvent
{
    Event event;
    QString organizerName;
    SourceLocation where;
};

// An interaction (or a follow-up, as a VTODO) whose people are named, not yet resolved.
struct IncomingInteraction
{
    Interaction interaction;
    QList<qsizetype> personIndexes; // into ImportBatch::people
    QStringList personNames;        // people to find by name
    SourceLocation where;
};

// The records one import takes at most, counting the rows it rejects. The preview holds every
// record in memory (about 1.5 KB each), so the limit bounds an import's memory whatever the
// size of the file; it is far above any real address book or LinkedIn archive (LinkedIn
// allows 30,000 connections) and twice the 100,000 people Kith is measured with.
inline constexpr qsizetype defaultImportRecordLimit = 200'000;
qsizetype importRecordLimit();
void setImportRecordLimit(qsizetype limit); // tests use a small one

// Everything a reader took from one source: a file, an archive or a folder. Readers only
// parse; they never touch the database.
struct ImportBatch
{
    QString source; // the path the user chose
    QString format; // "linkedin", "vcard", "ical", "csv"
    QList<IncomingPerson> people;
    QList<IncomingRecommendation> recommendations;
    QList<IncomingEvent> events;
    QList<IncomingInteraction> interactions;
    QList<RejectedRow> rejected;
    int skippedEmpty = 0; // rows with nothing worth importing (LinkedIn's empty rows)
    QStringList notes;    // what the reader noticed, e.g. "Invitations.csv not found"

    qsizetype recordCount() const
    {
        return people.size() + recommendations.size() + events.size() + interactions.size();
    }
    // Readers call this before they take the record at `where`: an error naming it once the
    // batch holds importRecordLimit() records and rejected rows (and `pending` ones the
    // reader keeps aside), which ends the import.
    Status checkRoom(const SourceLocation &where, qsizetype pending = 0) const;
};

} // namespace kith
