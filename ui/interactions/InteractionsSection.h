#pragma once

#include "widgets/ListSection.h"

class QCheckBox;
class QComboBox;

namespace kith::ui {

class InteractionsModel;

// Interactions: every meeting, call and message logged, with kind, follow-up and period
// filters, and the follow-up handled from the details ("Done", "Snooze a week").
class InteractionsSection final : public ListSection
{
    Q_OBJECT

public:
    explicit InteractionsSection(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Interactions"); }
    void newRecord() override;
    void editRecord(Id id) override;
    InteractionsModel *interactionsModel() const { return m_model; }

    // The choices of the period filter, in the order shown.
    enum class Period
    {
        Any,
        Last30Days,
        ThisYear
    };

protected:
    void applyFilters(const QString &searchText) override;
    QString detailHtml(Id id) override;
    QString emptyText(bool filtered) const override;
    void detailAction(const QString &action, Id id) override;

private:
    void markDone(Id id);
    void snoozeAWeek(Id id);

    InteractionsModel *m_model;
    QComboBox *m_kindFilter;
    QComboBox *m_periodFilter;
    QCheckBox *m_openFollowUpsFilter;
};

} // namespace kith::ui
