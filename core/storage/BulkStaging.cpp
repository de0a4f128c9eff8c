#include "BulkStaging.h"

#include "Database.h"
#include "Sql.h"
#include "TagLinks.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace kith::bulk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::BulkWriter", text);
}

struct TableSpec
{
    const char *target;
    const char *columns;
    // How a row that repeats a key is resolved, as the stores do it: a relationship kind or
    // a group member named twice counts once; a participant named twice keeps the last line.
    const char *conflict;
};

// Indexed by Table. Staging table "bulk_<target>" has exactly these columns, untyped, and
// no constraints: a constraint would make every staging insert open a statement journal.
constexpr std::array<TableSpec, tableCount> specs{{
    {"organization",
     "id, name, kind, website, city, region, country, notes, created_at, updated_at", ""},
    {"organization_profile", "organization_id, kind, url, position", ""},
    {"event",
     "id, uid, name, organizer_id, kind, format, start_date, start_time, end_date, end_time, "
     "time_zone, venue, city, region, country, url, status, funding, currency, notes, reflection, "
     "created_at, updated_at",
     ""},
    {"event_cost", "event_id, category, planned_cents, actual_cents, source, note, position", ""},
    {"event_deadline", "event_id, kind, due_on, done, note, position", ""},
    {"event_session", "event_id, title, starts_at, notes, position", ""},
    {"online_group",
     "id, name, platform, url, joined_on, discovered_via_group_id, discovered_via_person_id, "
     "cadence_days, notes, created_at, updated_at",
     ""},
    {"person",
     "id, uid, display_name, given_name, family_name, headline, city, region, country, "
     "met_at_event_id, met_in_group_id, introduced_by_id, cadence_days, notes, known_since, "
     "origin, created_at, updated_at, contact_snoozed_until",
     ""},
    {"person_email", "person_id, email, label, position", ""},
    {"person_phone", "person_id, phone, label, position", ""},
    {"person_profile", "person_id, kind, url, position", ""},
    {"person_relationship", "person_id, kind", "OR IGNORE"},
    {"role", "person_id, organization_id, title, start_date, end_date, position", ""},
    {"person_photo", "person_id, data", "OR REPLACE"},
    {"group_member", "group_id, person_id", "OR IGNORE"},
    {"event_participant", "event_id, person_id, role, met", "OR REPLACE"},
    {"interaction",
     "id, uid, occurred_on, kind, event_id, summary, follow_up_on, follow_up_done_on, created_at, "
     "updated_at",
     ""},
    {"interaction_person", "interaction_id, person_id, occurred_on", "OR IGNORE"},
    {"membership",
     "id, person_id, organization_id, role, since, status, dues_cents, dues_currency, dues_period, "
     "paid_by, renewal_date, notes, created_at, updated_at",
     ""},
    {"recommendation",
     "id, direction, person_id, platform, context, requested_on, completed_on, status, body, "
     "created_at, updated_at",
     ""},
    {"tag_link", "target, owner_id, name", ""},
}};

QByteArray stagingName(Table table)
{
    return QByteArray("temp.bulk_") + specs[std::size_t(table)].target;
}

// The dashboard's per-row insert triggers (0006_dashboard_figures.sql) and the statement
// that does their work for every new row, those whose id is above @after.
struct DerivedTrigger
{
    const char *table;
    const char *trigger;
    const char *catchUp;
};
constexpr DerivedTrigger derivedTriggers[] = {
    {"person", "person_month_derived_insert",
     "INSERT INTO main.derived_person_month(month, people) SELECT substr(known_since, 1, 7), "
     "count(*) FROM main.person WHERE id > @after GROUP BY 1 ON CONFLICT (month) DO UPDATE SET "
     "people = people + excluded.people"},
    {"person", "person_source_derived_insert",
     "INSERT INTO main.derived_person_source(source, people) SELECT source, count(*) FROM "
     "main.person_source_of WHERE person_id > @after GROUP BY source ON CONFLICT (source) DO "
     "UPDATE "
     "SET people = people + excluded.people"},
    {"person", "person_keep_in_touch_insert",
     "INSERT INTO main.derived_keep_in_touch(person_id, cadence_days, due) SELECT person_id, "
     "cadence_days, due FROM main.keep_in_touch_schedule WHERE person_id > @after"},
    {"interaction", "interaction_derived_insert",
     "INSERT INTO main.derived_interaction_month(month, kind, interactions) SELECT "
     "substr(occurred_on, 1, 7), kind, count(*) FROM main.interaction WHERE id > @after GROUP BY "
     "1, "
     "2 ON CONFLICT (month, kind) DO UPDATE SET interactions = interactions + "
     "excluded.interactions"},
};

