#include "Transaction.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>

namespace kith {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.m_transactionDepth > 0)
        m_savepoint = QStringLiteral("kith_%1").arg(db.m_transactionDepth);
    m_pendingMark = db.pendingMark();
    if (m_savepoint.isEmpty()) {
        if (db.isDamaged()) {
            m_error = Error(ErrorCode::Corrupt, db.damageMessage());
            return;
        }
        if (Status status = db.checkFileIdentity(); !status) {
            m_error = status.error();
            db.releaseMovedFile();
            return;
        }
    }
    m_active = exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (m_active)
        db.beginTransactionScope();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error ? *m_error : Error(ErrorCode::Storage, QStringLiteral("No transaction"));
    if (!exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                    : QStringLiteral("RELEASE ") + m_savepoint)) {
        // Why the commit failed (a full disk) is the news, not that SQLite had already
        // rolled back and the ROLLBACK found nothing to do.
        const Error failed = *m_error;
        rollback();
        m_error = failed;
        return failed;
    }
    m_active = false;
    m_db.endTransactionScope(true, m_pendingMark);
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    m_db.endTransactionScope(false, m_pendingMark);
}

bool Transaction::exec(const QString &statement)
{
    Query query(m_db, statement);
    Status status = query.exec(QCoreApplication::translate("kith::Transaction", "Saving"));
    if (!status)
        m_error = status.error();
    return status.ok();
}

} // namespace kith
