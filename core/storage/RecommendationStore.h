#pragma once

#include "Filter.h"
#include "common/Result.h"
#include "model/Recommendation.h"

namespace kith {

class Database;

struct RecommendationFilter
{
    QString text;
    QStringList tags;
    std::optional<RecommendationDirection> direction;
    std::optional<RecommendationStatus> status;
    std::optional<Id> personId;
    QDate completedFrom; // given/received within [from, to], either end open
    QDate completedTo;
    QList<Id> ids;
};

enum class RecommendationSort
{
    Person,
    Direction,
    Status,
    Requested,
    Completed,
    Updated
};

struct RecommendationQuery
{
    RecommendationFilter filter;
    RecommendationSort sort = RecommendationSort::Completed;
    Qt::SortOrder order = Qt::DescendingOrder;
    Page page;
};

struct RecommendationSummary
{
    Id id = 0;
    RecommendationDirection direction = RecommendationDirection::Received;
    Id personId = 0;
    QString person;
    RecommendationPlatform platform = RecommendationPlatform::LinkedIn;
    QString context;
    RecommendationStatus status = RecommendationStatus::ToAsk;
    QDate requestedOn;
    QDate completedOn;
    QString excerpt; // the start of the text, one line
};

// Recommendations given and received. Deleting one touches nothing else; they are
// removed with the person they concern.
class RecommendationStore
{
public:
    explicit RecommendationStore(Database &db)
        : m_db(db)
    {}

    Result<Id> create(const Recommendation &recommendation);
    Result<Recommendation> get(Id id) const;
    Status update(const Recommendation &recommendation);
    Status remove(Id id);
    Status remove(const QList<Id> &ids);
    // Adds (removes) one tag on many records, for bulk tagging from a list.
    Status addTag(const QList<Id> &ids, const QString &tag);
    Status removeTag(const QList<Id> &ids, const QString &tag);

    Result<QList<RecommendationSummary>> list(const RecommendationQuery &query) const;
    Result<qint64> count(const RecommendationFilter &filter) const;
    // The row `id` has in the list `query` describes (paging ignored); empty when filtered out.
    Result<std::optional<qint64>> position(const RecommendationQuery &query, Id id) const;

private:
    Database &m_db;
};

} // namespace kith
