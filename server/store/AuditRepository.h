#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>

namespace concierge::store {

// Who did what from the consoles (claims, edits, logins). Run inside Database jobs.
class AuditRepository
{
public:
    static Result<qint64> append(DbContext &ctx, AuditEntry &entry);
    // The newest `limit` entries, newest first.
    static Result<QList<AuditEntry>> latest(DbContext &ctx, int limit);
};

} // namespace concierge::store
