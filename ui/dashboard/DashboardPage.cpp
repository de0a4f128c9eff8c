#include "DashboardPage.h"

#include "ActionLists.h"
#include "DashboardCards.h"
#include "DashboardCharts.h"
#include "preferences/PreferencesDialog.h"
#include "session/Session.h"
#include "widgets/DateField.h"
#include "widgets/FileDialog.h"
#include "widgets/Format.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

constexpr int refreshDelayMs = 150; // lets a burst of changes (an import, undo) settle first

} // namespace

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_asOf(new DateField(this))
    , m_year(new QComboBox(this))
    , m_heading(new QLabel(this))
    , m_cards(new DashboardCards(this))
    , m_charts(new DashboardCharts(this))
    , m_actions(new ActionLists(session, this))
    , m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_asOf->setObjectName(QStringLiteral("asOfField"));
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setDate(session.today());
    m_year->setObjectName(QStringLiteral("fiscalYearCombo"));
    m_year->setAccessibleName(tr("Fiscal year"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *png = new QPushButton(tr("Export &PNG…"), this);
    png->setObjectName(QStringLiteral("exportPngButton"));
    auto *pdf = new QPushButton(tr("Export P&DF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *yearLabel = new QLabel(tr("&Budget year:"), this);
    yearLabel->setBuddy(m_year);
    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(asOfLabel);
    header->addWidget(m_asOf);
    header->addWidget(yearLabel);
    header->addWidget(m_year);
    header->addWidget(png);
    header->addWidget(pdf);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setSpacing(14);
    contentLayout->addWidget(m_cards);
    contentLayout->addWidget(m_actions);
    contentLayout->addWidget(m_charts);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(refreshDelayMs);
    connect(&m_refreshDelay, &QTimer::timeout, this, &DashboardPage::refreshInBackground);
    connect(&session, &Session::changed, this, &DashboardPage::scheduleRefresh);
    connect(m_asOf, &FieldWidget::changed, this, [this] {
        fillYears();
        scheduleRefresh();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, &DashboardPage::scheduleRefresh);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::saveFileName(
            this, tr("Export Dashboard"), QDir::home().filePath(tr("kith-dashboard.png")),
            tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::saveFileName(
            this, tr("Export Dashboard"), QDir::home().filePath(tr("kith-dashboard.pdf")),
            tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });

    connect(m_cards, &DashboardCards::cardClicked, this,
            [this](DashboardCards::Card card) { onCardClicked(int(card)); });
    connect(m_actions, &ActionLists::showRecord, this, &DashboardPage::showRecord);
    connect(m_actions, &ActionLists::logInteractionRequested, this,
            &DashboardPage::logInteractionRequested);
    connect(m_actions, &ActionLists::allFollowUpsRequested, this,
            [this] { onCardClicked(int(DashboardCards::Card::FollowUps)); });
    connect(m_actions, &ActionLists::allPastCadenceRequested, this,
            [this] { onCardClicked(int(DashboardCards::Card::PastCadence)); });
    connect(m_charts, &DashboardCharts::growthMonthClicked, this, [this](const QDate &month) {
        showIds(EntityKind::Person,
                insights::peopleKnownBetween(m_session.db(), month, month.addMonths(1).addDays(-1)),
                tr("people who joined your network in %1")
                    .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
    });
    connect(m_charts, &DashboardCharts::activityClicked, this,
            [this](const QDate &month, InteractionKind kind) {
                showIds(EntityKind::Interaction,
                        insights::interactionsBetween(m_session.db(), month,
                                                      month.addMonths(1).addDays(-1), kind),
                        tr("%1 interactions in %2")
                            .arg(enumLabel(kind),
                                 QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
            });
    connect(m_charts, &DashboardCharts::recommendationsClicked, this,
            [this](int year, RecommendationDirection direction) {
                showIds(EntityKind::Recommendation,
                        insights::recommendationsIn(m_session.db(), year, direction),
                        direction == RecommendationDirection::Given
                            ? tr("recommendations you gave in %1").arg(year)
                            : tr("recommendations you received in %1").arg(year));
            });
    connect(m_charts, &DashboardCharts::spendingYearClicked, this, [this](int year) {
        const insights::DateRange range =
            insights::fiscalYearRange(year, m_snapshot.budgetSettings.fiscalYearStartMonth);
        showIds(EntityKind::Event, insights::eventsCountedIn(m_session.db(), range),
                tr("events counted in FY%1").arg(year));
    });
    connect(m_charts, &DashboardCharts::sourceClicked, this, [this](insights::PeopleSource source) {
        const QString names[] = {tr("people met at events"), tr("people met in groups"),
                                 tr("people introduced to you"), tr("imported people"),
                                 tr("people added by hand")};
        showIds(EntityKind::Person, insights::peopleFrom(m_session.db(), source),
                names[int(source)]);
    });
    fillYears();
}

DashboardPage::~DashboardPage() = default;

QDate DashboardPage::asOf() const
{
    const QDate chosen = m_asOf->date();
    return chosen.isValid() ? chosen : m_session.today();
}

void DashboardPage::fillYears()
{
    const int startMonth = m_snapshot.budgetSettings.fiscalYearStartMonth;
    const int current = insights::fiscalYearOf(asOf(), startMonth);
    const int selected = m_year->currentData().isValid() ? m_year->currentData().toInt() : current;
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int year = current + 1; year >= current - 5; --year)
        m_year->addItem(tr("FY%1").arg(year), year);
    const int index = m_year->findData(selected);
    m_year->setCurrentIndex(index >= 0 ? index : m_year->findData(current));
}

void DashboardPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshDelay.start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshDelay.start(0);
}

insights::DashboardOptions DashboardPage::options() const
{
    insights::DashboardOptions options;
    options.asOf = asOf();
    options.fiscalYear = m_year->currentData().toInt();
    options.reminderDays = DesktopPreferences::load().reminderHorizonDays;
    return options;
}

void DashboardPage::refresh()
{
    ++m_generation; // a figure still being read in the background is out of date
    const insights::DashboardOptions wanted = options();
    apply(insights::takeSnapshot(m_session.db(), wanted));
}

void DashboardPage::refreshInBackground()
{
    // One read at a time; a change that comes meanwhile is read again once it is in.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    const quint64 generation = ++m_generation;
    const insights::DashboardOptions wanted = options();
    m_session.reader().run<Result<insights::DashboardSnapshot>>(
        this, [wanted](Database &db) { return insights::takeSnapshot(db, wanted); },
        [this, generation, wanted](std::optional<Result<insights::DashboardSnapshot>> snapshot) {
            m_reading = false;
            if (generation == m_generation)
                apply(snapshot ? std::move(*snapshot)
                               : insights::takeSnapshot(m_session.db(), wanted));
            if (std::exchange(m_readAgain, false))
                refreshInBackground();
            Q_EMIT refreshed();
        });
}

void DashboardPage::apply(Result<insights::DashboardSnapshot> snapshot)
{
    if (!snapshot) {
        m_heading->setText(snapshot.error().message());
        return;
    }
    const bool settingsChanged = snapshot->budgetSettings.fiscalYearStartMonth !=
                                 m_snapshot.budgetSettings.fiscalYearStartMonth;
    m_snapshot = std::move(snapshot).value();
    m_stale = m_readAgain; // a change came while the figures were read: they follow shortly
    if (settingsChanged)
        fillYears();
    m_heading->setText(tr("Your network as of %1")
                           .arg(QLocale().toString(m_snapshot.options.asOf, QLocale::LongFormat)));
    m_cards->show(m_snapshot);
    m_charts->show(m_snapshot);
    m_actions->show(m_snapshot);
}

void DashboardPage::showIds(EntityKind kind, const Result<QList<Id>> &ids,
                            const QString &description)
{
    if (!ids) {
        MessageBox::warning(this, tr("Dashboard"), ids.error().message());
        return;
    }
    Q_EMIT showRecords(kind, *ids, description);
}

void DashboardPage::onCardClicked(int value)
{
    using Card = DashboardCards::Card;
    const insights::DashboardSnapshot &s = m_snapshot;
    const QDate today = s.options.asOf;
    QList<Id> ids;
    switch (Card(value)) {
    case Card::People:
        Q_EMIT showList(EntityKind::Person);
        return;
    case Card::NewThisMonth:
        showIds(EntityKind::Person,
                insights::peopleKnownBetween(m_session.db(), QDate(today.year(), today.month(), 1),
                                             today),
                tr("new this month"));
        return;
    case Card::Interactions30:
        showIds(EntityKind::Interaction,
                insights::interactionsBetween(m_session.db(), today.addDays(-29), today),
                tr("interactions in the last 30 days"));
        return;
    case Card::FollowUps:
    case Card::FollowUpsOverdue: {
        const bool overdueOnly = Card(value) == Card::FollowUpsOverdue;
        showIds(
            EntityKind::Interaction,
            insights::followUpIdsDue(m_session.db(), today, s.options.reminderDays, overdueOnly),
            overdueOnly ? tr("follow-ups overdue") : tr("follow-ups due"));
        return;
    }
    case Card::PastCadence:
        showIds(EntityKind::Person, insights::peopleIdsPastCadence(m_session.db(), today),
                tr("people past their keep-in-touch cadence"));
        return;
    case Card::Renewals:
        for (const auto &renewal : s.renewals)
            ids.append(renewal.membershipId);
        Q_EMIT showRecords(EntityKind::Membership, ids, tr("memberships to renew"));
        return;
    case Card::UpcomingEvents:
        for (const auto &event : s.upcomingEvents)
            ids.append(event.eventId);
        Q_EMIT showRecords(EntityKind::Event, ids, tr("upcoming events"));
        return;
    case Card::BudgetPlanned:
    case Card::BudgetSpent:
        showIds(EntityKind::Event, insights::eventsCountedIn(m_session.db(), s.budget.range),
                tr("events counted in FY%1").arg(s.budget.fiscalYear));
        return;
    case Card::Recommendations:
        Q_EMIT showList(EntityKind::Recommendation);
        return;
    case Card::RecommendationsOwed:
        for (const auto &owed : s.owed)
            ids.append(owed.personId);
        Q_EMIT showRecords(EntityKind::Person, ids,
                           tr("people who recommended you and are owed one back"));
        return;
    }
}

QWidget *DashboardPage::content() const
{
    return m_content;
}

bool DashboardPage::exportPng(const QString &path)
{
    if (m_stale)
        refresh();
    const QPixmap image = m_content->grab();
    if (!image.save(path, "PNG")) {
        MessageBox::warning(this, tr("Export Dashboard"),
                            tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool DashboardPage::exportPdf(const QString &path)
{
    if (m_stale)
        refresh();
    QPdfWriter writer(path);
    writer.setTitle(m_heading->text());
    writer.setCreator(QStringLiteral("Kith"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(144);
    QPainter painter;
    if (!painter.begin(&writer)) {
        MessageBox::warning(this, tr("Export Dashboard"),
                            tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // The page holds the dashboard scaled to its width, as text and lines rather than pixels.
    const QRect page = painter.viewport();
    const QSize size = m_content->size();
    const double scale =
        std::min(double(page.width()) / size.width(), double(page.height()) / size.height());
    painter.scale(scale, scale);
    m_content->render(&painter);
    painter.end();
    return true;
}

} // namespace kith::ui
