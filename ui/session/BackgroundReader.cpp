#include "BackgroundReader.h"

namespace kith::ui {

BackgroundReader::BackgroundReader(QString path)
    : m_path(std::move(path))
    , m_thread([this] { loop(); })
{}

BackgroundReader::~BackgroundReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.notify_one();
    m_thread.join();
}

void BackgroundReader::post(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void BackgroundReader::loop()
{
    // Opened on first use and closed here: a Qt Sql connection belongs to its thread.
    std::unique_ptr<Database> db;
    bool tried = false;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!std::exchange(tried, true)) {
            Database::Options options;
            options.create = false;
            options.readOnly = true;
            options.dailyBackup = false;
            options.verify = false; // the session's own connection checked the file
            if (Result<std::unique_ptr<Database>> opened = Database::open(m_path, options))
                db = std::move(opened).value();
        }
        job(db.get());
    }
}

} // namespace kith::ui
