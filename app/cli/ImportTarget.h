#pragma once

#include "Command.h"

#include <QTemporaryDir>

namespace kith::cli {

// The database an import goes into. A dry run never writes: it opens an existing file
// read-only and plans against an empty scratch database when the file does not exist yet.
// A real import creates the file when needed and removes it again when the import fails,
// so a failed first import leaves nothing behind.
class ImportTarget
{
public:
    ImportTarget(const Context &context, bool dryRun);
    ~ImportTarget();

    ImportTarget(const ImportTarget &) = delete;
    ImportTarget &operator=(const ImportTarget &) = delete;

    // Null after printing why the database cannot be opened.
    Database *open();
    // The import succeeded: keep the file even if this import created it.
    void keep() { m_created = false; }
    // The file the user named, even when a dry run plans against a scratch copy.
    QString displayPath() const;

private:
    const Context &m_context;
    bool m_dryRun;
    bool m_created = false;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<Database> m_db;
};

} // namespace kith::cli
