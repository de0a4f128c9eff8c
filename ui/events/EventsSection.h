#pragma once

#include "widgets/ListSection.h"

class QComboBox;

namespace kith::ui {

class EventsModel;

// Events: conferences, meetings and webinars with status, kind, period and tag filters;
// the details show costs, deadlines (ticked off from there), sessions and the people going
// along or to meet.
class EventsSection final : public ListSection
{
    Q_OBJECT

public:
    explicit EventsSection(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Events"); }
    void newRecord() override;
    void editRecord(Id id) override;
    EventsModel *eventsModel() const { return m_model; }

    // The choices of the period filter, in the order shown.
    enum class Period
    {
        All,
        Upcoming, // not over yet: ending today or later
        Past      // begun before today
    };

protected:
    void applyFilters(const QString &searchText) override;
    QString detailHtml(Id id) override;
    QString emptyText(bool filtered) const override;
    void detailAction(const QString &action, Id id) override;

private:
    void setDeadlineDone(Id id, int index, bool done);

    EventsModel *m_model;
    QComboBox *m_statusFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_periodFilter;
};

} // namespace kith::ui
