#pragma once

#include "insights/Dashboard.h"
#include "model/EntityKind.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace kith::ui {

class ActionLists;
class DashboardCards;
class DashboardCharts;
class DateField;
class Session;

// The home page: cards, charts and action lists of network activity, reminders and the
// professional-development budget; every number, bar and slice clicks through to the
// records behind it. It follows every change to the data while it is shown.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Session &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    const insights::DashboardSnapshot &snapshot() const { return m_snapshot; }
    DashboardCards *cards() const { return m_cards; }
    DashboardCharts *charts() const { return m_charts; }
    ActionLists *actionLists() const { return m_actions; }
    DateField *asOfField() const { return m_asOf; }

    // Recomputes now, on this thread. Otherwise the figures are read in the background on
    // the session's reader shortly after a change, or when the page is shown, and swapped in
    // when they arrive (refreshed() then), so the window never waits for them.
    void refresh();
    // Writes the dashboard as it looks now; false with a message box on failure.
    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);

Q_SIGNALS:
    void showRecord(kith::EntityKind kind, kith::Id id);
    // Show the list of `kind` restricted to `ids`, described as `description`.
    void showRecords(kith::EntityKind kind, const QList<kith::Id> &ids, const QString &description);
    void showList(kith::EntityKind kind);
    void logInteractionRequested(const QList<kith::Id> &people);
    // A background read is done (and its figures are shown, unless a newer one was asked for).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void refreshInBackground();
    void apply(Result<insights::DashboardSnapshot> snapshot);
    insights::DashboardOptions options() const;
    void onCardClicked(int card);
    void showIds(EntityKind kind, const Result<QList<Id>> &ids, const QString &description);
    void fillYears();
    QDate asOf() const;
    QWidget *content() const;

    Session &m_session;
    insights::DashboardSnapshot m_snapshot;
    DateField *m_asOf;
    QComboBox *m_year;
    QLabel *m_heading;
    DashboardCards *m_cards;
    DashboardCharts *m_charts;
    ActionLists *m_actions;
    QWidget *m_content;
    QTimer m_refreshDelay;
    bool m_stale = true;
    bool m_reading = false;   // a background read is under way
    bool m_readAgain = false; // …and something changed since it began
    quint64 m_generation = 0; // of the newest refresh asked for
};

} // namespace kith::ui
