#pragma once

#include "core/Clock.h"
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

// Sends the durable outbox through WAHA: per chat in order, many chats at once, retrying with backoff while WAHA is
// down or answers 5xx / 422 (session not working). A row leaves "pending" only once WAHA accepted it (sent) or
// refused it for good (failed); after a crash the pending rows are sent at restart. Just before a reply written by
// the bot leaves, the chat's owner is read again: when a person took the chat meanwhile, the reply is withheld.
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
    };

    OutboxSender(store::Database *db, integrations::WahaClient *waha, live::EventBus *events, Options options,
                 QObject *parent = nullptr);

    void submit(const store::OutboxMessage &message); // a committed, pending row
    void resume();                                    // loads the pending rows (startup)
    int pendingCount() const { return m_pending; }

signals:
    void drained(); // nothing left to send

private:
    void pump();
    void sendHead(const QString &chatId);
    void transmit(const QString &chatId, const store::OutboxMessage &message);
    void withheld(const QString &chatId, const store::OutboxMessage &message);
    void onSent(const QString &chatId, store::OutboxMessage message, bool ok, bool retryable, const QString &error,
                const QString &wahaMessageId);
    void scheduleRetry(const QString &chatId, store::OutboxMessage message, const QString &error);
    void finishHead(const QString &chatId);

    store::MessageLog m_log;
    integrations::WahaClient *m_waha;
    live::EventBus *m_events;
    Options m_options;
    QHash<QString, QQueue<store::OutboxMessage>> m_queues; // per chat, head is in flight or waiting to retry
    QQueue<QString> m_ready;                               // chats whose head can be sent now
    QSet<QString> m_busy;                                  // chats with a head in flight or in backoff
    int m_inFlight = 0;
    int m_pending = 0;
};

} // namespace concierge::pipeline
