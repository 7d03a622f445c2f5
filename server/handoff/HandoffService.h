#pragma once

#include "conversations/ConversationService.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "store/HandoffRecords.h"
#include "store/Records.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace concierge::live {
class EventBus;
}
namespace concierge::sessions {
class SessionService;
}
namespace concierge::store {
class Database;
}

namespace concierge::handoff {

// The handoff between the assistant and the staff: an agent claims a waiting conversation, writes to the user,
// releases it to the bot or closes it; follow-ups are listed and done. Every change goes through
// ConversationService::transfer (version-checked, recorded) and is published to the consoles. Asynchronous:
// callbacks run in `context`'s thread, and not at all once it is destroyed.
class HandoffService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffService)

public:
    struct Dependencies
    {
        store::Database *db = nullptr;
        sessions::SessionService *sessions = nullptr;
        live::EventBus *events = nullptr;
        std::function<void(const store::OutboxMessage &)> send;               // a committed outbox row
        std::function<QString(const QString &key, const QString &lang)> text; // CONTACT_HUMAIN's texts
        const Clock *clock = &Clock::system();
    };
    using Done = std::function<void(Result<store::HandoffRow>)>;

    explicit HandoffService(Dependencies deps, QObject *parent = nullptr);

    // Queued or bot -> human:<agent>. Errors: owner_changed (another agent has it), version_conflict.
    void claim(const QString &chatId, const QString &agent, std::optional<int> expectedVersion, QObject *context,
               Done done);
    // human:<agent> -> bot; the user gets a short notice and the session notes that a person answered meanwhile.
    void release(const QString &chatId, const QString &agent, std::optional<int> expectedVersion, QObject *context,
                 Done done);
    // human:<agent> -> bot without a notice; the assistant's flow is cleared.
    void close(const QString &chatId, const QString &agent, std::optional<int> expectedVersion, QObject *context,
               Done done);
    // Only by the owning agent (not_owner otherwise): the outbox row and the interaction, in one transaction.
    void sendAsAgent(const QString &chatId, const QString &agent, const QString &text, QObject *context,
                     std::function<void(Result<store::OutboxMessage>)> done);

    void followups(bool includeDone, QObject *context, std::function<void(Result<QList<store::FollowupRow>>)> done);
    // Errors: followup_not_found. Done twice: the first stays.
    void markFollowupDone(qint64 id, const QString &agent, QObject *context,
                          std::function<void(Result<store::FollowupRow>)> done);

    // Publishes a committed change of owner (the pipeline's too) and tells the monitor.
    void announce(const conversations::OwnerTransition &transition, const QString &actor, const QString &reason);
    void announceFollowup(const store::FollowupRow &followup);
    // `row`'s agent has been silent too long (returned: the conversation went back to the queue).
    void announceReminder(const store::HandoffRow &row, bool returned);
    // Hands a committed outbox row to the sender and tells the consoles.
    void queueNotice(const store::OutboxMessage &row);

signals:
    void ownershipChanged(); // the monitor re-arms its timer

private:
    void endSegment(const QString &chatId, const QString &agent, std::optional<int> expectedVersion, bool notify,
                    QObject *context, Done done);

    Dependencies m_deps;
};

} // namespace concierge::handoff