QByteArray placeholders(const char *columns)
{
    const qsizetype count = QByteArray(columns).count(',') + 1;
    QByteArray result = "?";
    for (qsizetype i = 1; i < count; ++i)
        result += ",?";
    return result;
}

constexpr std::array<TagTarget, 7> tagTargets{
    TagTarget::Person,         TagTarget::Organization, TagTarget::Membership, TagTarget::Group,
    TagTarget::Recommendation, TagTarget::Event,        TagTarget::Interaction};

} // namespace

Row &Row::check(int rc)
{
    if (m_rc == SQLITE_OK)
        m_rc = rc;
    ++m_next;
    return *this;
}

Row &Row::null()
{
    return check(sqlite3_bind_null(m_statement, m_next));
}

Row &Row::text(QStringView value)
{
    return value.isEmpty() ? null() : required(value);
}

Row &Row::required(QStringView value)
{
    QStringEncoder &encoder = m_staging.m_utf8;
    char *buffer = m_staging.scratch(m_next, encoder.requiredSpace(value.size()));
    const char *end = encoder.appendToBuffer(buffer, value);
    return check(sqlite3_bind_text(m_statement, m_next, buffer, int(end - buffer), SQLITE_STATIC));
}

Row &Row::key(const char *value)
{
    return check(sqlite3_bind_text(m_statement, m_next, value, -1, SQLITE_STATIC));
}

Row &Row::constant(const QByteArray &utf8)
{
    return check(
        sqlite3_bind_text(m_statement, m_next, utf8.constData(), int(utf8.size()), SQLITE_STATIC));
}

Row &Row::integer(qint64 value)
{
    return check(sqlite3_bind_int64(m_statement, m_next, value));
}

Row &Row::integer(std::optional<qint64> value)
{
    return value ? integer(*value) : null();
}

Row &Row::date(const QDate &value)
{
    int year = 0;
    int month = 0;
    int day = 0;
    value.getDate(&year, &month, &day);
    if (!value.isValid())
        return null();
    if (year < 0 || year > 9999) // ISO needs more than four digits; leave it to Qt
        return required(value.toString(Qt::ISODate));
    // QDate::toString() showed up as a tenth of the staging time; this is the same text.
    char *text = m_staging.scratch(m_next, 10);
    const auto digits = [&](int offset, int number, int width) {
        for (int i = width - 1; i >= 0; --i, number /= 10)
            text[offset + i] = char('0' + number % 10);
    };
    digits(0, year, 4);
    text[4] = '-';
    digits(5, month, 2);
    text[7] = '-';
    digits(8, day, 2);
    return check(sqlite3_bind_text(m_statement, m_next, text, 10, SQLITE_STATIC));
}

Row &Row::blob(const QByteArray &value)
{
    return check(sqlite3_bind_blob(m_statement, m_next, value.constData(), int(value.size()),
                                   SQLITE_TRANSIENT));
}

Status Row::insert()
{
    Q_ASSERT(m_next - 1 == sqlite3_bind_parameter_count(m_statement));
    if (m_rc == SQLITE_OK)
        m_rc = sqlite3_step(m_statement) == SQLITE_DONE ? SQLITE_OK
                                                        : sqlite3_errcode(m_staging.m_handle);
    sqlite3_reset(m_statement);
    if (m_rc != SQLITE_OK)
        return m_staging.failure(
            tr("Staging rows for %1").arg(QLatin1String(specs[std::size_t(m_table)].target)));
    ++m_staging.m_counts[std::size_t(m_table)];
    return {};
}

