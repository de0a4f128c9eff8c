#pragma once

#include "Change.h"
#include "common/Result.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

struct sqlite3;

namespace kith {

// One Kith database file, opened on its own named Qt Sql connection with foreign keys on,
// WAL journaling and a busy timeout. Opening checks the file before SQLite touches it,
// refuses files from a newer Kith untouched, and migrates older ones after a backup.
class Database final : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = 6;
    static constexpr qint32 applicationId = 0x4B697468; // "Kith"

    struct Options
    {
        bool create = true;    // create the file when it does not exist
        bool readOnly = false; // never write; fails if the file needs a migration
        // Where backups go (before a migration, daily); empty: a "<name>-backups" folder
        // beside the file.
        QString backupDirectory;
        // The first writable open of a calendar day backs the file up (see Backups.h).
        bool dailyBackup = true;
        // "Now" from the first statement on, so backup names follow a test's clock too.
        std::function<QDateTime()> clock;
        // Runs SQLite's quick_check while opening, so a damaged file is known as such before
        // anything is written to it or backed up from it (isDamaged()). A reader that opens
        // beside a checked connection can skip it.
        bool verify = true;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Database() override;

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Whether SQLite found the file damaged (quick_check while opening, or SQLITE_CORRUPT
    // from any statement since). A damaged file is never written to: every transaction is
    // refused and the connection is query-only; reads go on where they can. damage() is
    // SQLite's first finding, and damageMessage() the sentence that tells the user.
    bool isDamaged() const { return !m_damage.isEmpty(); }
    const QString &damage() const { return m_damage; }
    QString damageMessage() const;
    // Called when a statement met SQLITE_CORRUPT.
    void markDamaged(const QString &finding) const;
    // Forgets what was found and checks the file again, after a restore replaced its pages.
    void verifyAgain();
    QSqlDatabase connection() const;
    // The SQLite handle under the Qt connection, for the online backup API and bulk paths.
    sqlite3 *handle() const;
    // The backup written before the last migration, if one ran while opening.
    const QString &migrationBackup() const { return m_migrationBackup; }
    // The daily backup written while opening (empty when today's existed or none was due),
    // and why it could not be written: a failed backup does not keep the data closed.
    const QString &dailyBackup() const { return m_dailyBackup; }
    const QString &backupProblem() const { return m_backupProblem; }
    // What the day's backup rotation left alone and why (backups dated in the future).
    const QStringList &backupNotes() const { return m_backupNotes; }

    // Writes a consistent copy of the live database with SQLite's online backup API.
    // The copy is created readable by its owner only and appears only once complete.
    Status backupTo(const QString &destination) const;

    // "Now" for created/updated stamps; tests replace it to stay independent of the clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    QString timestamp() const; // now() as stored: ISO 8601 UTC, seconds

    // Stores call this for every change; inside a transaction the change waits for the
    // outermost commit (and is dropped on rollback), otherwise it is announced at once.
    void notify(Change change);

    // Whether the file at path() is still the file this connection opened. Another program
    // can delete it or rename another file over it while Kith has it open; writing on would
    // then go into a file nobody sees any more. Every outermost Transaction asks first.
    Status checkFileIdentity() const;
    // After checkFileIdentity() failed: moves what this connection's WAL holds into its own
    // file and empties the WAL. SQLite leaves the WAL of a moved file in place, under the
    // old name, and would read it as part of whatever file has that name now.
    void releaseMovedFile();

    // A number that changes whenever another connection (another Kith, a script) commits to
    // the file; this connection's own commits leave it as it is.
    Result<qint64> dataVersion() const;

    // Maps the last SQLite error of this connection (or of the given query) to an Error.
    Error lastError(const QString &doing) const;

Q_SIGNALS:
    void changed(const kith::Change &change);

private:
    friend class Transaction;

    Database(QString path, QString connectionName, bool readOnly);
    Status configure();
    void verify();
    void rememberFileIdentity();
    void beginTransactionScope();
    void endTransactionScope(bool committed, qsizetype pendingMark);
    qsizetype pendingMark() const { return m_pending.size(); }

    QString m_path;
    QString m_connectionName;
    bool m_readOnly;
    QString m_migrationBackup;
    QString m_dailyBackup;
    QString m_backupProblem;
    QStringList m_backupNotes;
    mutable QString m_damage;
    std::function<QDateTime()> m_clock;
    // The device and inode of the file when it was opened (0, 0: unknown, not checked).
    quint64 m_device = 0;
    quint64 m_inode = 0;
    int m_transactionDepth = 0;
    QList<Change> m_pending;
};

} // namespace kith
