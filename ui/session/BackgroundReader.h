#pragma once

#include "storage/Database.h"

#include <QMetaObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace kith::ui {

// A read-only connection to the session's file on a thread of its own, for queries the
// window should not wait for (a search over 100,000 people matches tens of thousands of
// rows). The file is in WAL mode, so this connection reads the last committed state while
// the session's own connection goes on writing.
class BackgroundReader final
{
public:
    explicit BackgroundReader(QString path);
    ~BackgroundReader(); // finishes the job in hand, drops the rest

    BackgroundReader(const BackgroundReader &) = delete;
    BackgroundReader &operator=(const BackgroundReader &) = delete;

    // Runs `work` on the reader's thread, then `done` with its result on `receiver`'s thread,
    // unless `receiver` is gone by then. `work` must only use what it captured by value.
    // When the file cannot be opened for reading, `done` gets an empty optional.
    template <typename T, typename Work, typename Done>
    void run(QObject *receiver, Work work, Done done)
    {
        post([receiver = QPointer<QObject>(receiver), work = std::move(work),
              done = std::move(done)](Database *db) mutable {
            std::optional<T> result;
            if (db)
                result.emplace(work(*db));
            if (receiver) {
                QMetaObject::invokeMethod(
                    receiver.data(),
                    [done = std::move(done), result = std::move(result)]() mutable {
                        done(std::move(result));
                    },
                    Qt::QueuedConnection);
            }
        });
    }

private:
    using Job = std::function<void(Database *)>;

    void post(Job job);
    void loop();

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace kith::ui
