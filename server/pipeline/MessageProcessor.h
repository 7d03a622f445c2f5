#pragma once

#include "conversations/ConversationService.h"
#include "ops/Metrics.h"
#include "store/MessageLog.h"
#include "store/Records.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace concierge::handoff {
class HandoffService;
}
namespace concierge::assistant {
class Assistant;
struct AssistantReply;
} // namespace concierge::assistant
namespace concierge::integrations {
class WahaClient;
}
namespace concierge::live {
class EventBus;
}
namespace concierge::sessions {
class SessionService;
}
namespace concierge::store {
class Database;
class SessionCache;
} // namespace concierge::store

namespace concierge::pipeline {

class OutboxSender;

// While a person owns the chat (queued or human), a user's message is recorded and shown to the consoles, never
// answered; a handoff request (CONTACT_HUMAIN) and a message typed on the paired phone change the owner in the
// same transaction as the message's outcome.
//
// Handles one inbox message (called by the ChatDispatcher, one message per chat at a time): rate limit, session,
// the assistant, then ONE transaction that records both interactions, queues the reply in the outbox, saves the
// session and marks the inbox row done. A crash before that commit leaves the inbox row pending (handled again at
// restart); after it, the reply is in the outbox (sent at restart): nothing is lost and nothing answered twice.
// A commit the database refuses (PostgreSQL restarting, a full disk) is tried again with backoff while the server
// runs, the chat's later messages waiting behind it.
class MessageProcessor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageProcessor)

public:
    struct Dependencies
    {
        store::Database *db = nullptr;
        store::SessionCache *cache = nullptr;
        sessions::SessionService *sessions = nullptr;
        assistant::Assistant *assistant = nullptr;
        OutboxSender *outbox = nullptr;
        integrations::WahaClient *waha = nullptr;
        live::EventBus *events = nullptr;
        conversations::ConversationService *conversations = nullptr;
        handoff::HandoffService *handoff = nullptr; // announces ownership changes (events, the monitor)
        const Clock *clock = &Clock::system();      // the handoff's times (the monitor's deadlines use it too)
        ops::Metrics *metrics = nullptr;            // answers and their latency (optional)
    };

    MessageProcessor(Dependencies deps, int rateLimitPerMinute, QObject *parent = nullptr);

    void process(const store::InboxMessage &message, std::function<void()> done);
    // Outcomes waiting to be committed again (the database refused them): part of the backlog.
    int commitsWaiting() const { return m_commitsWaiting; }

    static constexpr int kCommitRetryFirstMs = 250;
    static constexpr int kCommitRetryMaxMs = 15'000;

    // Set by the dispatcher's owner: `waiting` when a chat's message goes to wait on the LLM (its slot is lent to
    // another chat), `resume` with the rest of its work once the answer came (run when a slot is free).
    struct NetworkWait
    {
        std::function<void(const QString &chatId)> waiting;
        std::function<void(const QString &chatId, std::function<void()> go)> resume;
    };
    void setNetworkWait(NetworkWait hooks) { m_wait = std::move(hooks); }

private:
    void processStaff(const store::InboxMessage &message, std::function<void()> done);
    void answer(const store::InboxMessage &message, qint64 startedMs, std::function<void()> done);
    void askAssistant(const store::InboxMessage &message, qint64 startedMs, std::function<void()> done);
    void answered(const store::InboxMessage &message, qint64 startedMs, assistant::AssistantReply reply,
                  std::function<void()> done);
    void recordForConsole(const store::InboxMessage &message, std::function<void()> done);
    // A change of owner made in the outcome's transaction, announced once committed.
    struct OwnerStep
    {
        conversations::OwnerRequest request;
        conversations::OwnerTransition transition; // filled on the database thread
    };
    static std::shared_ptr<OwnerStep> changeOwnerWith(store::MessageOutcome &outcome,
                                                      conversations::OwnerRequest request, qint64 nowMs);
    void rateLimited(const store::InboxMessage &message, qint64 startedMs, bool notify, std::function<void()> done);
    void commit(std::shared_ptr<store::MessageOutcome> outcome, std::function<void()> done,
                std::shared_ptr<OwnerStep> ownerStep = {}, int attempt = 0);
    void published(const store::MessageOutcome &outcome);

    Dependencies m_deps;
    store::MessageLog m_log;
    int m_rateLimitPerMinute;
    int m_commitsWaiting = 0;
    NetworkWait m_wait;
};

} // namespace concierge::pipeline
