#include "services/catechese/ParishRegistry.h"

#include "registry/RegistryService.h"

#include <QPointer>

namespace concierge::services {

void RegistryFamilies::family(const QString &parentCode, QObject *context,
                              std::function<void(Result<std::optional<Family>>)> done)
{
    const registry::RegistryService *registry = m_registry;
    QPointer<QObject> guard(context);
    registry->parentByCode(
        parentCode, context, [registry, guard, done](Result<std::optional<store::ParentRecord>> parent) {
            if (!parent || !parent.value()) {
                done(parent ? Result<std::optional<Family>>(std::optional<Family>())
                            : Result<std::optional<Family>>(parent.error()));
                return;
            }
            const store::ParentRecord found = *parent.value();
            registry->childrenOf(found.parentCode, guard, [found, done](Result<QList<store::StudentRecord>> children) {
                if (!children)
                    done(children.error());
                else
                    done(std::optional<Family>(Family{found, children.value()}));
            });
        });
}

} // namespace concierge::services
