#pragma once

#include "common/Result.h"
#include "storage/Filter.h"

#include <QHash>
#include <QList>

#include <functional>

namespace kith::ui {

// The rows of a long list, fetched a page at a time as the view asks for them and
// forgotten least-recently-used first, so a 100,000-row list never sits in memory whole.
template <typename Row>
class PageCache
{
public:
    using Loader = std::function<Result<QList<Row>>(const Page &page)>;

    explicit PageCache(int pageSize = 200, int maxPages = 40)
        : m_pageSize(pageSize)
        , m_maxPages(maxPages)
    {}

    // The row at `index`, loading its page when needed; nullptr past the end or on error.
    const Row *at(int index, const Loader &load)
    {
        const int page = index / m_pageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            Result<QList<Row>> rows = load(Page{page * m_pageSize, m_pageSize});
            if (!rows)
                return nullptr;
            evictIfFull();
            it = m_pages.insert(page, std::move(rows).value());
        }
        touch(page);
        const int offset = index % m_pageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }

    // The index of the first loaded row that matches, if any page holding one is loaded.
    template <typename Match>
    std::optional<int> find(Match &&match) const
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (int i = 0; i < it->size(); ++i) {
                if (match(it->at(i)))
                    return it.key() * m_pageSize + i;
            }
        }
        return std::nullopt;
    }

    // Puts rows read elsewhere (on the background reader) in as page `page`.
    void insert(int page, QList<Row> rows)
    {
        evictIfFull();
        m_pages.insert(page, std::move(rows));
        touch(page);
    }

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }
    int pageSize() const { return m_pageSize; }

private:
    void touch(int page)
    {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    void evictIfFull()
    {
        while (m_pages.size() >= m_maxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
    }

    int m_pageSize;
    int m_maxPages;
    QHash<int, QList<Row>> m_pages;
    QList<int> m_recent;
};

} // namespace kith::ui
