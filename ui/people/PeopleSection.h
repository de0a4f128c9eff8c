#pragma once

#include "widgets/ListSection.h"

class QComboBox;

namespace kith::ui {

class PeopleModel;

// People: the list with relationship and tag filters, a person's whole story in the
// details (timeline, recommendations, memberships, groups, events, how you met), and
// "Log interaction" one keystroke (Ctrl+L) away.
class PeopleSection final : public ListSection
{
    Q_OBJECT

public:
    explicit PeopleSection(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("People"); }
    void newRecord() override;
    void editRecord(Id id) override;
    PeopleModel *peopleModel() const { return m_model; }

Q_SIGNALS:
    // Asks the main window to log an interaction with these people.
    void logInteractionRequested(const QList<kith::Id> &people);

protected:
    void applyFilters(const QString &searchText) override;
    QString detailHtml(Id id) override;
    QString emptyText(bool filtered) const override;
    void detailAction(const QString &action, Id id) override;

private:
    PeopleModel *m_model;
    QComboBox *m_relationshipFilter;
};

} // namespace kith::ui
