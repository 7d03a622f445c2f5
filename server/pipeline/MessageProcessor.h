#pragma once

#include "store/MessageLog.h"
#include "store/Records.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

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

// Handles one inbox message (called by the ChatDispatcher, one message per chat at a time): rate limit, session,
// the assistant, then ONE transaction that records both interactions, queues the reply in the outbox, saves the
// session and marks the inbox row done. A crash before that commit leaves the inbox row pending (handled again at
// restart); after it, the reply is in the outbox (sent at restart): nothing is lost and nothing answered twice.
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
    };

    MessageProcessor(Dependencies deps, int rateLimitPerMinute, QObject *parent = nullptr);

    void process(const store::InboxMessage &message, std::function<void()> done);

private:
    void processStaff(const store::InboxMessage &message, std::function<void()> done);
    void answer(const store::InboxMessage &message, qint64 startedMs, std::function<void()> done);
    void rateLimited(const store::InboxMessage &message, qint64 startedMs, bool notify, std::function<void()> done);
    void commit(std::shared_ptr<store::MessageOutcome> outcome, std::function<void()> done);
    void published(const store::MessageOutcome &outcome);

    Dependencies m_deps;
    store::MessageLog m_log;
    int m_rateLimitPerMinute;
};

} // namespace concierge::pipeline
