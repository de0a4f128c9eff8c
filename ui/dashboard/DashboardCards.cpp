#include "DashboardCards.h"

#include "widgets/Format.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaEnum>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

DashboardCards::DashboardCards(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    const Card layout[2][6] = {
        {Card::People, Card::NewThisMonth, Card::Interactions30, Card::FollowUps,
         Card::FollowUpsOverdue, Card::PastCadence},
        {Card::Renewals, Card::UpcomingEvents, Card::BudgetPlanned, Card::BudgetSpent,
         Card::Recommendations, Card::RecommendationsOwed},
    };
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 6; ++column)
            addTile(layout[row][column], row, column);
    }
    for (int column = 0; column < 6; ++column)
        m_grid->setColumnStretch(column, 1);
}

void DashboardCards::addTile(Card card, int row, int column)
{
    Tile tile;
    tile.frame = new QFrame(this);
    tile.frame->setFrameShape(QFrame::StyledPanel);
    tile.frame->setBackgroundRole(QPalette::Base);
    tile.frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(tile.frame);
    layout->setSpacing(2);
    tile.value = new QPushButton(tile.frame);
    tile.value->setFlat(true);
    tile.value->setCursor(Qt::PointingHandCursor);
    QFont big = tile.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    tile.value->setFont(big);
    tile.value->setStyleSheet(QStringLiteral("text-align: left; padding: 0px;"));
    tile.value->setObjectName(
        QStringLiteral("card") +
        QString::fromLatin1(QMetaEnum::fromType<Card>().valueToKey(int(card))));
    tile.caption = new QLabel(tile.frame);
    tile.caption->setWordWrap(true);
    tile.detail = new QLabel(tile.frame);
    tile.detail->setWordWrap(true);
    tile.detail->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(tile.value);
    layout->addWidget(tile.caption);
    layout->addWidget(tile.detail);
    layout->addStretch();
    connect(tile.value, &QPushButton::clicked, this, [this, card] { Q_EMIT cardClicked(card); });
    m_tiles.insert(card, tile);
    m_grid->addWidget(tile.frame, row, column);
}

void DashboardCards::setTile(Card card, const QString &value, const QString &caption,
                             const QString &detail)
{
    const auto found = m_tiles.constFind(card);
    if (found == m_tiles.cend())
        return;
    const Tile &tile = *found;
    tile.value->setText(value);
    tile.value->setAccessibleName(caption + QStringLiteral(": ") + value);
    tile.value->setToolTip(tr("Show them"));
    tile.caption->setText(caption);
    tile.detail->setText(detail);
    tile.detail->setVisible(!detail.isEmpty());
}

QString DashboardCards::valueText(Card card) const
{
    const auto found = m_tiles.constFind(card);
    return found == m_tiles.cend() ? QString() : found->value->text();
}

void DashboardCards::show(const insights::DashboardSnapshot &s)
{
    const int horizon = s.options.reminderDays;
    setTile(Card::People, number(s.people), tr("people in your network"));
    setTile(Card::NewThisMonth, number(s.newThisMonth), tr("new this month"));
    setTile(Card::Interactions30, number(s.interactionsLast30),
            tr("interactions in the last 30 days"));
    setTile(Card::FollowUps, number(s.followUpCounts.due), tr("follow-ups due"),
            tr("within %n day(s)", nullptr, horizon));
    setTile(Card::FollowUpsOverdue, number(s.followUpCounts.overdue), tr("follow-ups overdue"));
    setTile(Card::PastCadence, number(s.cadenceOverdue()),
            tr("people past their keep-in-touch cadence"),
            tr("%n more due soon", nullptr, s.pastCadenceCounts.due - s.cadenceOverdue()));
    setTile(Card::Renewals, number(s.renewals.size()), tr("memberships to renew"),
            tr("within %n day(s)", nullptr, horizon));
    setTile(Card::UpcomingEvents, number(s.upcomingEvents.size()), tr("upcoming events"),
            tr("in the next %n day(s)", nullptr, s.options.eventDays));

    const insights::FiscalYearSpending &b = s.budget;
    const QString year = tr("FY%1").arg(b.fiscalYear);
    setTile(Card::BudgetPlanned, formatMoney(b.total.plannedCents, b.currency),
            tr("%1 planned").arg(year),
            b.budgetCents ? tr("of %1 budget").arg(formatMoney(*b.budgetCents, b.currency))
                          : tr("no budget set"));
    QString remaining;
    if (const std::optional<qint64> left = b.remainingCents())
        remaining = *left >= 0 ? tr("%1 left").arg(formatMoney(*left, b.currency))
                               : tr("%1 over budget").arg(formatMoney(-*left, b.currency));
    setTile(Card::BudgetSpent, formatMoney(b.total.spentCents, b.currency),
            tr("%1 spent").arg(year), remaining);

    setTile(Card::Recommendations,
            tr("%1 / %2").arg(number(s.recommendations.total.given),
                              number(s.recommendations.total.received)),
            tr("recommendations given / received"));
    setTile(Card::RecommendationsOwed, number(s.owed.size()), tr("recommendations owed back"),
            tr("people who recommended you"));
}

} // namespace kith::ui
