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
        // Run after `statements`, on SQLite only: a contract step (dropping what the previous version's code needs)
        // can ship with its expand step there, since one server at a time uses an SQLite file (DATA_DIR's lock) and
        // an older program refuses a newer schema; PostgreSQL keeps it for a later release (rolling upgrades).
        QStringList sqliteOnly = {};
        // Run after `statements`, on PostgreSQL only: what SQLite did in an earlier step's sqliteOnly, once the
        // instances of the release before no longer need it (docs/deployment.md, "Rolling upgrades").
        QStringList postgresOnly = {};
        // Logged before a step that may take minutes on a large database; each statement's time is logged too.
        QString slowNote = {};
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
