#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace concierge::store {

// Copies SQLite's write-ahead log into the database file from a thread and connection of its own. SQLite's
// automatic checkpoint runs inside a committing transaction and stalls it for milliseconds (the tail latency of
// webhook acks); a PASSIVE checkpoint here never blocks the writer, and keeps the log from growing.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(QString sqlitePath, int intervalMs = 200);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    void start();
    void stop();
    // Passes completed so far (the database thread finishes a pass's work when this moves: Database::boundWal).
    quint64 passes() const { return m_passes.load(std::memory_order_acquire); }

private:
    void loop();

    QString m_path;
    int m_intervalMs;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<quint64> m_passes{0};
};

} // namespace concierge::store
