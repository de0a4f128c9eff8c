#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace kith::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut; // stdout as bytes, for exports written to "-"

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Prepares `process` to run the real kith binary with a private HOME, so the default
// database and the settings never touch the real ones, and without a display: the command
// line needs none.
inline void prepareKith(QProcess &process, const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("DISPLAY"), QString());
    env.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
    process.setProcessEnvironment(env);
}

// Waits for a kith started with prepareKith() and collects what it said.
inline Run finishKith(QProcess &process)
{
    if (!process.waitForFinished(120000))
        return {};
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.rawOut = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Runs the real kith binary (see prepareKith). `childSetup` runs in the child before kith
// starts: resource limits, another user.
inline Run runKith(const QTemporaryDir &home, const QStringList &arguments,
                   const std::function<void()> &childSetup = {})
{
    QProcess process;
    prepareKith(process, home);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(KITH_BINARY), arguments);
    return finishKith(process);
}

} // namespace kith::test
