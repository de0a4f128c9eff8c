#include "ImportTarget.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kith::cli {

ImportTarget::ImportTarget(const Context &context, bool dryRun)
    : m_context(context)
    , m_dryRun(dryRun)
{}

ImportTarget::~ImportTarget()
{
    const QString path = m_db ? m_db->path() : QString();
    m_db.reset(); // closes the connection before its files go
    if (m_created && !path.isEmpty()) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
}

Database *ImportTarget::open()
{
    const bool exists = QFileInfo::exists(m_context.databasePath);
    Database::Options options;
    QString path = m_context.databasePath;
    if (m_dryRun && exists) {
        options.create = false;
        options.readOnly = true;
    } else if (m_dryRun) {
        m_scratch = std::make_unique<QTemporaryDir>();
        path = m_scratch->filePath(QStringLiteral("dry-run.sqlite"));
    }
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened) {
        m_context.fail(opened.error());
        return nullptr;
    }
    if ((*opened)->isDamaged()) {
        m_context.err << "kith: " << (*opened)->damageMessage() << ' '
                      << m_context.restoreHint(true) << '\n';
        return nullptr;
    }
    m_db = std::move(opened).value();
    m_created = !m_dryRun && !exists;
    return m_db.get();
}

QString ImportTarget::displayPath() const
{
    return QDir::toNativeSeparators(QFileInfo(m_context.databasePath).absoluteFilePath());
}

} // namespace kith::cli
