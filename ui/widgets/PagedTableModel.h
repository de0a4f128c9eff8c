#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/EntityKind.h"
#include "storage/Change.h"

#include <QAbstractTableModel>

#include <any>
#include <atomic>
#include <functional>
#include <memory>

namespace kith {
class Database;
}

namespace kith::ui {

class Session;

// Base of every list model: the row count comes from a COUNT query, rows come from the
// subclass's page cache, and changes announced by the database refresh the list without
// loading it whole. Subclasses map columns to a store's list query (see StoreTableModel).
//
// A refresh is normally done at once. While refreshInBackground is on (the search box sets
// it while the user types), the count and the first page are read on the session's
// background reader instead and swapped in when they arrive; the list keeps its previous
// rows meanwhile, and a newer refresh makes an older one's rows be dropped unread.
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

    // Whether the list can be ordered by `column`; sort() ignores the others.
    virtual bool isSortable(int column) const
    {
        Q_UNUSED(column);
        return true;
    }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Re-reads the count and drops cached rows (after a filter or sort change).
    void refresh();
    // The same, at once on this thread, whatever refresh() would do.
    void refreshNow();

    void setRefreshInBackground(bool on) { m_inBackground = on; }
    // A background refresh is under way: the rows shown are the previous filter's.
    bool isRefreshing() const { return m_refreshing; }

Q_SIGNALS:
    void refreshed();

protected:
    // What a background refresh reads: the row count and the first page (a QList of the
    // subclass's rows, empty when there are none), or nothing on a database error.
    struct FirstRows
    {
        qint64 count = 0;
        std::any rows;
    };
    // Runs on the reader's thread: it may use only what it captured by value.
    using FirstRowsReader = std::function<std::optional<FirstRows>(Database &db)>;

    virtual Result<qint64> countRows() const = 0;
    virtual void dropCache() = 0;
    virtual FirstRowsReader firstRowsReader() const = 0;
    // Puts the first page a FirstRowsReader read into the (just emptied) cache.
    virtual void adoptFirstRows(std::any rows) = 0;
    // The kinds of record whose changes can alter what this list shows (besides its own).
    virtual QList<EntityKind> dependsOn() const { return {}; }

    Session &session() const { return m_session; }

private:
    void onChanged(const Change &change);
    void startBackgroundRefresh();
    // Empties the cache, takes the new row count and, if read, the first page.
    void swapIn(qint64 total, std::any firstRows);

    Session &m_session;
    EntityKind m_kind;
    qint64 m_total = 0;
    bool m_inBackground = false;
    bool m_refreshing = false;
    // Counts refreshes; shared with queued background reads, which skip themselves and whose
    // rows are dropped once a newer refresh has been asked for.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kith::ui
