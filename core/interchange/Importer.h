#pragma once

#include "ImportBatch.h"
#include "common/Result.h"

#include <functional>

namespace kith {
class Database;
}

namespace kith::interchange {

// What the importer found a batch person to be.
enum class RowStatus
{
    New,       // nobody like them is stored or earlier in the batch
    Update,    // a stored person with the same profile address or UID: a re-import
    Duplicate, // the same e-mail or name as a stored person, or as an earlier batch row
    Rejected   // cannot be stored; see PlannedPerson::rejection
};

// Why a row matched someone.
enum class MatchReason
{
    None,
    Uid,        // the same vCard UID (a card Kith exported, coming back)
    ProfileUrl, // the same LinkedIn (or X, Mastodon, Facebook) profile address
    Email,
    Name // the same normalised name, and no profile address that says otherwise
};

// What applyImport() does with a row. Defaults: New → Create; Update → Merge; Duplicate by
// e-mail → Merge (an address belongs to one person); Duplicate by name, or of an earlier
// row of the same file → Skip (namesakes exist, and a file listing someone twice adds
// nothing); Rejected → Skip, whatever is chosen.
enum class RowAction
{
    Create, // a new person, even when they match someone
    Merge,  // into the matched person (stored, or the earlier row's)
    Skip
};

// One difference a merge would make to a stored person.
struct FieldChange
{
    // "organization", "title" (a job or title change: the old role is closed, the new one
    // added), "displayName", "givenName", "familyName", "headline", "location", "email",
    // "phone", "profile", "notes", "knownSince", "photo".
    QString field;
    QString before; // empty when the stored person had nothing there
    QString after;

    bool isJobChange() const;
    QString display() const; // "Acme Corp → Globex", or the new value alone when added
};

struct PlannedPerson
{
    RowStatus status = RowStatus::New;
    MatchReason reason = MatchReason::None;
    RowAction action = RowAction::Create;
    std::optional<Id> match;             // the stored person it updates or duplicates
    std::optional<qsizetype> matchedRow; // the earlier batch row it duplicates
    QString matchName;                   // display name of the match, for the preview
    QList<FieldChange> changes;          // what Merge changes on the stored person
    QString rejection;                   // why, when Rejected

    bool changesJob() const;
};

// Who a recommendation or interaction of the batch is about, as the plan resolved it.
struct PersonRef
{
    enum class Kind
    {
        None,     // nobody: the record is rejected
        BatchRow, // a batch person; becomes whatever that row becomes
        Stored,   // a person already in the database
        NewPerson // one of ImportPlan::namedPeople, created for a name nobody has
    };
    Kind kind = Kind::None;
    qsizetype index = -1; // BatchRow: into batch.people; NewPerson: into namedPeople
    Id id = 0;            // Stored
};

// Whether a recommendation, event or interaction of the batch is written.
enum class RecordStatus
{
    New,
    Update,          // an event whose calendar UID is stored: its fields follow the file
    AlreadyImported, // the same record is stored (or earlier in the batch): not written again
    Rejected
};

struct PlannedRecord
{
    RecordStatus status = RecordStatus::New;
    QList<PersonRef> people; // one for a recommendation, any number for an interaction
    std::optional<Id> match; // the stored event an Update rewrites
};

// Counts for the preview. People are counted by status, whatever their action.
struct ImportCounts
{
    int newPeople = 0;
    int updatedPeople = 0;   // matched by profile and with something to change
    int unchangedPeople = 0; // matched by profile, nothing new
    int duplicatePeople = 0;
    int jobChanges = 0; // updated people whose job or title changed
    int rejected = 0;   // rows of any kind: the reader's and the importer's
    int skippedEmpty = 0;
    int namedPeople = 0; // people created for names only a recommendation or message gives
    int newOrganizations = 0;
    int newRecommendations = 0;
    int newEvents = 0;
    int updatedEvents = 0;
    int newInteractions = 0;
    int alreadyImported = 0; // recommendations, events and interactions already stored
};

// The preview of an import: what each incoming record will become. Change the actions of
// `people` (setAction) before applying; everything else is the importer's.
struct ImportPlan
{
    ImportBatch batch;
    QList<PlannedPerson> people;          // parallel to batch.people
    QList<PlannedRecord> recommendations; // parallel to batch.recommendations
    QList<PlannedRecord> events;          // parallel to batch.events
    QList<PlannedRecord> interactions;    // parallel to batch.interactions
    QList<Person> namedPeople;            // to create for names that matched nobody
    QList<RejectedRow> rejected;          // the reader's rejections, then the importer's
    QStringList newOrganizations;         // names of organizations the import creates
    QDate today;                          // ends a replaced role when the file has no date

    ImportCounts counts() const;
    // Sets the action of a batch person; false (and no change) when the row is rejected or
    // the action is Merge for a row that matched nobody.
    bool setAction(qsizetype row, RowAction action);
};

// Computes the preview of importing `batch`, reading each table it matches against once.
// Never writes.
Result<ImportPlan> planImport(const Database &db, ImportBatch batch);

// What applyImport() wrote.
struct ImportSummary
{
    int peopleCreated = 0;   // batch rows and named people
    int peopleMerged = 0;    // matched and changed
    int peopleUnchanged = 0; // matched (to merge) with nothing new
    int peopleSkipped = 0;
    int rolesClosed = 0; // job or title changes recorded as history
    int organizationsCreated = 0;
    int recommendationsCreated = 0;
    int eventsCreated = 0;
    int eventsUpdated = 0;
    int interactionsCreated = 0;
    int rejected = 0;
    int skippedEmpty = 0;
    QList<Id> createdPeople;
};

// Reports progress (records written so far, of total); returning false cancels.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Writes the plan in one transaction: all of it, or nothing (ErrorCode::Cancelled when the
// progress callback cancels; the database error otherwise). New records go through
// BulkWriter, merges through the stores. Organizations are found by name, without regard to
// case, or created.
Result<ImportSummary> applyImport(Database &db, const ImportPlan &plan,
                                  const ImportProgress &progress = {});

} // namespace kith::interchange
