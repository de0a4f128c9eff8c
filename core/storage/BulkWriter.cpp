#include "BulkWriter.h"

#include "BulkStaging.h"
#include "Database.h"
#include "Sql.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace kith {

using bulk::Table;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::BulkWriter", text);
}

// The tables whose ids the writer hands out, and the kind each announces.
constexpr std::array<std::pair<Table, EntityKind>, 7> idTables{{
    {Table::Organization, EntityKind::Organization},
    {Table::Event, EntityKind::Event},
    {Table::Group, EntityKind::Group},
    {Table::Person, EntityKind::Person},
    {Table::Interaction, EntityKind::Interaction},
    {Table::Membership, EntityKind::Membership},
    {Table::Recommendation, EntityKind::Recommendation},
}};

// The first problem of a batch, its fields named after the record ("people[3].displayName").
template <typename Record>
std::optional<Error> firstInvalid(const QList<Record> &records, const char *batchName)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        Record record = records[i];
        record.id = 0; // new records: rules about a record's own id do not apply yet
        QList<FieldError> problems = validation::check(record);
        if (problems.isEmpty())
            continue;
        const QString prefix = QStringLiteral("%1[%2].").arg(QLatin1String(batchName)).arg(i);
        for (FieldError &problem : problems)
            problem.field.prepend(prefix);
        return Error::validation(std::move(problems))
            .withContext(tr("Record %1 of %2: ").arg(i + 1).arg(records.size()));
    }
    return std::nullopt;
}

} // namespace

BulkWriter::BulkWriter(Database &db)
    : m_db(db)
    , m_staging(std::make_unique<bulk::Staging>(db))
    , m_nextIds(bulk::tableCount, 0)
{}

BulkWriter::~BulkWriter()
{
    discard();
}

Status BulkWriter::begin()
{
    if (m_tx)
        return {};
    m_tx.emplace(m_db);
    if (!m_tx->isActive()) {
        const Error error = m_tx->error();
        m_tx.reset();
        return error;
    }
    if (Status status = m_staging->open(); !status) {
        discard();
        return status;
    }
    // Read under the write lock BEGIN IMMEDIATE took, so nobody else can take these ids.
    for (const auto &[table, kind] : idTables) {
        Result<Id> maxId = m_staging->maxId(table);
        if (!maxId) {
            discard();
            return maxId.error();
        }
        m_nextIds[qsizetype(table)] = *maxId + 1;
    }
    m_now = m_db.timestamp().toUtf8();
    m_today = m_db.now().toLocalTime().date();
    return {};
}

void BulkWriter::discard()
{
    m_staging->close();
    m_tx.reset(); // rolls back, dropping the staged rows and their notifications
}

template <typename Record>
Result<QList<Id>> BulkWriter::addBatch(const QList<Record> &records, const char *batchName,
                                       Table idTable)
{
    if (std::optional<Error> invalid = firstInvalid(records, batchName)) {
        discard();
        return *invalid;
    }
    if (Status status = begin(); !status)
        return status.error();
    QList<Id> ids;
    ids.reserve(records.size());
    for (const Record &record : records) {
        const Id id = m_nextIds[qsizetype(idTable)]++;
        if (Status status = stage(record, id); !status) {
            discard();
            return status.error();
        }
        ids.append(id);
    }
    return ids;
}

Result<QList<Id>> BulkWriter::addOrganizations(const QList<Organization> &organizations)
{
    return addBatch(organizations, "organizations", Table::Organization);
}

Result<QList<Id>> BulkWriter::addPeople(const QList<Person> &people)
{
    return addBatch(people, "people", Table::Person);
}

Result<QList<Id>> BulkWriter::addGroups(const QList<OnlineGroup> &groups)
{
    return addBatch(groups, "groups", Table::Group);
}

Result<QList<Id>> BulkWriter::addEvents(const QList<Event> &events)
{
    return addBatch(events, "events", Table::Event);
}

Result<QList<Id>> BulkWriter::addInteractions(const QList<Interaction> &interactions)
{
    return addBatch(interactions, "interactions", Table::Interaction);
}

Result<QList<Id>> BulkWriter::addMemberships(const QList<Membership> &memberships)
{
    return addBatch(memberships, "memberships", Table::Membership);
}

Result<QList<Id>> BulkWriter::addRecommendations(const QList<Recommendation> &recommendations)
{
    return addBatch(recommendations, "recommendations", Table::Recommendation);
}

Status BulkWriter::commit()
{
    if (!m_tx)
        return {};
    for (const auto &[table, kind] : idTables) {
        if (m_staging->count(table) > 0)
            m_db.notify({kind, ChangeType::Reset, {}});
    }
    if (m_staging->count(Table::TagLink) > 0)
        m_db.notify({EntityKind::Tag, ChangeType::Reset, {}});

    // A group found through a person and a person met in that group point at each other;
    // deferring the foreign-key checks to the commit lets the flush go table by table. The
    // pragma ends with the transaction.
    Query defer(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    Status status = defer.exec(tr("Writing the staged records"));
    if (status)
        status = m_staging->flush();
    m_staging->close();
    if (status)
        status = m_tx->commit(); // rolls back by itself when the commit fails
    m_tx.reset();
    return status;
}

} // namespace kith