Status Staging::open()
{
    close();
    m_handle = m_db.handle();
    if (!m_handle)
        return Error(ErrorCode::Storage, tr("The database connection is not open."));
    const QString doing = tr("Preparing a bulk write");
    for (int i = 0; i < tableCount; ++i) {
        const TableSpec &spec = specs[std::size_t(i)];
        const QByteArray name = stagingName(Table(i));
        if (Status status =
                exec("CREATE TABLE IF NOT EXISTS " + name + "(" + spec.columns + ")", doing);
            !status) {
            close();
            return status;
        }
        if (Status status = exec("DELETE FROM " + name, doing); !status) {
            close();
            return status;
        }
        const QByteArray insert = "INSERT INTO " + name + "(" + spec.columns + ") VALUES (" +
                                  placeholders(spec.columns) + ")";
        if (sqlite3_prepare_v3(m_handle, insert.constData(), int(insert.size()),
                               SQLITE_PREPARE_PERSISTENT, &m_inserts[std::size_t(i)],
                               nullptr) != SQLITE_OK) {
            const Error error = failure(doing);
            close();
            return error;
        }
    }
    m_counts.fill(0);
    return {};
}

Result<Id> Staging::maxId(Table table)
{
    const QByteArray statement =
        QByteArray("SELECT max(id) FROM main.") + specs[std::size_t(table)].target;
    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(m_handle, statement.constData(), int(statement.size()), &query,
                           nullptr) != SQLITE_OK ||
        sqlite3_step(query) != SQLITE_ROW) {
        const Error error = failure(tr("Reserving ids"));
        sqlite3_finalize(query);
        return error;
    }
    const Id id = sqlite3_column_int64(query, 0);
    sqlite3_finalize(query);
    return id;
}

Result<QByteArray> Staging::triggerSql(const QByteArray &name)
{
    static const char statement[] =
        "SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name = ?";
    sqlite3_stmt *query = nullptr;
    QByteArray sql;
    int rc = sqlite3_prepare_v2(m_handle, statement, -1, &query, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(query, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(query);
        if (rc == SQLITE_ROW)
            sql = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)));
        rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    if (rc != SQLITE_OK) {
        const Error error = failure(tr("Reading the schema"));
        sqlite3_finalize(query);
        return error;
    }
    sqlite3_finalize(query);
    return sql;
}

Status Staging::flushTable(Table table, const QString &doing)
{
    const TableSpec &spec = specs[std::size_t(table)];
    // One statement per table: triggers run inside it, so FTS5 keeps its pending terms in
    // memory instead of flushing them at a savepoint per row.
    const QByteArray copy = QByteArray("INSERT ") + spec.conflict + " INTO main." + spec.target +
                            "(" + spec.columns + ") SELECT " + spec.columns + " FROM " +
                            stagingName(table);
    if (qstrcmp(spec.target, "interaction_person") == 0)
        return flushInteractionPeople(copy, doing);

    // The insert triggers that keep the search index (0002_search.sql) and the dashboard's
    // figures (0006_dashboard_figures.sql) are dropped for the copy, and what they would have
    // done row by row is done for all the new rows (ids above the largest before the copy) in
    // one set-based statement each: running the search trigger row by row costs about as
    // much again as the whole insert (measured: 10,000 people with their e-mails and roles
    // take 0.66 s through the triggers, 0.38 s this way). The triggers come back, identical,
    // before the transaction ends, and a rollback restores them as well.
    struct Suspended
    {
        QByteArray trigger;
        QByteArray definition;
        QByteArray catchUp; // with "@after" where the id the new rows start above goes
    };
    QList<Suspended> suspended;
    const auto suspend = [&](const QByteArray &trigger, const QByteArray &catchUp) -> Status {
        Result<QByteArray> definition = triggerSql(trigger);
        if (!definition)
            return definition.error();
        if (!definition->isEmpty())
            suspended.append({trigger, *definition, catchUp});
        return {};
    };
    if (Status status = suspend(QByteArray(spec.target) + "_search_insert",
                                QByteArray("INSERT INTO main.search_index(rowid, kind, entity_id, "
                                           "title, body) SELECT search_rowid, kind, entity_id, "
                                           "title, body FROM main.search_source_") +
                                    spec.target + " WHERE source_id > @after");
        !status) {
        return status;
    }
    for (const DerivedTrigger &derived : derivedTriggers) {
        if (qstrcmp(derived.table, spec.target) != 0)
            continue;
        if (Status status = suspend(derived.trigger, derived.catchUp); !status)
            return status;
    }
    if (suspended.isEmpty())
        return exec(copy, doing);

    Result<Id> before = maxId(table);
    if (!before)
        return before.error();
    QList<QByteArray> statements;
    for (const Suspended &trigger : std::as_const(suspended))
        statements.append("DROP TRIGGER main." + trigger.trigger);
    statements.append(copy);
    for (const Suspended &trigger : std::as_const(suspended))
        statements.append(
            QByteArray(trigger.catchUp).replace("@after", QByteArray::number(*before)));
    for (const Suspended &trigger : std::as_const(suspended))
        statements.append(trigger.definition);
    for (const QByteArray &statement : std::as_const(statements)) {
        if (Status status = exec(statement, doing); !status)
            return status;
    }
    return {};
}

