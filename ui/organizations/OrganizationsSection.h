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
    OrganizationsModel *organizationsModel() const { return m_model; }

protected:
    void applyFilters(const QString &searchText) override;
    void clearFilters() override;
    bool hasActiveFilters() const override;
    QString detailHtml(Id id) override;
    void editRecord(Id id) override;
    void deleteRecords(const QList<Id> &ids) override;
    void addTag(const QList<Id> &ids, const QString &tag) override;
    void removeTag(const QList<Id> &ids, const QString &tag) override;
    QString emptyText(bool filtered) const override;
    void detailAction(const QString &action, Id id) override;

private:
    void reloadTagFilter();
    void addMembership(Id organizationId);

    OrganizationsModel *m_model;
    QComboBox *m_kindFilter;
    QComboBox *m_tagFilter;
};

} // namespace kith::ui
