#include "ops/Retention.h"

#include "core/Log.h"
#include "store/ContactDataRepository.h"
#include "store/Database.h"
#include "store/InboxRepository.h"

#include <QJsonDocument>

namespace concierge::ops {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

Retention::Retention(store::Database *db, int days, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_days(days)
    , m_clock(clock)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { runNow(); });
}

void Retention::start()
{
    // Every day even when messages are kept forever: the duplicate check's table of recent ids stays small.
    runNow();
    m_timer.start();
}

void Retention::pruneRecentIds()
{
    const qint64 cutoff = m_clock.nowMs() - store::InboxRepository::kRecentIdsDays * kDayMs;
    m_db->run<int>([cutoff](store::DbContext &ctx) { return store::InboxRepository::pruneRecentIds(ctx, cutoff); },
                   this,
                   [](Result<int> removed) {
                       if (!removed)
                           qCWarning(lcStore) << "retention: old message ids not removed:" << removed.error().message;
                   });
}

void Retention::runNow(std::function<void(Result<QJsonObject>)> done)
{
    pruneRecentIds();
    if (m_days <= 0) {
        if (done)
            done(QJsonObject());
        return;
    }
    const qint64 cutoff = m_clock.nowMs() - m_days * kDayMs;
    m_db->run<QJsonObject>(
        [cutoff](store::DbContext &ctx) { return store::ContactDataRepository::removeOlderThan(ctx, cutoff); }, this,
        [done = std::move(done)](Result<QJsonObject> removed) {
            if (!removed)
                qCWarning(lcStore) << "retention: old messages not removed:" << removed.error().message;
            else
                qCInfo(lcStore).noquote() << "retention: removed rows older than the retention period"
                                          << QJsonDocument(removed.value()).toJson(QJsonDocument::Compact);
            if (done)
                done(removed);
        });
}

} // namespace concierge::ops
