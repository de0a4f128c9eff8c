#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDataStream>
#include <QGridLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace kith::ui {

namespace {

QString monthLabel(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMM yy"));
}

// Follows a dark or light system palette instead of Qt Charts' fixed white.
QChart::ChartTheme themeFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                             : QChart::ChartThemeLight;
}

QValueAxis *countAxis(qreal maximum)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax<qreal>(1.0, maximum * 1.1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    m_growth = addView(QStringLiteral("growthChart"), 0, 0);
    m_activity = addView(QStringLiteral("activityChart"), 0, 1);
    m_spending = addView(QStringLiteral("spendingChart"), 1, 0);
    m_recommendations = addView(QStringLiteral("recommendationsChart"), 1, 1);
    m_sources = addView(QStringLiteral("sourcesChart"), 2, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

QChartView *DashboardCharts::addView(const QString &name, int row, int column, int columnSpan)
{
    // Given its chart from the start: setChart() would release the view's default chart
    // without deleting it.
    auto *view = new QChartView(new QChart, this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    static_cast<QGridLayout *>(layout())->addWidget(view, row, column, 1, columnSpan);
    m_views.append(view);
    return view;
}

bool DashboardCharts::unchanged(QChartView *view, const QString &title, const QByteArray &shown)
{
    // What a chart shows depends on its data, its title, the theme and the month names.
    QByteArray key;
    QDataStream stream(&key, QIODevice::WriteOnly);
    stream << title << int(themeFor(palette())) << QLocale().name();
    key += shown;
    if (m_shown.value(view) == key)
        return true;
    m_shown.insert(view, key);
    return false;
}

QChart *DashboardCharts::freshChart(QChartView *view, const QString &title)
{
    // The chart and its theme stay; only its series and axes are made anew.
    QChart *chart = view->chart();
    const QChart::ChartTheme theme = themeFor(palette());
    if (chart->theme() != theme || !m_themed.contains(view)) {
        chart->setTheme(theme);
        chart->setBackgroundVisible(false);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        m_themed.insert(view);
    }
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    view->setAccessibleName(title);
    return chart;
}

void DashboardCharts::show(const insights::DashboardSnapshot &snapshot)
{
    showGrowth(snapshot);
    showActivity(snapshot);
    showRecommendations(snapshot);
    showSpending(snapshot);
    showSources(snapshot);
}

void DashboardCharts::showGrowth(const insights::DashboardSnapshot &s)
{
    QByteArray shown;
    QDataStream stream(&shown, QIODevice::WriteOnly);
    for (const insights::MonthlyGrowth &month : s.growth)
        stream << month.month << month.total;
    if (unchanged(m_growth, tr("Network growth"), shown))
        return;
    QChart *chart = freshChart(m_growth, tr("Network growth"));
    auto *series = new QLineSeries;
    series->setName(tr("People"));
    series->setPointsVisible(true);
    QStringList months;
    qint64 maximum = 0;
    for (int i = 0; i < s.growth.size(); ++i) {
        series->append(i, double(s.growth[i].total));
        months.append(monthLabel(s.growth[i].month));
        maximum = qMax(maximum, s.growth[i].total);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    x->setLabelsAngle(-60);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(double(maximum));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    const QList<insights::MonthlyGrowth> growth = s.growth;
    connect(series, &QLineSeries::clicked, this, [this, growth](const QPointF &point) {
        const int index = qRound(point.x());
        if (index >= 0 && index < growth.size())
            Q_EMIT growthMonthClicked(growth[index].month);
    });
}

void DashboardCharts::showActivity(const insights::DashboardSnapshot &s)
{
    QByteArray shown;
    QDataStream stream(&shown, QIODevice::WriteOnly);
    for (const insights::MonthlyInteractions &month : s.activity) {
        stream << month.month;
        for (int count : month.counts)
            stream << count;
    }
    if (unchanged(m_activity, tr("Interactions per month"), shown))
        return;
    QChart *chart = freshChart(m_activity, tr("Interactions per month"));
    auto *series = new QStackedBarSeries;
    QStringList months;
    int maximum = 0;
    for (const auto &month : s.activity) {
        months.append(monthLabel(month.month));
        maximum = qMax(maximum, month.total());
    }
    const QList<insights::MonthlyInteractions> activity = s.activity;
    for (InteractionKind kind : enumValues<InteractionKind>()) {
        auto *set = new QBarSet(enumLabel(kind));
        for (const auto &month : s.activity)
            *set << month.count(kind);
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, activity, kind](int index) {
            if (index >= 0 && index < activity.size())
                Q_EMIT activityClicked(activity[index].month, kind);
        });
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    x->setLabelsAngle(-60);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(maximum);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardCharts::showRecommendations(const insights::DashboardSnapshot &s)
{
    QByteArray shown;
    QDataStream stream(&shown, QIODevice::WriteOnly);
    stream << s.options.asOf.year();
    for (const insights::RecommendationYear &year : s.recommendations.byYear)
        stream << year.year << year.tally.given << year.tally.received;
    if (unchanged(m_recommendations, tr("Recommendations given and received"), shown))
        return;
    QChart *chart = freshChart(m_recommendations, tr("Recommendations given and received"));
    auto *series = new QBarSeries;
    auto *given = new QBarSet(tr("Given"));
    auto *received = new QBarSet(tr("Received"));
    QStringList years;
    QList<int> yearNumbers;
    int maximum = 0;
    for (const insights::RecommendationYear &year : s.recommendations.byYear) {
        years.append(QString::number(year.year));
        yearNumbers.append(year.year);
        *given << year.tally.given;
        *received << year.tally.received;
        maximum = qMax(maximum, qMax(year.tally.given, year.tally.received));
    }
    series->append(given);
    series->append(received);
    connect(given, &QBarSet::clicked, this, [this, yearNumbers](int index) {
        if (index >= 0 && index < yearNumbers.size())
            Q_EMIT recommendationsClicked(yearNumbers[index], RecommendationDirection::Given);
    });
    connect(received, &QBarSet::clicked, this, [this, yearNumbers](int index) {
        if (index >= 0 && index < yearNumbers.size())
            Q_EMIT recommendationsClicked(yearNumbers[index], RecommendationDirection::Received);
    });
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(years.isEmpty() ? QStringList{QString::number(s.options.asOf.year())} : years);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(maximum);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardCharts::showSpending(const insights::DashboardSnapshot &s)
{
    const QString currency = s.budget.currency;
    const QString title = tr("Professional development spending (%1)").arg(currency);
    QByteArray shown;
    QDataStream stream(&shown, QIODevice::WriteOnly);
    for (const insights::FiscalYearSpending &year : s.budgetHistory)
        stream << year.fiscalYear << year.total.plannedCents << year.total.spentCents
               << year.budgetCents.value_or(0);
    if (unchanged(m_spending, title, shown))
        return;
    QChart *chart = freshChart(m_spending, title);
    auto *series = new QBarSeries;
    auto *planned = new QBarSet(tr("Planned"));
    auto *spent = new QBarSet(tr("Spent"));
    auto *budget = new QBarSet(tr("Budget"));
    QStringList years;
    QList<int> yearNumbers;
    double maximum = 0;
    for (const insights::FiscalYearSpending &year : s.budgetHistory) {
        years.append(tr("FY%1").arg(year.fiscalYear));
        yearNumbers.append(year.fiscalYear);
        const double p = double(year.total.plannedCents) / 100.0;
        const double sp = double(year.total.spentCents) / 100.0;
        const double b = double(year.budgetCents.value_or(0)) / 100.0;
        *planned << p;
        *spent << sp;
        *budget << b;
        maximum = qMax(maximum, qMax(p, qMax(sp, b)));
    }
    for (QBarSet *set : {planned, spent, budget}) {
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, yearNumbers](int index) {
            if (index >= 0 && index < yearNumbers.size())
                Q_EMIT spendingYearClicked(yearNumbers[index]);
        });
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(years);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, qMax(1.0, maximum * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardCharts::showSources(const insights::DashboardSnapshot &s)
{
    QByteArray shown;
    QDataStream stream(&shown, QIODevice::WriteOnly);
    stream << s.sources.metAtEvent << s.sources.metInGroup << s.sources.introduced
           << s.sources.imported << s.sources.addedOtherwise;
    if (unchanged(m_sources, tr("Where people came from"), shown))
        return;
    QChart *chart = freshChart(m_sources, tr("Where people came from"));
    auto *series = new QPieSeries;
    const std::pair<insights::PeopleSource, std::pair<QString, qint64>> slices[] = {
        {insights::PeopleSource::MetAtEvent, {tr("Met at events"), s.sources.metAtEvent}},
        {insights::PeopleSource::MetInGroup, {tr("Met in groups"), s.sources.metInGroup}},
        {insights::PeopleSource::Introduced, {tr("Introductions"), s.sources.introduced}},
        {insights::PeopleSource::Imported, {tr("Imported"), s.sources.imported}},
        {insights::PeopleSource::AddedOtherwise, {tr("Added by hand"), s.sources.addedOtherwise}},
    };
    for (const auto &[source, labelled] : slices) {
        if (labelled.second == 0)
            continue;
        QPieSlice *slice =
            series->append(QStringLiteral("%1 (%2)").arg(labelled.first).arg(labelled.second),
                           double(labelled.second));
        const insights::PeopleSource clicked = source;
        connect(slice, &QPieSlice::clicked, this,
                [this, clicked] { Q_EMIT sourceClicked(clicked); });
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace kith::ui
