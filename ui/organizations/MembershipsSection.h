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
    MembershipsModel *membershipsModel() const { return m_model; }

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

private:
    // Adds (or removes) a tag on each membership, as one undoable step.
    void retag(const QList<Id> &ids, const QString &tag, bool add);

    MembershipsModel *m_model;
    QComboBox *m_statusFilter;
    QComboBox *m_whoseFilter;
    QCheckBox *m_renewalFilter;
};

} // namespace kith::ui
