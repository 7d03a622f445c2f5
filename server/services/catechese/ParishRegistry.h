#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace concierge::store {
class Database;
}

namespace concierge::services {

// A parent and their children, as the registry holds them.
struct Family
{
    store::ParentRecord parent;
    QList<store::StudentRecord> children;
};

// Where the catechism registry lives (the local tables, or Baserow). Asynchronous: `done` runs in `context`'s
// thread, not at all once it is destroyed.
class ParishRegistry
{
public:
    virtual ~ParishRegistry() = default;
    // The family of this parent code (already normalised, e.g. "SA-4821"); nullopt when no parent has it.
    virtual void family(const QString &parentCode, QObject *context,
                        std::function<void(Result<std::optional<Family>>)> done) = 0;
};

// The registry in the local `parents` and `students` tables.
class LocalParishRegistry final : public ParishRegistry
{
public:
    explicit LocalParishRegistry(store::Database *db)
        : m_db(db)
    {
    }
    void family(const QString &parentCode, QObject *context,
                std::function<void(Result<std::optional<Family>>)> done) override;

private:
    store::Database *m_db;
};

} // namespace concierge::services
