#include "PagedTableModel.h"

#include "session/Session.h"

namespace kith::ui {

PagedTableModel::PagedTableModel(Session &session, EntityKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_kind(kind)
{
    connect(&session, &Session::changed, this, &PagedTableModel::onChanged);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_total);
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void PagedTableModel::refresh()
{
    if (m_inBackground)
        startBackgroundRefresh();
    else
        refreshNow();
}

void PagedTableModel::refreshNow()
{
    ++*m_generation; // whatever a background read brings back is older than this
    swapIn(countRows().valueOr(0), {});
}

void PagedTableModel::swapIn(qint64 total, std::any firstRows)
{
    m_refreshing = false;
    beginResetModel();
    dropCache();
    m_total = total;
    if (firstRows.has_value())
        adoptFirstRows(std::move(firstRows));
    endResetModel();
    Q_EMIT refreshed();
}

void PagedTableModel::startBackgroundRefresh()
{
    const quint64 generation = ++*m_generation;
    m_refreshing = true;
    using Read = std::optional<FirstRows>;
    m_session.reader().run<Read>(
        this,
        [read = firstRowsReader(), latest = m_generation, generation](Database &db) -> Read {
            if (latest->load() != generation)
                return std::nullopt; // typed over before its turn came
            return read(db);
        },
        [this, generation](std::optional<Read> result) {
            if (generation != m_generation->load())
                return;
            if (!result || !*result) {
                refreshNow(); // no reader, or it failed: read here, where errors are reported
                return;
            }
            swapIn((*result)->count, std::move((*result)->rows));
        });
}

void PagedTableModel::onChanged(const Change &change)
{
    if (change.kind != m_kind && !dependsOn().contains(change.kind))
        return;
    if (m_refreshing) {
        startBackgroundRefresh(); // the read under way may have missed this change
        return;
    }
    if (change.kind == m_kind && change.type == ChangeType::Updated) {
        // An edit keeps the row count; redraw the rows in place when they are loaded.
        dropCache();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT refreshed();
        return;
    }
    refresh();
}

} // namespace kith::ui
