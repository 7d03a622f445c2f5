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
    // Holds the passes off while the database thread checkpoints itself: SQLite answers a checkpoint that meets
    // another one in progress with SQLITE_BUSY at once, whatever the busy timeout. holdPasses() waits for a pass in
    // progress to end (a reset the log must get); tryHoldPasses() does not (owns_lock() false: one is running).
    std::unique_lock<std::mutex> holdPasses() { return std::unique_lock(m_passMutex); }
    std::unique_lock<std::mutex> tryHoldPasses() { return std::unique_lock(m_passMutex, std::try_to_lock); }
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
    std::mutex m_passMutex; // held during a pass
};

} // namespace concierge::store
