#pragma once

#include "core/Result.h"
#include "store/Vocabulary.h"

#include <QList>
#include <QString>

namespace concierge::store {

class DbContext;

// One message of the log, reduced to what the dashboard counts.
struct StatsRow
{
    QString chatId;
    Direction direction = Direction::In;
    Author author = Author::User;
    qint64 createdAtMs = 0;
    int llmCalls = 0;
    int tokensIn = 0;
    int tokensOut = 0;
};

// The dashboard's reads: the messages of a time window (through the interactions_created index) and the queue.
class StatsRepository
{
public:
    // Messages with fromMs <= created_at < toMs, oldest first.
    static Result<QList<StatsRow>> messagesBetween(DbContext &ctx, qint64 fromMs, qint64 toMs);
    // Conversations waiting for a person (owner "queued").
    static Result<int> waitingHandoffs(DbContext &ctx);
};

} // namespace concierge::store
