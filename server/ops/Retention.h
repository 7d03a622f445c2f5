#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace concierge::store {
class Database;
}

namespace concierge::ops {

// RETENTION_DAYS: message texts older than that many days are removed, at start and then every 24 hours (see
// store::ContactDataRepository::removeOlderThan for what counts as a message text). Audit entries and certificates
// are kept. 0 days keeps everything. Every day whatever the days, the duplicate check forgets the message ids older
// than store::InboxRepository::kRecentIdsDays.
class Retention final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Retention)

public:
    static constexpr int kIntervalMs = 24 * 60 * 60 * 1000;

    Retention(store::Database *db, int days, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Runs now and every 24 h from now on (only the old message ids go when days is 0).
    void start();
    // One pass: deletes what is older than now - days by the clock. `done` (may be empty) gets the rows removed per
    // table, or an empty object when retention is off.
    void runNow(std::function<void(Result<QJsonObject>)> done = {});
    int days() const { return m_days; }

private:
    void pruneRecentIds();

    store::Database *m_db;
    int m_days;
    const Clock &m_clock;
    QTimer m_timer;
};

} // namespace concierge::ops
