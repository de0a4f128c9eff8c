#include "Reminders.h"

#include "insights/Agenda.h"
#include "preferences/PreferencesDialog.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace kith::ui {

namespace {

constexpr int checkEveryMs = 60 * 60 * 1000; // hourly, so a day change is noticed soon

const QString notificationsService = QStringLiteral("org.freedesktop.Notifications");

} // namespace

Reminders::Reminders(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(checkEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &Reminders::check);
    m_timer.start();
}

Reminders::~Reminders() = default;

QStringList Reminders::dueToday(const Database &db, const QDate &today)
{
    QStringList lines;
    if (auto followUps = insights::followUpsDue(db, today, 0)) {
        for (const insights::FollowUpDue &item : *followUps) {
            if (item.due != today)
                continue; // overdue ones were announced on their day; the dashboard lists them
            QStringList names;
            for (const insights::PersonRef &person : item.people)
                names.append(person.name);
            lines.append(
                tr("Follow up with %1: %2").arg(names.join(QStringLiteral(", ")), item.summary));
        }
    }
    if (auto renewals = insights::renewalsDue(db, today, 0)) {
        for (const insights::RenewalDue &item : *renewals) {
            if (item.renewalDate == today && !item.personId)
                lines.append(tr("Renew your %1 membership").arg(item.organizationName));
        }
    }
    if (auto deadlines = insights::deadlinesDue(db, today, 0)) {
        for (const insights::DeadlineDue &item : *deadlines) {
            if (item.due == today)
                lines.append(tr("%1 deadline: %2").arg(enumLabel(item.kind), item.eventName));
        }
    }
    return lines;
}

void Reminders::check()
{
    const QDate today = m_session.today();
    if (m_lastAnnounced == today || !DesktopPreferences::load().remindersEnabled)
        return;
    m_lastAnnounced = today;
    // Read in the background: picking today's items out of every open follow-up of a large
    // network takes longer than the window should stop for.
    m_session.reader().run<QStringList>(
        this, [today](Database &db) { return dueToday(db, today); },
        [this, today](std::optional<QStringList> lines) {
            announce(lines ? *lines : dueToday(m_session.db(), today));
        });
}

void Reminders::announce(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    const QString title = tr("Kith: %n thing(s) due today", nullptr, int(lines.size()));
    const QString text = lines.join(QLatin1Char('\n'));
    if (!notifyDesktop(title, text) && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray =
                new QSystemTrayIcon(QIcon(QStringLiteral(":/kith/icons/org.kith.Kith.svg")), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Reminders::activated);
            connect(m_tray, &QSystemTrayIcon::activated, this, &Reminders::activated);
        }
        m_tray->show();
        m_tray->showMessage(title, text);
    }
    Q_EMIT reminded(title, text);
}

bool Reminders::notifyDesktop(const QString &title, const QString &text)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() ||
        !bus.interface()->isServiceRegistered(notificationsService).value())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        notificationsService, QStringLiteral("/org/freedesktop/Notifications"),
        notificationsService, QStringLiteral("Notify"));
    call << QCoreApplication::applicationName() << uint(0) << QGuiApplication::desktopFileName()
         << title << text << QStringList() << QVariantMap() << int(-1);
    return bus.send(call);
}

} // namespace kith::ui
