#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/ConversationOwner.h"
#include "store/ConversationListRepository.h"
#include "store/Records.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace concierge::store {
class Database;
}

namespace concierge::conversations {

// A chat's owner as stored: who, and the version a change must name (0: never changed, the bot owns it).
struct OwnerState
{
    domain::ConversationOwner owner;
    int version = 0;
    qint64 updatedAtMs = 0;
};

// The outcome of a change of owner: applied or not, and in both cases the owner that won (the current state).
struct OwnerChange
{
    bool applied = false;
    OwnerState current;
};

// A page of a chat's history, oldest first; `before` for the next (older) page is the first item's id.
struct HistoryPage
{
    QList<store::Interaction> items;
    bool more = false; // older interactions exist
};

// A page of the console's conversation list, newest activity first; nextBefore (0: none) continues it.
struct ConversationPage
{
    QList<store::ConversationSummary> items;
    qint64 nextBefore = 0;
};

// Ownership and history of conversations, for the pipeline and the console API. Asynchronous: callbacks run in
// `context`'s thread, and not at all once it is destroyed.
class ConversationService
{
public:
    static constexpr int kMaxPage = 200;

    explicit ConversationService(store::Database *db, const Clock &clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    void owner(const QString &chatId, QObject *context, std::function<void(Result<OwnerState>)> done);
    // Sets the owner if the stored version is still expectedVersion (two agents taking the same chat: one wins).
    void changeOwner(const QString &chatId, const domain::ConversationOwner &owner, int expectedVersion,
                     QObject *context, std::function<void(Result<OwnerChange>)> done);
    // The `limit` (1..kMaxPage) newest interactions before id `beforeId` (0: the newest), oldest first.
    void history(const QString &chatId, qint64 beforeId, int limit, QObject *context,
                 std::function<void(Result<HistoryPage>)> done);

    // The console's list (filter.limit clamped to 1..kMaxPage) and one chat's summary (nullopt: it never wrote).
    void list(store::ConversationFilter filter, QObject *context, std::function<void(Result<ConversationPage>)> done);
    void summary(const QString &chatId, QObject *context,
                 std::function<void(Result<std::optional<store::ConversationSummary>>)> done);
    // Marks everything recorded so far in the chat as read by the console (unread back to 0).
    void markRead(const QString &chatId, QObject *context, std::function<void(Result<qint64>)> done);

private:
    store::Database *m_db;
    const Clock &m_clock;
};

} // namespace concierge::conversations
