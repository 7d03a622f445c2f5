#pragma once

#include "core/Result.h"
#include "pipeline/FloodMode.h"
#include "store/MessageLog.h"
#include "store/Records.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace concierge::live {
class EventBus;
}
namespace concierge::store {
class Database;
}

namespace concierge::pipeline {

class ChatDispatcher;
class InboxWindow;
class LeaseCoordinator;
class MessageProcessor;
class OutboxSender;

// The durable path of a message: inbox (written before the webhook is answered) -> one queue per chat ->
// MessageProcessor -> outbox -> WAHA. Resumes what a crash left pending.
class Pipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)

public:
    // `inboxWindow`: messages waiting in memory at most (Settings::inboxWindow); the rest is read back from the inbox.
    Pipeline(store::Database *db, MessageProcessor *processor, OutboxSender *outbox, live::EventBus *events,
             int maxConcurrentChats, int inboxWindow, QObject *parent = nullptr);

    // Stores the message; `done` gets true when it is new (durable, queued), false for a redelivery; an error
    // (storage_unavailable: the webhook answers 503, WAHA retries) when the database fails or its SQLite log is
    // over SQLITE_WAL_LIMIT_MB.
    void accept(const store::InboxMessage &message, QObject *context, std::function<void(Result<bool>)> done);
    // Records a delivery receipt on the matching outbox row and interaction.
    void applyAck(const QString &wahaMessageId, int ack, QObject *context, std::function<void(Result<bool>)> done);
    // Startup: pending inbox rows are handled again, pending outbox rows sent. With leases, only the rows nobody
    // alive holds.
    void resume();

    // Several instances on one PostgreSQL (before resume()): a chat is handled by the instance holding its lease, and
    // what a dead instance held is taken over (LeaseCoordinator). `instanceId` must be the outbox's;
    // `previousInstanceId`: this data folder's previous run, dead for sure (the folder is locked), whose leases are
    // freed at resume() rather than waited for. `intake`: a second connection to the same database, for the webhooks'
    // inserts alone (LeaseLog::accept): a connection runs its statements one after another, and PostgreSQL runs each
    // connection's in its own process, so the acknowledgements' commits go beside the processing's instead of
    // between them. To the leases it is one more instance with the same id: their rules (never waiting for
    // another transaction; a release reads again what was stored under the lease) hold across the two.
    void shareWithInstances(const QString &instanceId, qint64 leaseMs, const QString &previousInstanceId,
                            store::Database *intake = nullptr);
    // A stop has begun: nothing more is taken over.
    void stopTakingOver();
    // A clean stop, once the work in flight is done: this instance's leases are freed so the others go on at once.
    void handOver();

    // Acknowledged messages not answered yet, as last counted in the database (every kBacklogRefreshMs).
    struct Backlog
    {
        qint64 inboxPending = 0;       // acknowledged, not handled yet
        qint64 outboxUnsent = 0;       // replies not sent yet (pending or sending)
        qint64 oldestUnansweredMs = 0; // when the oldest of them arrived; 0: none
        qint64 countedAtMs = 0;        // when the database last answered the count; 0: never
        int unrecorded = 0;            // outcomes and sent marks waiting for the database (in memory)
    };
    Backlog backlog() const;
    void refreshBacklog();
    static constexpr int kBacklogRefreshMs = 2000;

    ChatDispatcher *dispatcher() const { return m_dispatcher; }
    const InboxWindow *inboxWindow() const { return m_window; }
    const OutboxSender *outbox() const { return m_outbox; }

private:
    void onTick();
    void handle(const store::InboxMessage &message, std::function<void()> done);
    void unfence(); // several instances: the messages held back while our registration may have lapsed
    // After a database error on the message path: loads the pending inbox and outbox rows nobody holds, again with
    // backoff until a sweep succeeds (a webhook's insert whose answer was lost is pending yet not queued).
    void scheduleRecovery();
    void recover();
    // Rows found in the database rather than by accept(): each is checked still pending before it is handled.
    void requeue(const QList<store::InboxMessage> &rows);
    // With leases: whether a leased chat's newly accepted row stays in the inbox rather than in memory (see .cpp).
    bool leaveOnDisk(const QString &chatId);
    // Rows read back for leased chats (a release, a take, a sweep): those of a chat read up to the page's limit
    // (store::InboxRepository::kPendingPerChatRead) may have more in the inbox, so its new rows stay there too.
    void requeueLeased(const QList<store::InboxMessage> &rows);

    store::Database *m_db;
    store::MessageLog m_log;
    MessageProcessor *m_processor;
    OutboxSender *m_outbox;
    live::EventBus *m_events;
    ChatDispatcher *m_dispatcher;
    InboxWindow *m_window; // SQLite and a lone PostgreSQL instance; with leases, LeaseCoordinator feeds the queues
    LeaseCoordinator *m_leases = nullptr; // several instances on PostgreSQL; null on SQLite
    QString m_previousInstanceId;
    QTimer m_tick;
    int m_acceptedThisTick = 0;
    FloodMode m_flood;              // under a flood of webhooks, handling pauses until it passes
    bool m_countingBacklog = false; // a backlog count is on its way
    QElapsedTimer m_backlogClock;   // since the last count began
    qint64 m_backlogCostMs = 0;     // what the last count took
    QSet<qint64> m_recovered;       // inbox ids queued by a sweep: checked still pending before they are handled
    QSet<QString> m_onDisk;         // with leases: chats whose rows wait in the inbox, past the window
    QList<std::pair<store::InboxMessage, std::function<void()>>> m_fenced; // held back by the lease fence
    QTimer m_recovery;
    int m_recoveryFailures = 0;
    QTimer m_backlogTimer;
    Backlog m_backlog;
};

} // namespace concierge::pipeline
