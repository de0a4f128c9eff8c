#pragma once

#include "widgets/ListSection.h"

class QComboBox;

namespace kith::ui {

class GroupsModel;

// Online groups: LinkedIn and Google groups, Slack and Discord servers, mailing lists…
// with platform and tag filters; the details show members, how you found the group, the
// people you met through it and what it gave.
class GroupsSection final : public ListSection
{
    Q_OBJECT

public:
    explicit GroupsSection(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Groups"); }
    void newRecord() override;
    void editRecord(Id id) override;
    GroupsModel *groupsModel() const { return m_model; }

protected:
    void applyFilters(const QString &searchText) override;
    QString detailHtml(Id id) override;
    QString emptyText(bool filtered) const override;

private:
    GroupsModel *m_model;
    QComboBox *m_platformFilter;
};

} // namespace kith::ui
