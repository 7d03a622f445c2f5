#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>

namespace concierge::store {

// Who did what from the consoles (claims, edits, logins) and with the registry (codes checked, children's data
// shown, certificates issued). Run inside Database jobs.
class AuditRepository
{
public:
    static Result<qint64> append(DbContext &ctx, AuditEntry &entry);
    // The newest `limit` entries, newest first.
    static Result<QList<AuditEntry>> latest(DbContext &ctx, int limit);
    // The newest `limit` entries at or after sinceMs, of one chat (chatId empty: all), newest first.
    static Result<QList<AuditEntry>> query(DbContext &ctx, const QString &chatId, qint64 sinceMs, int limit);
};

} // namespace concierge::store
