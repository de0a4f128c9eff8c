#pragma once

#include "common/Result.h"
#include "model/Common.h"

#include <QStringEncoder>

#include <array>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kith {

class Database;

// The staging area behind BulkWriter: one TEMP table per target table, filled row by row
// through the SQLite C API and copied into the real tables by one INSERT … SELECT each.
namespace bulk {

// The tables a bulk write fills, in the order they are flushed: a parent before the rows
// that refer to it, and organizations before roles, whose search text names them.
enum class Table
{
    Organization,
    OrganizationProfile,
    Event,
    EventCost,
    EventDeadline,
    EventSession,
    Group,
    Person,
    PersonEmail,
    PersonPhone,
    PersonProfile,
    PersonRelationship,
    Role,
    PersonPhoto,
    GroupMember,
    EventParticipant,
    Interaction,
    InteractionPerson,
    Membership,
    Recommendation,
    TagLink, // (TagTarget, owner id, tag name), spread over the *_tag tables by the flush
};
constexpr int tableCount = int(Table::TagLink) + 1;

class Staging;

// One row on its way into a staging table. Values are bound in the column order of the
// table (see BulkStaging.cpp); insert() stores the row. Text is encoded into buffers the
// staging area keeps per column, so binding allocates nothing.
class Row
{
public:
    Row &text(QStringView value);          // NULL when empty, like sql::text
    Row &required(QStringView value);      // stored as given, even when empty
    Row &key(const char *value);           // a string literal (an enum key), bound without a copy
    Row &constant(const QByteArray &utf8); // must outlive the staging session
    Row &integer(qint64 value);
    Row &integer(std::optional<qint64> value); // NULL when empty
    Row &date(const QDate &value);             // ISO date, NULL when invalid
    Row &blob(const QByteArray &value);
    Status insert();

private:
    friend class Staging;
    Row(Staging &staging, Table table, sqlite3_stmt *statement)
        : m_staging(staging)
        , m_table(table)
        , m_statement(statement)
    {}
    Row &null();
    Row &check(int rc);

    Staging &m_staging;
    Table m_table;
    sqlite3_stmt *m_statement;
    int m_next = 1;
    int m_rc = 0;
};

class Staging
{
public:
    explicit Staging(Database &db)
        : m_db(db)
    {}
    ~Staging() { close(); }

    Staging(const Staging &) = delete;
    Staging &operator=(const Staging &) = delete;

    // Creates the staging tables (empty) and prepares their statements. Runs inside the
    // caller's transaction, so a rollback takes the staged rows with it.
    Status open();
    bool isOpen() const { return m_handle != nullptr; }
    Row row(Table table) { return Row(*this, table, m_inserts[std::size_t(table)]); }
    qsizetype count(Table table) const { return m_counts[std::size_t(table)]; }
    // The largest id in the real table behind `table` (0 when empty).
    Result<Id> maxId(Table table);
    // Copies every staged row into its table, one statement per table, then empties the
    // staging tables.
    Status flush();
    void close();

private:
    friend class Row;
    Status flushTable(Table table, const QString &doing);
    Status flushInteractionPeople(const QByteArray &copy, const QString &doing);
    Result<QByteArray> triggerSql(const QByteArray &name); // empty when there is none
    Status exec(const QByteArray &statement, const QString &doing);
    Error failure(const QString &doing) const;

    // A buffer for the value bound to `column` of the row being staged; valid until the
    // next row.
    char *scratch(int column, qsizetype size);

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::vector<QByteArray> m_scratch;
    std::array<sqlite3_stmt *, tableCount> m_inserts{};
    std::array<qsizetype, tableCount> m_counts{};
};

} // namespace bulk

} // namespace kith
