#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>

#include <optional>

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

    // The console's view: rows whose question, answer or keywords contain `search` (case-insensitive; empty: all),
    // ordered by id, one page of them, with the number of matching rows.
    static Result<QList<FaqRow>> search(DbContext &ctx, const QString &search, int limit, int offset);
    static Result<int> searchCount(DbContext &ctx, const QString &search);
    static Result<std::optional<FaqRow>> byId(DbContext &ctx, qint64 id);
    static Result<qint64> insert(DbContext &ctx, const FaqRow &row); // a new id
    // False when no row has this id.
    static Result<bool> update(DbContext &ctx, const FaqRow &row);
    static Result<bool> remove(DbContext &ctx, qint64 id);
};

} // namespace concierge::store
