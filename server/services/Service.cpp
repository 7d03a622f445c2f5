#include "services/Service.h"

#include "services/ServiceCatalog.h"

namespace concierge::services {

QList<domain::WeightedKeyword> Service::keywords(const ServiceCatalog &catalog) const
{
    return catalog.keywords(id());
}

} // namespace concierge::services
