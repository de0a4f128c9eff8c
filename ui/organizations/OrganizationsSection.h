#pragma once

#include "widgets/ListSection.h"

class QComboBox;

namespace kith::ui {

class OrganizationsModel;

// Organizations: employers, libraries, associations and schools, with kind and tag
// filters; the details show who works there, the memberships held there and its events.
class OrganizationsSection final : public ListSection
{
    Q_OBJECT

public:
    explicit OrganizationsSection(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Organizations"); }
    void newRecord() override;
    void editRecord(Id id) override;
    OrganizationsModel *organizationsModel() const { return m_model; }

protected:
    void applyFilters(const QString &searchText) override;
    QString detailHtml(Id id) override;
    QString emptyText(bool filtered) const override;
    void detailAction(const QString &action, Id id) override;

private:
    void addMembership(Id organizationId);

    OrganizationsModel *m_model;
    QComboBox *m_kindFilter;
};

} // namespace kith::ui
