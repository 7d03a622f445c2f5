#pragma once

#include "store/Database.h"

#include <future>

namespace concierge::store::testing {

// Holds the database thread with a job of its own until release(), so that the jobs queued meanwhile form one batch.
class DatabaseBlocker
{
public:
    explicit DatabaseBlocker(Database &db)
    {
        std::shared_future<void> released = m_release.get_future().share();
        db.run<bool>(
            [this, released](DbContext &) -> Result<bool> {
                m_started.set_value();
                released.wait();
                return true;
            },
            nullptr, nullptr);
        m_started.get_future().wait();
    }
    void release() { m_release.set_value(); }
    // The statements its own batch counts (Database::Counters::statements): BEGIN and COMMIT on SQLite; none on
    // PostgreSQL, whose BEGIN waits for a first statement (DbContext::deferBegin) that this job never runs.
    static quint64 ownStatements(const Database &db) { return db.dialect() == Dialect::Sqlite ? 2 : 0; }

private:
    std::promise<void> m_started;
    std::promise<void> m_release;
};

} // namespace concierge::store::testing
