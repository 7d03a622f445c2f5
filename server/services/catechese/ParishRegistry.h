#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace concierge::registry {
class RegistryService;
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

// The parish's registry as the registry module serves it (the local tables, or Baserow when configured).
class RegistryFamilies final : public ParishRegistry
{
public:
    explicit RegistryFamilies(const registry::RegistryService *registry)
        : m_registry(registry)
    {
    }
    void family(const QString &parentCode, QObject *context,
                std::function<void(Result<std::optional<Family>>)> done) override;

private:
    const registry::RegistryService *m_registry;
};

} // namespace concierge::services
