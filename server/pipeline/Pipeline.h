#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QObject>

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

private:
    store::Database *m_db;
    MessageProcessor *m_processor;
    OutboxSender *m_outbox;
    live::EventBus *m_events;
    ChatDispatcher *m_dispatcher;
};

} // namespace concierge::pipeline
