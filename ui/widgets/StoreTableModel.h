#pragma once

#include "PageCache.h"
#include "PagedTableModel.h"
#include "session/Session.h"

namespace kith::ui {

// A list model over one store's list, count and position queries, which every store
// spells the same way: Store(db).list(Query), .count(Query::filter), .position(Query, id).
// The subclass names its columns and what each sorts by; this holds the filter and the
// page cache and reads them on the UI thread or, while the user types, in the background.
template <typename Store, typename Query, typename Row>
class StoreTableModel : public PagedTableModel
{
public:
    using Filter = decltype(Query::filter);
    using Sort = decltype(Query::sort);

    Id idAt(int row) const override
    {
        const Row *summary = rowAt(row);
        return summary ? summary->id : 0;
    }

    std::optional<int> rowOf(Id id) const override
    {
        if (auto loaded = m_rows.find([id](const Row &row) { return row.id == id; }))
            return loaded;
        Result<std::optional<qint64>> position = Store(session().db()).position(query(), id);
        if (!position || !position->has_value())
            return std::nullopt;
        return static_cast<int>(**position);
    }

    void setFilter(const Filter &filter)
    {
        m_filter = filter;
        refresh();
    }
    const Filter &filter() const { return m_filter; }

protected:
    using PagedTableModel::PagedTableModel;

    // What the list is ordered by when `column`'s header is clicked.
    virtual Sort sortFor(int column) const = 0;

    Query query() const
    {
        Query query;
        query.filter = m_filter;
        query.sort = sortFor(sortColumn());
        query.order = sortOrder();
        return query;
    }

    // The row at `row`, its page read when needed; nullptr past the end or on error.
    const Row *rowAt(int row) const
    {
        if (row < 0 || row >= rowCount())
            return nullptr;
        return m_rows.at(row, [this](const Page &page) {
            Query paged = query();
            paged.page = page;
            return Store(session().db()).list(paged);
        });
    }

    Result<qint64> countRows() const override { return Store(session().db()).count(m_filter); }
    void dropCache() override { m_rows.clear(); }

    FirstRowsReader firstRowsReader() const override
    {
        Query first = query();
        first.page = Page{0, m_rows.pageSize()};
        return [first](Database &db) -> std::optional<FirstRows> {
            const Store store(db);
            Result<qint64> count = store.count(first.filter);
            if (!count)
                return std::nullopt;
            FirstRows read{*count, {}};
            if (*count > 0) {
                Result<QList<Row>> rows = store.list(first);
                if (!rows)
                    return std::nullopt;
                read.rows = std::move(rows).value();
            }
            return read;
        };
    }

    void adoptFirstRows(std::any rows) override
    {
        if (auto *page = std::any_cast<QList<Row>>(&rows))
            m_rows.insert(0, std::move(*page));
    }

private:
    Filter m_filter;
    mutable PageCache<Row> m_rows;
};

} // namespace kith::ui
