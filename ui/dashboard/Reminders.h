#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QSystemTrayIcon;

namespace kith {
class Database;
}

namespace kith::ui {

class Session;

// Tells the user, on start and once a day while Kith runs, what is due today: follow-ups,
// membership renewals and event deadlines. Uses the desktop's notification service
// (freedesktop D-Bus), else the system tray, else asks the window to show it. Can be turned
// off in Preferences.
class Reminders final : public QObject
{
    Q_OBJECT

public:
    explicit Reminders(Session &session, QObject *parent = nullptr);
    ~Reminders() override;

    // The lines of today's reminder; empty when nothing is due.
    static QStringList dueToday(const Database &db, const QDate &today);

    // Checks (in the background) and notifies when something is due and today was not
    // announced yet.
    void check();
    QDate lastAnnounced() const { return m_lastAnnounced; }

Q_SIGNALS:
    // Emitted for every reminder, whichever way it was shown; the window shows it in the
    // status bar (and is the only place it appears without a notification service).
    void reminded(const QString &title, const QString &text);
    // The user clicked the notification: show the dashboard.
    void activated();

private:
    void announce(const QStringList &lines);
    bool notifyDesktop(const QString &title, const QString &text);

    Session &m_session;
    QTimer m_timer;
    QDate m_lastAnnounced;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace kith::ui
