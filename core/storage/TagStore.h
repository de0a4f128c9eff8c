#pragma once

#include "common/Result.h"
#include "model/Interaction.h"

namespace kith {

class Database;

struct TagSummary
{
    Tag tag;
    qint64 uses = 0; // records of any kind carrying it
};

// Tags as records of their own: renaming, merging, default cadences. Tags are attached
// through each record's store. Deleting a tag removes it from every record, nothing more.
class TagStore
{
public:
    explicit TagStore(Database &db)
        : m_db(db)
    {}

    Result<Id> create(const Tag &tag);
    Result<Tag> get(Id id) const;
    Result<std::optional<Tag>> findByName(const QString &name) const;
    Status update(const Tag &tag); // renaming onto an existing name merges the two
    Status remove(Id id);
    Result<QList<TagSummary>> list() const;

private:
    Database &m_db;
};

} // namespace kith
