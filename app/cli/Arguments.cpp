#include "Arguments.h"

namespace kith::cli {

QString commandLabel(const Command &command)
{
    return QStringLiteral("kith ") + command.name();
}

Arguments::Arguments(const Command &command, const QList<QCommandLineOption> &options,
                     const QStringList &positionalNames)
    : m_command(command)
    , m_minimumPositional(static_cast<int>(positionalNames.size()))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(options);
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
    if (m_parser.positionalArguments().size() != m_minimumPositional) {
        m_exitCode = context.usage(QStringLiteral("usage: ") + commandLabel(m_command) +
                                   QLatin1Char(' ') + m_command.synopsis());
        return false;
    }
    return true;
}

} // namespace kith::cli
