#include "DesktopApplication.h"

#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "demo/DemoNetwork.h"
#include "preferences/PreferencesDialog.h"
#include "session/Session.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kith::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::DesktopApplication", text);
}

QString chooseStartPath(const QString &explicitPath, const QString &defaultPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (DesktopPreferences::load().startup == DesktopPreferences::Startup::LastDatabase &&
        !last.isEmpty() && QFileInfo::exists(last))
        return last;
    return defaultPath;
}

// Opens `path`, going through the first-run choice when it does not exist. Returns null
// when the user gives up.
std::unique_ptr<Session> openInteractively(QString path)
{
    for (;;) {
        bool fillDemo = false;
        if (!QFileInfo::exists(path)) {
            switch (FirstRunDialog::ask(path)) {
            case FirstRunDialog::Choice::Quit:
                return nullptr;
            case FirstRunDialog::Choice::Demo:
                fillDemo = true;
                break;
            case FirstRunDialog::Choice::Empty:
                break;
            case FirstRunDialog::Choice::OpenExisting: {
                const QString chosen =
                    FileDialog::openFileName(nullptr, tr("Open Database"), QDir::homePath(),
                                             tr("Kith databases (*.sqlite *.kith);;All files (*)"));
                if (!chosen.isEmpty())
                    path = chosen;
                continue;
            }
            }
        }
        Result<std::unique_ptr<Session>> opened = Session::open(path, {});
        if (opened) {
            std::unique_ptr<Session> session = std::move(opened).value();
            if (fillDemo) {
                if (Status status = demo::populate(session->db(), session->today()); !status)
                    MessageBox::warning(nullptr, tr("Demo Network"), status.error().message());
            }
            return session;
        }
        // The file exists but cannot be used: say why, and offer another file.
        const QMessageBox::StandardButton answer = MessageBox::question(
            nullptr, tr("Cannot Open Database"),
            opened.error().message() + QStringLiteral("\n\n") + tr("Open a different file?"),
            QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return nullptr;
        path =
            FileDialog::openFileName(nullptr, tr("Open Database"), QFileInfo(path).absolutePath(),
                                     tr("Kith databases (*.sqlite *.kith);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
    }
}

} // namespace

std::unique_ptr<MainWindow> startDesktop(const QString &explicitPath, const QString &defaultPath)
{
    std::unique_ptr<Session> session =
        openInteractively(chooseStartPath(explicitPath, defaultPath));
    if (!session)
        return nullptr;
    return std::make_unique<MainWindow>(std::move(session));
}

int runDesktop(QApplication &app, const QString &explicitPath, const QString &defaultPath)
{
    std::unique_ptr<MainWindow> window = startDesktop(explicitPath, defaultPath);
    if (!window)
        return 0;
    window->show();
    return app.exec();
}

} // namespace kith::ui