// Each person's latest contact (0004_last_contact.sql) is set once per person after all the
// links are in, instead of by the insert trigger once per link.
Status Staging::flushInteractionPeople(const QByteArray &copy, const QString &doing)
{
    static const QByteArray trigger = "interaction_person_contact_insert";
    Result<QByteArray> definition = triggerSql(trigger);
    if (!definition)
        return definition.error();
    const QByteArray update =
        "UPDATE main.person SET last_contact_on = (SELECT max(occurred_on) FROM "
        "main.interaction_person ip WHERE ip.person_id = person.id) WHERE id IN (SELECT "
        "person_id FROM " +
        stagingName(Table::InteractionPerson) + ")";
    QList<QByteArray> statements = {copy, update};
    if (!definition->isEmpty())
        statements = {"DROP TRIGGER main." + trigger, copy, update, *definition};
    for (const QByteArray &statement : statements) {
        if (Status status = exec(statement, doing); !status)
            return status;
    }
    return {};
}

Status Staging::flush()
{
    const QString doing = tr("Writing the staged records");
    for (int i = 0; i < tableCount; ++i) {
        const Table table = Table(i);
        if (count(table) == 0 || table == Table::TagLink)
            continue;
        if (Status status = flushTable(table, doing); !status)
            return status;
    }
    if (count(Table::TagLink) > 0) {
        // New tags keep the spelling they were first staged with, as tagLinks::add does.
        if (Status status = exec("INSERT OR IGNORE INTO main.tag(name) SELECT name FROM (SELECT "
                                 "name, min(rowid) AS first FROM temp.bulk_tag_link GROUP BY name "
                                 "COLLATE NOCASE) ORDER BY first",
                                 doing);
            !status) {
            return status;
        }
        for (TagTarget target : tagTargets) {
            const QByteArray statement =
                "INSERT OR IGNORE INTO main." + tagLinks::table(target).toLatin1() + "(" +
                tagLinks::column(target).toLatin1() +
                ", tag_id) SELECT s.owner_id, t.id FROM temp.bulk_tag_link s "
                "CROSS JOIN main.tag t ON t.name = s.name WHERE s.target = " +
                QByteArray::number(int(target));
            if (Status status = exec(statement, doing); !status)
                return status;
        }
    }
    for (int i = 0; i < tableCount; ++i) {
        if (count(Table(i)) == 0)
            continue;
        if (Status status = exec("DELETE FROM " + stagingName(Table(i)), doing); !status)
            return status;
        m_counts[std::size_t(i)] = 0;
    }
    return {};
}

char *Staging::scratch(int column, qsizetype size)
{
    if (std::size_t(column) >= m_scratch.size())
        m_scratch.resize(std::size_t(column) + 1);
    QByteArray &buffer = m_scratch[std::size_t(column)];
    if (buffer.size() < size)
        buffer.resize(size);
    return buffer.data();
}

void Staging::close()
{
    for (sqlite3_stmt *&statement : m_inserts) {
        sqlite3_finalize(statement);
        statement = nullptr;
    }
    m_counts.fill(0);
    m_handle = nullptr;
}

Status Staging::exec(const QByteArray &statement, const QString &doing)
{
    if (sqlite3_exec(m_handle, statement.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(doing);
    return {};
}

Error Staging::failure(const QString &doing) const
{
    return m_db.lastError(doing);
}

} // namespace kith::bulk
