#pragma once

#include "interchange/Importer.h"
#include "interchange/backup/Backup.h"

#include <QJsonObject>
#include <QTextStream>

namespace kith::cli {

// What `kith import` tells about one import, as text for people or JSON for scripts. The
// counts are the preview's (planImport), so a dry run and the real import print the same.
struct ImportReport
{
    QString format;
    QString source;   // the path as typed
    QString database; // the database file
    bool dryRun = false;
    interchange::ImportCounts counts;
    std::optional<interchange::ImportSummary> written; // after a real import
    QList<RejectedRow> rejected;
    QStringList notes;
    QString mapping; // the CSV column mapping used, as --map would say it

    void print(QTextStream &out) const;
    QJsonObject toJson() const;
};

// The same for a backup restore (or its dry run).
struct RestoreReport
{
    QString source;
    QString database;
    bool dryRun = false;
    backup::Summary summary;

    void print(QTextStream &out) const;
    QJsonObject toJson() const;
};

} // namespace kith::cli
