#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace kith {
class Database;
class Error;
} // namespace kith

namespace kith::cli {

// Exit codes of every subcommand.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    Usage = 2
};

// What a subcommand needs from the command line around it.
struct Context
{
    QString databasePath;
    QTextStream &out;
    QTextStream &err;

    enum class Access
    {
        Read,  // works on read-only media, a full disk and a damaged file (with a warning)
        Write, // refuses a damaged file
        Create // Write, and creates the file when it does not exist yet
    };
    // Opens the database; on failure prints the one-line reason to stderr and returns null.
    std::unique_ptr<Database> open(Access access) const;
    int fail(const Error &error) const; // prints "kith: <message>" and returns Failure
    // For a damaged database: the newest sound backup and how to bring it back, in one
    // sentence; `readable` when what it holds can still be read.
    QString restoreHint(bool readable) const;
    int usage(const QString &message) const; // prints it with a hint and returns Usage
};

// One subcommand: `kith [--db FILE] <name> [arguments]`.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // arguments, e.g. "TEXT [--json]"
    virtual QString summary() const = 0;  // one line for `kith --help`
    // More for `kith <name> --help`: forms, what happens, examples. Empty when the summary
    // and the options say it all.
    virtual QString details() const { return {}; }
    virtual int run(const Context &context, const QStringList &arguments) = 0;
};

QList<std::shared_ptr<Command>> allCommands();

} // namespace kith::cli
