#pragma once

#include "core/Result.h"
#include "store/MessageLog.h"
#include "store/Records.h"

#include <QObject>
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
class MessageProcessor;
class OutboxSender;

// The durable path of a message: inbox (written before the webhook is answered) -> one queue per chat ->
// MessageProcessor -> outbox -> WAHA. Resumes what a crash left pending.
class Pipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)

public:
    Pipeline(store::Database *db, MessageProcessor *processor, OutboxSender *outbox, live::EventBus *events,
             int maxConcurrentChats, QObject *parent = nullptr);

    // Stores the message; `done` gets true when it is new (durable, queued), false for a redelivery.
    void accept(const store::InboxMessage &message, QObject *context, std::function<void(Result<bool>)> done);
    // Records a delivery receipt on the matching outbox row and interaction.
    void applyAck(const QString &wahaMessageId, int ack, QObject *context, std::function<void(Result<bool>)> done);
    // Startup: pending inbox rows are handled again, pending outbox rows sent.
    void resume();

    ChatDispatcher *dispatcher() const { return m_dispatcher; }

    // Under a flood of webhooks (more than kBurstPerTick in one tick), acknowledging comes first: only a few chats
    // are handled at once until the flood passes; nothing is dropped, replies just follow a little later.
    static constexpr int kTickMs = 100;
    static constexpr int kBurstPerTick = 100;
    static constexpr int kBurstConcurrency = 4;

private:
    void onTick();

    store::MessageLog m_log;
    MessageProcessor *m_processor;
    OutboxSender *m_outbox;
    live::EventBus *m_events;
    ChatDispatcher *m_dispatcher;
    QTimer m_tick;
    int m_acceptedThisTick = 0;
};

} // namespace concierge::pipeline
