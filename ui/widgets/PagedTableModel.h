#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/EntityKind.h"
#include "storage/Change.h"

#include <QAbstractTableModel>

namespace kith::ui {

class Session;

// Base of every list model: the row count comes from a COUNT query, rows come from the
// subclass's page cache, and changes announced by the database refresh the list without
// loading it whole. Subclasses map columns to a store's list query.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };

    PagedTableModel(Session &session, EntityKind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The record shown in `row`, 0 when out of range.
    virtual Id idAt(int row) const = 0;
    // Where the record sits in the current filter and order, if it is in the list at all.
    virtual std::optional<int> rowOf(Id id) const = 0;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Re-reads the count and drops cached rows (after a filter or sort change).
    void refresh();

Q_SIGNALS:
    void refreshed();

protected:
    virtual Result<qint64> countRows() const = 0;
    virtual void dropCache() = 0;
    // The kinds of record whose changes can alter what this list shows (besides its own).
    virtual QList<EntityKind> dependsOn() const { return {}; }

    Session &session() const { return m_session; }

private:
    void onChanged(const Change &change);

    Session &m_session;
    EntityKind m_kind;
    qint64 m_total = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kith::ui
