#pragma once

#include "insights/Dashboard.h"

#include <QHash>
#include <QWidget>

class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;

namespace kith::ui {

// The row of numbers at the top of the dashboard. Each number is a button that asks for
// the records behind it.
class DashboardCards final : public QWidget
{
    Q_OBJECT

public:
    enum class Card
    {
        People,
        NewThisMonth,
        Interactions30,
        FollowUps,
        FollowUpsOverdue,
        PastCadence,
        Renewals,
        UpcomingEvents,
        BudgetPlanned,
        BudgetSpent,
        Recommendations,
        RecommendationsOwed
    };
    Q_ENUM(Card)

    explicit DashboardCards(QWidget *parent = nullptr);

    void show(const insights::DashboardSnapshot &snapshot);
    // The number a card shows now (tests compare it with the snapshot).
    QString valueText(Card card) const;

Q_SIGNALS:
    void cardClicked(kith::ui::DashboardCards::Card card);

private:
    struct Tile
    {
        QFrame *frame = nullptr;
        QPushButton *value = nullptr;
        QLabel *caption = nullptr;
        QLabel *detail = nullptr;
    };
    void addTile(Card card, int row, int column);
    void setTile(Card card, const QString &value, const QString &caption,
                 const QString &detail = {});

    QGridLayout *m_grid;
    QHash<Card, Tile> m_tiles;
};

} // namespace kith::ui
