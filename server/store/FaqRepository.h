#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>

namespace concierge::store {

// The local knowledge base (used when Baserow is not configured). Run inside Database jobs.
class FaqRepository
{
public:
    // Ordered by id.
    static Result<QList<FaqRow>> all(DbContext &ctx);
    // Replaces the whole table; rows with an id > 0 keep it, others get a new one.
    static Status replaceAll(DbContext &ctx, const QList<FaqRow> &rows);
    static Result<int> count(DbContext &ctx);
    // Insert or update one entry by its id (> 0) (the CSV import).
    static Status upsert(DbContext &ctx, const FaqRow &row);
};

} // namespace concierge::store
