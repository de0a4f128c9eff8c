#pragma once

#include "interchange/DuplicateFinder.h"

#include <QAbstractItemModel>

namespace kith::ui {

class Session;

// Stored people who look like one person, as a tree: a row per group ("3 people · same
// e-mail"), under it a row per person with what tells them apart (e-mail, current job,
// known since).
class DuplicatesModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Job,
        KnownSince,
        ColumnCount
    };

    explicit DuplicatesModel(Session &session, QObject *parent = nullptr);

    // Finds the groups again (after a merge, or to start).
    Status reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int groupCount() const { return int(m_groups.size()); }
    // The person of a person row; 0 for a group row.
    Id personAt(const QModelIndex &index) const;
    // Everyone in the group `index` belongs to (a group row or one of its people).
    QList<Id> groupOf(const QModelIndex &index) const;
    QString nameOf(Id id) const;

private:
    struct Member
    {
        Id id = 0;
        QString name;
        QString email;
        QString job;
        QDate knownSince;
    };
    struct Group
    {
        QList<Member> members;
        QString reasons;
    };

    // Group rows carry 0; person rows carry their group's row + 1.
    static constexpr quintptr groupRowId = 0;

    Session &m_session;
    QList<Group> m_groups;
};

} // namespace kith::ui
