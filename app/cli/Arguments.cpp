#include "Arguments.h"

#include <QCoreApplication>

namespace kith::cli {

namespace {

const QCommandLineOption &helpOption()
{
    static const QCommandLineOption option(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("kith::cli", "show this help"));
    return option;
}

} // namespace

QString commandLabel(const Command &command)
{
    return QStringLiteral("kith ") + command.name();
}

Arguments::Arguments(const Command &command, const QList<QCommandLineOption> &options,
                     const QStringList &positionalNames, int optionalPositional)
    : m_command(command)
    , m_options(options)
    , m_minimumPositional(static_cast<int>(positionalNames.size()))
    , m_optionalPositional(optionalPositional)
{
    m_options.append(helpOption());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(m_options);
    for (const QString &name : positionalNames)
        m_parser.addPositionalArgument(name, {});
}

bool Arguments::parse(const Context &context, const QStringList &arguments)
{
    if (!m_parser.parse(QStringList{commandLabel(m_command)} + arguments)) {
        m_exitCode =
            context.usage(commandLabel(m_command) + QStringLiteral(": ") + m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(helpOption())) {
        printHelp(context.out);
        m_exitCode = Success;
        return false;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < m_minimumPositional || given - m_minimumPositional > m_optionalPositional) {
        m_exitCode = context.usage(QStringLiteral("usage: ") + commandLabel(m_command) +
                                   QLatin1Char(' ') + m_command.synopsis());
        return false;
    }
    return true;
}

void Arguments::printHelp(QTextStream &out) const
{
    out << QCoreApplication::translate("kith::cli", "Usage: kith [--db FILE] %1 %2")
               .arg(m_command.name(), m_command.synopsis())
        << '\n'
        << m_command.summary() << '\n';
    if (const QString details = m_command.details(); !details.isEmpty())
        out << '\n' << details << '\n';
    out << '\n' << QCoreApplication::translate("kith::cli", "Options:") << '\n';
    for (const QCommandLineOption &option : m_options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString head = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            head += QLatin1Char(' ') + option.valueName();
        out << "  " << head.leftJustified(22) << ' ' << option.description() << '\n';
    }
}

} // namespace kith::cli
