#pragma once

#include "insights/Dashboard.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QChart;
class QChartView;

namespace kith::ui {

// The dashboard's charts (Qt Charts): network growth, interactions per month by kind,
// recommendations given vs received per year, professional-development spending per fiscal
// year against the budget, and where people came from. Clicking a bar, point or slice asks
// for the records behind it.
class DashboardCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    void show(const insights::DashboardSnapshot &snapshot);
    QList<QChartView *> views() const { return m_views; }

Q_SIGNALS:
    void growthMonthClicked(const QDate &month);
    void activityClicked(const QDate &month, kith::InteractionKind kind);
    void recommendationsClicked(int year, kith::RecommendationDirection direction);
    void spendingYearClicked(int fiscalYear);
    void sourceClicked(kith::insights::PeopleSource source);

private:
    QChartView *addView(const QString &name, int row, int column, int columnSpan = 1);
    void showGrowth(const insights::DashboardSnapshot &snapshot);
    void showActivity(const insights::DashboardSnapshot &snapshot);
    void showRecommendations(const insights::DashboardSnapshot &snapshot);
    void showSpending(const insights::DashboardSnapshot &snapshot);
    void showSources(const insights::DashboardSnapshot &snapshot);
    // True when `view` already shows `shown` under `title`; remembers them otherwise.
    bool unchanged(QChartView *view, const QString &title, const QByteArray &shown);
    QChart *freshChart(QChartView *view, const QString &title);

    QList<QChartView *> m_views;
    QChartView *m_growth;
    QChartView *m_activity;
    QChartView *m_recommendations;
    QChartView *m_spending;
    QChartView *m_sources;
    QHash<QChartView *, QByteArray> m_shown; // what each chart was last drawn from
    QSet<QChartView *> m_themed;
};

} // namespace kith::ui
