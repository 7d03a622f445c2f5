#pragma once

#include "core/Clock.h"
#include "ops/Metrics.h"
#include "store/MessageLog.h"
#include "store/Records.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QTimer>

namespace concierge::integrations {
class WahaClient;
}
namespace concierge::store {
class Database;
}
namespace concierge::live {
class EventBus;
}

namespace concierge::pipeline {

class OutboxWindow;

// Sends the durable outbox through WAHA: per chat in order, many chats at once, retrying with backoff while WAHA is
// down or answers 5xx / 422 (session not working). Just before a row leaves, one database job claims it
// ("pending" -> "sending", durable before the WAHA call) and, for a reply written by the bot, reads the chat's owner
// again (a person took the chat meanwhile: withheld). A row that is no longer pending or ours is never sent again.
// Once WAHA answered, "sent" or "failed" is recorded, retried with backoff until the database takes it: a reply
// recorded as sent is never sent again. Only at a restart are "sending" rows (the stop interrupted their WAHA call or
// their record) sent again: the one window where a duplicate is possible (docs/resilience.md).
class OutboxSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxSender)

public:
    struct Options
    {
        int maxInFlight = 64;
        int firstRetryMs = 1000;
        int maxRetryMs = 60'000;
        qint64 giveUpAfterMs = 24LL * 3600 * 1000; // a reply older than this is not worth sending any more
        const Clock *clock = &Clock::system();     // for the give-up age and the retry times
        ops::Metrics *metrics = nullptr;           // answers and their latency (optional)
        // Several instances on PostgreSQL: this instance's id; only its own rows are loaded and claimed (the others'
        // come through adopt()). Empty: every row (SQLite, one process).
        QString instanceId;
        // Unsent replies held in memory at most; the rest wait in the durable outbox, read back in id order
        // (OutboxWindow).
        int window = 5000;
        // Claim jobs under way at most; the heads made ready meanwhile are claimed together by the next one
        // (PostgreSQL: a round trip per wave instead of per reply). 0: no limit, each head claimed at once (SQLite:
        // a claim costs no round trip, and waiting for a wave's answer would hold the next ones back a batch).
        int claimJobs = 0;
    };

    OutboxSender(store::Database *db, integrations::WahaClient *waha, live::EventBus *events, Options options,
                 QObject *parent = nullptr);

    void submit(const store::OutboxMessage &message); // a committed, pending row
    void resume();                                    // loads the pending rows (startup)
    // Loads the pending rows this sender does not hold (a commit whose answer was lost did queue a reply).
    void sweep();
    // Rows taken over from an instance that stopped (already ours in the database); "sending" ones go again.
    void adopt(const QList<store::OutboxMessage> &rows);
    // Several instances: sends start only while `fresh()` says this instance's registration is (LeaseCoordinator);
    // the chats held back meanwhile go again at unfence(), their rows claimed anew (adopted ones are dropped).
    void setFence(std::function<bool()> fresh) { m_fresh = std::move(fresh); }
    void unfence();
    int pendingCount() const { return m_pending; }
    int unrecordedCount() const { return m_unrecorded; } // "sent" / "failed" marks waiting for the database
    int inFlightCount() const { return m_inFlight; }     // calls to WAHA under way (not the ones waiting to retry)
    const OutboxWindow *window() const { return m_window; }

signals:
    void drained(); // nothing left to send

private:
    void hold(const store::OutboxMessage &message);
    void pump();
    void sendHead(const QString &chatId);
    // The heads that became ready while the claim jobs ran are claimed together by the next one (Options::claimJobs).
    void claimQueued();
    void claimed(const QString &chatId, const store::OutboxMessage &message, Result<store::MessageLog::Claim> claim);
    void retryHeadLater(const QString &chatId, qint64 delayMs);
    // Runs a bookkeeping job until the database takes it (backoff from firstRetryMs to maxRetryMs).
    void record(std::function<void(store::MessageLog::Marked)> mark, int attempt = 0);
    void submitLoaded(const QList<store::OutboxMessage> &rows, bool interrupted);
    void transmit(const QString &chatId, const store::OutboxMessage &message);
    void withheld(const QString &chatId, const store::OutboxMessage &message);
    void onSent(const QString &chatId, store::OutboxMessage message, bool ok, bool retryable, const QString &error,
                const QString &wahaMessageId);
    void scheduleRetry(const QString &chatId, store::OutboxMessage message, const QString &error);
    void finishHead(const QString &chatId);
    bool fencedOut(const QString &chatId); // true: held back until unfence()

    store::MessageLog m_log;
    integrations::WahaClient *m_waha;
    live::EventBus *m_events;
    Options m_options;
    OutboxWindow *m_window;
    QHash<QString, QQueue<store::OutboxMessage>> m_queues; // per chat, head is in flight or waiting to retry
    QQueue<QString> m_ready;                               // chats whose head can be sent now
    QSet<QString> m_busy;                                  // chats with a head in flight or in backoff
    QSet<qint64> m_known;                                  // row ids held in the queues
    QSet<qint64> m_claimed; // rows in "sending" that are ours to send again (a failed call, or a restart)
    struct ToClaim
    {
        QString chatId;
        store::OutboxMessage message;
    };
    QList<ToClaim> m_toClaim; // heads waiting for a claim job
    int m_claimJobs = 0;      // claim jobs under way
    std::function<bool()> m_fresh;
    QSet<QString> m_fenced; // chats held back by the fence
    int m_inFlight = 0;
    int m_pending = 0;
    int m_unrecorded = 0;
    int m_claimFailures = 0; // in a row: the backoff of a claim the database could not take
    // When the last counted failure was: the failed claims of one outage (one per chat in flight) count as one
    // step of backoff, not one each (else a second's restart would hold every reply back for maxRetryMs).
    qint64 m_claimFailureAtMs = 0;
};

} // namespace concierge::pipeline
