#pragma once

#include "Command.h"

#include <QCommandLineParser>

namespace kith::cli {

// Parses a subcommand's own arguments with QCommandLineParser. On a usage error it has
// already printed the message; `exitCode` then holds Usage.
class Arguments
{
public:
    Arguments(const Command &command, const QList<QCommandLineOption> &options,
              const QStringList &positionalNames);

    bool parse(const Context &context, const QStringList &arguments);
    int exitCode() const { return m_exitCode; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    const Command &m_command;
    QCommandLineParser m_parser;
    int m_minimumPositional;
    int m_exitCode = Success;
};

// The text of the whole command for usage messages: "kith demo".
QString commandLabel(const Command &command);

} // namespace kith::cli
