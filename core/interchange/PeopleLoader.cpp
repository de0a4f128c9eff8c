#include "PeopleLoader.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <sqlite3.h>

#include <cstring>

namespace kith::interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::interchange", text);
}

// A statement on the connection's own SQLite handle: the C API reads a column without the
// QVariant Qt Sql wraps around every value, which is most of the time of a bulk read.
class Statement
{
public:
    Statement(sqlite3 *handle, const char *sql)
        : m_handle(handle)
    {
        m_rc = sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // The next row; false at the end or on an error (see failed()).
    bool next()
    {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
            return false;
        m_rc = sqlite3_step(m_statement);
        return m_rc == SQLITE_ROW;
    }
    bool failed() const { return m_rc != SQLITE_OK && m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    Error error() const
    {
        return sql::error(m_rc, QString::fromUtf8(sqlite3_errmsg(m_handle)), tr("Reading people"));
    }

    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    std::optional<Id> optionalId(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<Id>(integer(column));
    }
    QString text(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }
    QByteArray blob(int column) const
    {
        const void *data = sqlite3_column_blob(m_statement, column);
        return QByteArray(static_cast<const char *>(data),
                          sqlite3_column_bytes(m_statement, column));
    }
    template <typename E>
    E key(int column, E fallback) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        for (const auto &entry : EnumTraits<E>::entries) {
            if (text && std::strcmp(entry.key, text) == 0)
                return entry.value;
        }
        return fallback;
    }
    QDate date(int column) const;
    QDateTime timestamp(int column) const;

private:
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
};

int digits(const char *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// Dates and stamps as the stores write them ("2026-03-15", "2026-03-15T10:00:00Z") are read
// directly; anything else goes through the general conversions of sql::, which give the
// same values, only slower.
QDate Statement::date(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    if (sqlite3_column_bytes(m_statement, column) == 10 && text[4] == '-' && text[7] == '-') {
        const int year = digits(text, 4), month = digits(text + 5, 2), day = digits(text + 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return sql::toDate(QVariant(QString::fromUtf8(text)));
}

QDateTime Statement::timestamp(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    if (sqlite3_column_bytes(m_statement, column) == 20 && text[10] == 'T' && text[19] == 'Z' &&
        text[13] == ':' && text[16] == ':') {
        const QDate day = date(column);
        const int hour = digits(text + 11, 2), minute = digits(text + 14, 2),
                  second = digits(text + 17, 2);
        if (day.isValid() && hour >= 0 && minute >= 0 && second >= 0) {
            static const QTimeZone utc = QTimeZone::utc();
            return QDateTime(day, QTime(hour, minute, second), utc);
        }
    }
    return sql::toDateTime(QVariant(QString::fromUtf8(text)));
}

// Child rows come ordered by person id, like the people; a cursor walks both once.
class Stitcher
{
public:
    explicit Stitcher(QList<Person> &people)
        : m_people(people.data())
        , m_size(people.size())
    {}

    Person *find(Id id)
    {
        while (m_cursor < m_size && m_people[m_cursor].id < id)
            ++m_cursor;
        return m_cursor < m_size && m_people[m_cursor].id == id ? &m_people[m_cursor] : nullptr;
    }

private:
    Person *m_people;
    qsizetype m_size;
    qsizetype m_cursor = 0;
};

// Runs `sql` (person id in column 0) and hands every row to `add` with its person.
template <typename Add>
Status readChildren(sqlite3 *handle, QList<Person> &people, const char *sql, Add add)
{
    Statement rows(handle, sql);
    Stitcher stitcher(people);
    while (rows.next()) {
        if (Person *person = stitcher.find(rows.integer(0)))
            add(*person, rows);
    }
    if (rows.failed())
        return rows.error();
    return {};
}

Result<QList<Person>> readPeople(sqlite3 *handle)
{
    QList<Person> people;
    {
        Statement count(handle, "SELECT count(*) FROM person");
        if (count.next())
            people.reserve(count.integer(0));
        if (count.failed())
            return count.error();
    }
    Statement rows(handle,
                   "SELECT id, uid, display_name, given_name, family_name, headline, city, region, "
                   "country, met_at_event_id, met_in_group_id, introduced_by_id, cadence_days, "
                   "notes, known_since, origin, created_at, updated_at, contact_snoozed_until "
                   "FROM person ORDER BY id");
    while (rows.next()) {
        Person &p = people.emplace_back();
        p.id = rows.integer(0);
        p.uid = rows.text(1);
        p.displayName = rows.text(2);
        p.givenName = rows.text(3);
        p.familyName = rows.text(4);
        p.headline = rows.text(5);
        p.location = {rows.text(6), rows.text(7), rows.text(8)};
        p.metAtEventId = rows.optionalId(9);
        p.metInGroupId = rows.optionalId(10);
        p.introducedById = rows.optionalId(11);
        if (!rows.isNull(12))
            p.cadenceDays = int(rows.integer(12));
        p.notes = rows.text(13);
        p.knownSince = rows.date(14);
        p.origin = rows.key(15, Origin::Manual);
        p.timestamps = {rows.timestamp(16), rows.timestamp(17)};
        p.contactSnoozedUntil = rows.date(18);
    }
    if (rows.failed())
        return rows.error();
    return people;
}

Status readChildren(sqlite3 *handle, QList<Person> &people)
{
    Status status = readChildren(
        handle, people,
        "SELECT person_id, email, label FROM person_email ORDER BY person_id, position, id",
        [](Person &p, const Statement &row) {
            p.emails.append({row.text(1), row.text(2)});
        });
    if (status)
        status = readChildren(
            handle, people,
            "SELECT person_id, phone, label FROM person_phone ORDER BY person_id, position, id",
            [](Person &p, const Statement &row) {
                p.phones.append({row.text(1), row.text(2)});
            });
    if (status)
        status = readChildren(
            handle, people,
            "SELECT person_id, kind, url FROM person_profile ORDER BY person_id, position, id",
            [](Person &p, const Statement &row) {
                p.profiles.append({row.key(1, ProfileKind::Other), row.text(2)});
            });
    if (status)
        status = readChildren(handle, people,
                              "SELECT person_id, kind FROM person_relationship ORDER BY person_id",
                              [](Person &p, const Statement &row) {
                                  p.relationships.append(row.key(1, RelationshipKind::Other));
                              });
    if (status)
        status = readChildren(
            handle, people,
            "SELECT r.person_id, r.id, r.organization_id, o.name, r.title, r.start_date, "
            "r.end_date FROM role r LEFT JOIN organization o ON o.id = r.organization_id "
            "ORDER BY r.person_id, r.position, r.id",
            [](Person &p, const Statement &row) {
                p.roles.append({row.integer(1), row.optionalId(2), row.text(3), row.text(4),
                                row.date(5), row.date(6)});
            });
    if (status)
        status = readChildren(handle, people,
                              "SELECT l.person_id, t.name FROM person_tag l JOIN tag t "
                              "ON t.id = l.tag_id ORDER BY l.person_id, t.name COLLATE NOCASE",
                              [](Person &p, const Statement &row) { p.tags.append(row.text(1)); });
    if (status)
        status = readChildren(handle, people,
                              "SELECT person_id, data FROM person_photo ORDER BY person_id",
                              [](Person &p, const Statement &row) { p.photo = row.blob(1); });
    return status;
}

} // namespace

Result<QList<Person>> loadAllPeople(const Database &db)
{
    sqlite3 *handle = db.handle();
    // One read transaction, so a writer elsewhere cannot slip in between two tables.
    const bool ownTransaction = sqlite3_get_autocommit(handle) != 0;
    if (ownTransaction && sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return db.lastError(tr("Reading people"));
    Result<QList<Person>> people = readPeople(handle);
    if (people) {
        if (Status status = readChildren(handle, *people); !status)
            people = status.error();
    }
    if (people) {
        for (Person &person : *people)
            std::sort(person.relationships.begin(), person.relationships.end());
    }
    if (ownTransaction)
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr); // read only: cannot fail
    return people;
}

} // namespace kith::interchange
