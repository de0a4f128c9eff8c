#pragma once

#include "common/Result.h"

#include <QString>

namespace kith {

class Database;

// Rolls back unless committed. The outermost guard runs BEGIN IMMEDIATE (taking the write
// lock up front, so a busy database fails early instead of half-way); nested guards use
// savepoints, so a store call inside an import joins the import's transaction. Change
// notifications are announced when the outermost guard commits.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; when not, error() says why and nothing should be written.
    bool isActive() const { return m_active; }
    const Error &error() const { return *m_error; }

    Status commit();
    void rollback();

private:
    bool exec(const QString &statement);

    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    qsizetype m_pendingMark = 0;
    bool m_active = false;
    std::optional<Error> m_error;
};

} // namespace kith
