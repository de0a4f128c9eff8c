#pragma once

#include "widgets/ListSection.h"

class QCheckBox;
class QComboBox;

namespace kith::ui {

class MembershipsModel;

// Memberships: the user's own and their contacts', with their dues and renewals; filters
// by status, by whose they are, and for renewals coming due.
class MembershipsSection final : public ListSection
{
    Q_OBJECT

public:
    explicit MembershipsSection(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Memberships"); }
    void newRecord() override;
    void editRecord(Id id) override;
    MembershipsModel *membershipsModel() const { return m_model; }

protected:
    void applyFilters(const QString &searchText) override;
    QString detailHtml(Id id) override;
    QString emptyText(bool filtered) const override;

private:
    MembershipsModel *m_model;
    QComboBox *m_statusFilter;
    QComboBox *m_whoseFilter;
    QCheckBox *m_renewalFilter;
};

} // namespace kith::ui
