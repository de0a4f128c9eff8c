#pragma once

#include "Command.h"

#include <QCommandLineParser>

#include <limits>

namespace kith::cli {

// Parses a subcommand's own arguments with QCommandLineParser. On a usage error it has
// already printed the message; `exitCode` then holds Usage. `-h`/`--help` prints the
// command's own help and makes parse() return false with exitCode Success.
class Arguments
{
public:
    static constexpr int unlimited = std::numeric_limits<int>::max();

    // Exactly the named positional arguments, and up to `optionalPositional` more after them
    // ("export csv LIST OUT" next to "export vcard OUT").
    Arguments(const Command &command, const QList<QCommandLineOption> &options,
              const QStringList &positionalNames, int optionalPositional = 0);

    bool parse(const Context &context, const QStringList &arguments);
    int exitCode() const { return m_exitCode; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    void printHelp(QTextStream &out) const;

    const Command &m_command;
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
    int m_minimumPositional;
    int m_optionalPositional;
    int m_exitCode = Success;
};

// The text of the whole command for usage messages: "kith demo".
QString commandLabel(const Command &command);

} // namespace kith::cli
