#include "services/catechese/ParishRegistry.h"

#include "store/Database.h"
#include "store/RegistryRepository.h"

namespace concierge::services {

void LocalParishRegistry::family(const QString &parentCode, QObject *context,
                                 std::function<void(Result<std::optional<Family>>)> done)
{
    m_db->run<std::optional<Family>>(
        [parentCode](store::DbContext &ctx) -> Result<std::optional<Family>> {
            auto parent = store::RegistryRepository::parentByCode(ctx, parentCode);
            if (!parent)
                return parent.error();
            if (!parent.value())
                return std::optional<Family>();
            auto children = store::RegistryRepository::studentsOfParent(ctx, parent.value()->parentCode);
            if (!children)
                return children.error();
            return std::optional<Family>(Family{*parent.value(), children.value()});
        },
        context, std::move(done));
}

} // namespace concierge::services
