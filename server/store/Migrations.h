#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <QStringList>

namespace concierge::store {

// The schema as a versioned list of steps, the same SQL for SQLite and PostgreSQL. Each step runs in its own
// transaction and is recorded in schema_migrations(version, applied_at); applying twice is a no-op.
class Migrations
{
public:
    struct Step
    {
        int version;
        QStringList statements; // {ID} = auto-increment key, {REAL} = double column
    };

    static const QList<Step> &steps();
    static int latestVersion();
    // Runs outside any job (at open): opens and commits its own transactions.
    static Status apply(DbContext &ctx);
    // The dialect's spelling of a statement of steps().
    static QString translate(const QString &sql, Dialect dialect);
    static Result<int> currentVersion(DbContext &ctx);
};

} // namespace concierge::store
