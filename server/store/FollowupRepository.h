#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/HandoffRecords.h"

#include <QList>

#include <optional>

namespace concierge::store {

// Tasks for the staff (call this person back), opened when nobody claimed a waiting conversation in time.
class FollowupRepository
{
public:
    static Result<qint64> create(DbContext &ctx, FollowupRow &row);
    static Result<std::optional<FollowupRow>> get(DbContext &ctx, qint64 id);
    // Open ones first by due date, then the newest done ones, at most `limit`.
    static Result<QList<FollowupRow>> list(DbContext &ctx, bool includeDone, int limit);
    // false when there is no such open follow-up.
    static Result<bool> markDone(DbContext &ctx, qint64 id, const QString &by, qint64 nowMs);
};

} // namespace concierge::store
