#pragma once

#include "insights/Dashboard.h"
#include "model/EntityKind.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace kith::ui {

class Session;

// The dashboard's to-do lists: upcoming events (dates, status, next deadline, cost),
// renewals due, and follow-ups and people past their cadence — each of the last with one
// click to log an interaction, snooze a week, or mark done.
class ActionLists final : public QWidget
{
    Q_OBJECT

public:
    explicit ActionLists(Session &session, QWidget *parent = nullptr);

    void show(const insights::DashboardSnapshot &snapshot);

    QTreeWidget *eventsList() const { return m_events; }
    QTreeWidget *renewalsList() const { return m_renewals; }
    QTreeWidget *dueList() const { return m_due; }

    // The actions behind the row buttons, public so tests and keyboard users reach them.
    void snooze(QTreeWidgetItem *item);
    void markDone(QTreeWidgetItem *item);
    void logInteraction(QTreeWidgetItem *item);
    void renew(QTreeWidgetItem *item);

    // What a row holds besides its texts: buttons, or "and more" that shows all the records.
    enum class Buttons
    {
        None,
        Renew,
        DueActions // log, snooze, done
    };
    enum class More
    {
        None,
        FollowUps,
        PastCadence
    };
    struct Row;

Q_SIGNALS:
    void showRecord(kith::EntityKind kind, kith::Id id);
    void logInteractionRequested(const QList<kith::Id> &people);
    // The lists show the first rows; these ask for all of them.
    void allFollowUpsRequested();
    void allPastCadenceRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void
    addButtons(QTreeWidgetItem *item,
               const QList<std::pair<QString, void (ActionLists::*)(QTreeWidgetItem *)>> &buttons);
    // `emptyText` stands in the list when there are no rows.
    void fill(QTreeWidget *list, const QList<Row> &rows, const QString &emptyText);
    void report(const Status &status);

    Session &m_session;
    QTreeWidget *m_events;
    QTreeWidget *m_renewals;
    QTreeWidget *m_due;
};

} // namespace kith::ui
