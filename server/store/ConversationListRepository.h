#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>

#include <optional>

namespace concierge::store {

// Which conversations a console list shows, by owner.
enum class OwnerFilter { Any, Bot, Queued, Human };

struct ConversationFilter
{
    OwnerFilter owner = OwnerFilter::Any;
    QString search;          // case-insensitive substring of the name, the number or a message's text; empty: all
    qint64 beforeLastId = 0; // keyset cursor: only chats whose last interaction id is below this (0: from the newest)
    int limit = 50;
};

// One line of the console's conversation list. A chat appears once its first interaction is recorded.
struct ConversationSummary
{
    QString chatId;
    QString phone;
    QString pushName;
    QString owner = QStringLiteral("bot"); // bot | queued | human:<agent>
    int version = 0;
    qint64 queuedAtMs = 0;
    qint64 lastInteractionId = 0; // the sort key: interaction ids grow with time and belong to one chat
    Interaction lastMessage;
    int unread = 0;
};

// The read side of the console's conversations: list, one, and the "read up to" marker behind the unread count.
// Run inside Database jobs. The list orders by the chat's newest interaction id (on SQLite the users row names it; on
// PostgreSQL one grouped scan of the interactions(chat_id, id) index), plus a few lookups by key per returned row.
class ConversationListRepository
{
public:
    // Up to filter.limit + 1 summaries, newest activity first (the extra one tells that a next page exists).
    static Result<QList<ConversationSummary>> list(DbContext &ctx, const ConversationFilter &filter);
    // nullopt when the chat never wrote (no interaction recorded).
    static Result<std::optional<ConversationSummary>> one(DbContext &ctx, const QString &chatId);
    // Unread = the user's messages after max(this marker, the last staff message). Returns the marker set.
    static Result<qint64> markRead(DbContext &ctx, const QString &chatId);
};

} // namespace concierge::store
